import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { PreconditionError } from '@lethe/platform/errors';
import { createClient, readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { serviceTokenFor, type ServiceRuntime } from '@lethe/platform/service';
import { loadGrpcObject, type CandidatesProto, type RecruitingProto } from '@lethe/protos';
import type { Audience, Channel } from '../templates/catalogue';
import type { UserAddresses } from './user-addresses';

/** Whom a message goes to, by id; the person is also the subject whose key encrypts the message. */
export interface RecipientRef {
  kind: Audience;
  id: string;
}

/** A recipient's address on a channel and what the templates say about them. */
export interface ResolvedRecipient {
  to: string;
  /** Placeholders about the person: salutation, firstName, lastName, contactName, recipientName. */
  values: Record<string, string>;
}

const CandidatesService = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService;
const RecruitingService = loadGrpcObject<RecruitingProto>().lethe.candidates.v1.RecruitingService;

/** What messaging may read of candidates and contact persons: their addresses, marked ones too. */
const LOOKUP_RIGHTS = [RIGHTS.readCandidates, RIGHTS.seeMarked];

/**
 * Looks up a recipient's address at the moment a message is written, from the service that owns
 * it (candidates and contact persons: the candidates service, with messaging's service token;
 * recruiters: messaging's own address book). Nothing is cached: an address changed or erased a
 * moment ago is not used. FAILED_PRECONDITION NO_ADDRESS when the person has none for the channel.
 */
export class Recipients {
  private readonly candidates: InstanceType<typeof CandidatesService>;
  private readonly recruiting: InstanceType<typeof RecruitingService>;

  constructor(
    private readonly runtime: Pick<ServiceRuntime, 'serviceTokens' | 'name'>,
    candidatesAddress: string,
    private readonly users: UserAddresses,
  ) {
    this.candidates = createClient(CandidatesService, candidatesAddress);
    this.recruiting = createClient(RecruitingService, candidatesAddress);
  }

  async resolve(tenantId: string, recipient: RecipientRef, channel: Channel): Promise<ResolvedRecipient> {
    if (recipient.kind === 'user') {
      const address = await this.users.get(tenantId, recipient.id);
      if (!address || channel !== 'email') throw noAddress(recipient, channel);
      return { to: address.email, values: { recipientName: address.name } };
    }
    const token = await this.token(tenantId);
    try {
      if (recipient.kind === 'candidate') {
        const candidate = await unaryCall(this.candidates, 'GetCandidate', { id: recipient.id }, { token });
        const personal = candidate.personal;
        const to = channel === 'email' ? personal?.email : personal?.phone;
        if (!to) throw noAddress(recipient, channel);
        return { to, values: { salutation: personal?.salutation ?? '', firstName: personal?.firstName ?? '', lastName: personal?.lastName ?? '' } };
      }
      const contact = (await unaryCall(this.recruiting, 'GetContactPerson', { id: recipient.id }, { token })).contact;
      const to = channel === 'email' ? contact?.email : contact?.phone;
      if (!to) throw noAddress(recipient, channel);
      return { to, values: { contactName: [contact?.salutation, contact?.firstName, contact?.lastName].filter(Boolean).join(' ') } };
    } catch (err) {
      // An unknown or erased person has no address; anything else (the service down) is retried.
      if (readErrorDetails(err).code === grpc.status.NOT_FOUND) throw noAddress(recipient, channel);
      throw err;
    }
  }

  /** A client company's name (not personal data), for templates that name it. */
  async clientName(tenantId: string, clientId: string): Promise<string> {
    return (await unaryCall(this.recruiting, 'GetClient', { id: clientId }, { token: await this.token(tenantId) })).name;
  }

  close(): void {
    this.candidates.close();
    this.recruiting.close();
  }

  private token(tenantId: string): Promise<string> {
    return serviceTokenFor(this.runtime, 'candidates', tenantId, LOOKUP_RIGHTS);
  }
}

function noAddress(recipient: RecipientRef, channel: Channel): PreconditionError {
  return new PreconditionError('NO_ADDRESS', `${recipient.kind} ${recipient.id} has no address for ${channel}`, { type: recipient.kind, id: recipient.id });
}

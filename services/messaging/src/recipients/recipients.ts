import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { PreconditionError } from '@lethe/platform/errors';
import { createClient, readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { serviceTokenFor, type ServiceRuntime } from '@lethe/platform/service';
import { loadGrpcObject, type CandidatesProto, type RecruitingProto, type TalentsProto } from '@lethe/protos';
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
const TalentCrmService = loadGrpcObject<TalentsProto>().lethe.talents.v1.TalentCrmService;

/** What messaging may read of candidates and contact persons: their addresses, marked ones too. */
const LOOKUP_RIGHTS = [RIGHTS.readCandidates, RIGHTS.seeMarked];
/** What messaging may read of talents: the address of a person Lethe knows only as a talent. */
const TALENT_LOOKUP_RIGHTS = [RIGHTS.readTalents];

/** Where the services that own people's addresses answer gRPC; talent-crm where it is deployed. */
export interface RecipientSources {
  candidates: string;
  talentCrm?: string;
}

/**
 * Looks up a recipient's address at the moment a message is written, from the service that owns
 * it (candidates and contact persons: the candidates service, with messaging's service token; a
 * person the candidates service does not hold may be a talent only, whose address talent-crm owns;
 * recruiters: messaging's own address book). Nothing is cached: an address changed or erased a
 * moment ago is not used. FAILED_PRECONDITION NO_ADDRESS when the person has none for the channel.
 */
export class Recipients {
  private readonly candidates: InstanceType<typeof CandidatesService>;
  private readonly recruiting: InstanceType<typeof RecruitingService>;
  private readonly talents?: InstanceType<typeof TalentCrmService>;

  constructor(
    private readonly runtime: Pick<ServiceRuntime, 'serviceTokens' | 'name'>,
    sources: RecipientSources,
    private readonly users: UserAddresses,
  ) {
    this.candidates = createClient(CandidatesService, sources.candidates);
    this.recruiting = createClient(RecruitingService, sources.candidates);
    if (sources.talentCrm) this.talents = createClient(TalentCrmService, sources.talentCrm);
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
        const personal = await this.personOf(tenantId, recipient.id, token);
        const to = channel === 'email' ? personal.email : personal.phone;
        if (!to) throw noAddress(recipient, channel);
        return { to, values: { salutation: personal.salutation, firstName: personal.firstName, lastName: personal.lastName } };
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

  /** A person's name and addresses: the candidate's record, or the talent's for a person known only as a talent. */
  private async personOf(tenantId: string, id: string, token: string): Promise<{ salutation: string; firstName: string; lastName: string; email: string; phone: string }> {
    try {
      const personal = (await unaryCall(this.candidates, 'GetCandidate', { id }, { token })).personal;
      return { salutation: personal?.salutation ?? '', firstName: personal?.firstName ?? '', lastName: personal?.lastName ?? '', email: personal?.email ?? '', phone: personal?.phone ?? '' };
    } catch (err) {
      if (!this.talents || readErrorDetails(err).code !== grpc.status.NOT_FOUND) throw err;
    }
    const talentToken = await serviceTokenFor(this.runtime, 'talent-crm', tenantId, TALENT_LOOKUP_RIGHTS);
    const contact = await unaryCall(this.talents, 'GetTalentContact', { id }, { token: talentToken });
    return { salutation: '', firstName: contact.firstName, lastName: contact.lastName, email: contact.email, phone: contact.phone };
  }

  /** A client company's name (not personal data), for templates that name it. */
  async clientName(tenantId: string, clientId: string): Promise<string> {
    return (await unaryCall(this.recruiting, 'GetClient', { id: clientId }, { token: await this.token(tenantId) })).name;
  }

  close(): void {
    this.candidates.close();
    this.recruiting.close();
    this.talents?.close();
  }

  private token(tenantId: string): Promise<string> {
    return serviceTokenFor(this.runtime, 'candidates', tenantId, LOOKUP_RIGHTS);
  }
}

function noAddress(recipient: RecipientRef, channel: Channel): PreconditionError {
  return new PreconditionError('NO_ADDRESS', `${recipient.kind} ${recipient.id} has no address for ${channel}`, { type: recipient.kind, id: recipient.id });
}

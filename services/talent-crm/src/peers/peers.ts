import { RIGHTS } from '@lethe/platform/auth';
import * as grpc from '@grpc/grpc-js';
import { isReason, NotFoundError, PreconditionError } from '@lethe/platform/errors';
import { createClient, readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { serviceTokenFor, type ServiceRuntime } from '@lethe/platform/service';
import { loadGrpcObject, type Candidate__Output, type ConsentStatement__Output, type CandidatesProto, type ConsentProto, type Message__Output, type MessagingProto, type SendMessageRequest, type Template__Output } from '@lethe/protos';

const CandidatesService = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService;
const ConsentService = loadGrpcObject<ConsentProto>().lethe.consent.v1.ConsentService;
const MessagingService = loadGrpcObject<MessagingProto>().lethe.messaging.v1.MessagingService;

export interface PeerAddresses {
  candidates: string;
  consent: string;
  messaging: string;
}

/** What the CRM asks the other services, each call with its own service token for the tenant. */
export class Peers {
  private readonly candidates: InstanceType<typeof CandidatesService>;
  private readonly consent: InstanceType<typeof ConsentService>;
  private readonly messaging: InstanceType<typeof MessagingService>;

  constructor(
    private readonly runtime: Pick<ServiceRuntime, 'serviceTokens' | 'name'>,
    addresses: PeerAddresses,
  ) {
    this.candidates = createClient(CandidatesService, addresses.candidates);
    this.consent = createClient(ConsentService, addresses.consent);
    this.messaging = createClient(MessagingService, addresses.messaging);
  }

  /**
   * The candidate as the candidates service holds it: NOT_FOUND when it holds none (or erased
   * them), its refusal (a mark for deletion locks the record) as FAILED_PRECONDITION with its reason.
   */
  async getCandidate(tenantId: string, candidateId: string): Promise<Candidate__Output> {
    const token = await serviceTokenFor(this.runtime, 'candidates', tenantId, [RIGHTS.readCandidates]);
    try {
      return await unaryCall(this.candidates, 'GetCandidate', { id: candidateId }, { token });
    } catch (err) {
      const { code, reason } = readErrorDetails(err);
      if (code === grpc.status.NOT_FOUND) throw new NotFoundError('candidate', candidateId);
      if (code === grpc.status.FAILED_PRECONDITION && isReason(reason)) throw new PreconditionError(reason, `candidate ${candidateId} cannot become a talent (${reason})`, { type: 'candidate', id: candidateId });
      throw err;
    }
  }

  /** Writes a message through messaging as the CRM's workflow (automated); the same idempotency key gives the same message. */
  async sendMessage(tenantId: string, request: SendMessageRequest): Promise<Message__Output> {
    const token = await serviceTokenFor(this.runtime, 'messaging', tenantId, [RIGHTS.writeCandidates]);
    const { message } = await unaryCall(this.messaging, 'SendMessage', request, { token });
    if (!message) throw new Error('messaging answered SendMessage without the message');
    return message;
  }

  /** Whether the person holds campaign consent for email or a storage (talent-pool) consent now. */
  async campaignAllowed(tenantId: string, subjectId: string): Promise<boolean> {
    const token = await serviceTokenFor(this.runtime, 'consent', tenantId, [RIGHTS.readCandidates]);
    const campaign = await unaryCall(this.consent, 'CheckConsent', { subjectId, kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_EMAIL' }, { token });
    if (campaign.granted) return true;
    return (await unaryCall(this.consent, 'CheckConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE' }, { token })).granted;
  }

  /** Messaging's email template of `key` (whom it goes to, whether it is a campaign); undefined for a key messaging does not know. */
  async emailTemplate(tenantId: string, key: string): Promise<Template__Output | undefined> {
    const token = await serviceTokenFor(this.runtime, 'messaging', tenantId, [RIGHTS.readCandidates]);
    try {
      return await unaryCall(this.messaging, 'GetTemplate', { key, channel: 'CHANNEL_EMAIL', language: 'de' }, { token });
    } catch (err) {
      const { code } = readErrorDetails(err);
      if (code === grpc.status.INVALID_ARGUMENT || code === grpc.status.NOT_FOUND) return undefined;
      throw err;
    }
  }

  /** The storage consent statement a talent form shows: the tenant's current text, filled in for the period. */
  async storageStatement(tenantId: string, language: string, periodMonths: number): Promise<ConsentStatement__Output> {
    const token = await serviceTokenFor(this.runtime, 'consent', tenantId, [RIGHTS.readCandidates]);
    return unaryCall(this.consent, 'GetConsentStatement', { kind: 'CONSENT_KIND_STORAGE', language, periodMonths }, { token });
  }

  /** Records the storage consent the person gave on a talent form, with the statement the form showed; returns the consent's id. */
  async recordFormConsent(tenantId: string, grant: { subjectId: string; periodMonths: number; textId: string; textSha256: string; form: string }): Promise<string> {
    const token = await serviceTokenFor(this.runtime, 'consent', tenantId, [RIGHTS.recordFormConsent]);
    return (await unaryCall(this.consent, 'RecordFormConsent', { kind: 'CONSENT_KIND_STORAGE', ...grant }, { token })).consentId;
  }

  close(): void {
    this.candidates.close();
    this.consent.close();
    this.messaging.close();
  }
}

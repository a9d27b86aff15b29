import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, serverStreamCall, unaryCall } from '@lethe/platform/grpc';
import { serviceTokenFor, type ServiceRuntime } from '@lethe/platform/service';
import {
  loadGrpcObject,
  type CandidateFile__Output,
  type CandidatesProto,
  type ConsentProto,
  type MessagingProto,
  type PersonalData__Output,
  type RecruitingProto,
} from '@lethe/protos';

const CandidatesService = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService;
const RecruitingService = loadGrpcObject<RecruitingProto>().lethe.candidates.v1.RecruitingService;
const ConsentService = loadGrpcObject<ConsentProto>().lethe.consent.v1.ConsentService;
const MessagingService = loadGrpcObject<MessagingProto>().lethe.messaging.v1.MessagingService;

export type PresentationStatus = 'anonymous_profile_sent' | 'clear_data_profile_sent' | 'client_interested' | 'rejected_by_client';

/** A client request as a profile is written for it. */
export interface ClientRequestRef {
  id: string;
  clientId: string;
  contactPersonId: string;
}

/**
 * What the profile service asks the other services, always with its own service token: the
 * candidate's data (read at the moment a draft is made), the client request, consent for the
 * client at the moment of sending, the presentation's status, and messages to the client.
 */
export class Peers {
  private readonly candidates: InstanceType<typeof CandidatesService>;
  private readonly recruiting: InstanceType<typeof RecruitingService>;
  private readonly consent: InstanceType<typeof ConsentService>;
  private readonly messaging: InstanceType<typeof MessagingService>;

  constructor(
    private readonly runtime: Pick<ServiceRuntime, 'serviceTokens' | 'name'>,
    addresses: { candidates: string; consent: string; messaging: string },
  ) {
    this.candidates = createClient(CandidatesService, addresses.candidates);
    this.recruiting = createClient(RecruitingService, addresses.candidates);
    this.consent = createClient(ConsentService, addresses.consent);
    this.messaging = createClient(MessagingService, addresses.messaging);
  }

  async personalData(tenantId: string, candidateId: string): Promise<PersonalData__Output> {
    const candidate = await unaryCall(this.candidates, 'GetCandidate', { id: candidateId }, { token: await this.token('candidates', tenantId, [RIGHTS.readCandidates]) });
    return candidate.personal ?? ({} as PersonalData__Output);
  }

  /** The candidate's files as their record lists them. */
  async files(tenantId: string, candidateId: string): Promise<CandidateFile__Output[]> {
    return (await unaryCall(this.candidates, 'ListFiles', { candidateId }, { token: await this.token('candidates', tenantId, [RIGHTS.readCandidates]) })).files;
  }

  /** One of the candidate's files: its description, then its content in chunks; nothing when it no longer exists. */
  async *download(tenantId: string, candidateId: string, fileId: string): AsyncGenerator<{ file: CandidateFile__Output } | { chunk: Buffer }> {
    const stream = serverStreamCall(this.candidates, 'DownloadFile', { candidateId, fileId }, { token: await this.token('candidates', tenantId, [RIGHTS.readCandidates]) });
    try {
      for await (const part of stream as AsyncIterable<{ file?: CandidateFile__Output | null; chunk?: Buffer }>) {
        if (part.file) yield { file: part.file };
        else if (part.chunk) yield { chunk: part.chunk };
      }
    } catch (err) {
      if ((err as { code?: number }).code !== grpc.status.NOT_FOUND) throw err;
    } finally {
      stream.cancel();
    }
  }

  async clientRequest(tenantId: string, id: string): Promise<ClientRequestRef> {
    const request = await unaryCall(this.recruiting, 'GetClientRequest', { id }, { token: await this.token('candidates', tenantId, [RIGHTS.readCandidates]) });
    return { id: request.id, clientId: request.clientId, contactPersonId: request.contactPersonId };
  }

  /** Whether a clear-data profile may go to the client now: consent granted, or none needed by the tenant's policy. */
  async clearDataAllowed(tenantId: string, candidateId: string, clientId: string): Promise<boolean> {
    const check = await unaryCall(
      this.consent,
      'CheckConsent',
      { subjectId: candidateId, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId },
      { token: await this.token('consent', tenantId, [RIGHTS.readCandidates]) },
    );
    return check.granted || !check.consentRequired;
  }

  /** Sets the presentation of the candidate for the client request to `status`, creating it with that status when there is none. */
  async presentProfile(tenantId: string, candidateId: string, clientRequestId: string, status: PresentationStatus): Promise<string> {
    const token = await this.token('candidates', tenantId, [RIGHTS.readCandidates, RIGHTS.writeCandidates]);
    const source = status === 'client_interested' || status === 'rejected_by_client' ? 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK' : 'STATUS_CHANGE_SOURCE_PROFILE_SENT';
    const { presentations } = await unaryCall(this.recruiting, 'ListPresentations', { candidateId, clientRequestId }, { token });
    const [existing] = presentations;
    if (!existing) return (await unaryCall(this.recruiting, 'CreatePresentation', { candidateId, clientRequestId, statusKey: status, source }, { token })).id;
    if (existing.status?.statusKey !== status) await unaryCall(this.recruiting, 'SetPresentationStatus', { id: existing.id, statusKey: status, source }, { token });
    return existing.id;
  }

  /** Sets the status of a presentation the profile service made, from the client's answer. */
  async recordClientFeedback(tenantId: string, presentationId: string, status: PresentationStatus): Promise<void> {
    const token = await this.token('candidates', tenantId, [RIGHTS.readCandidates, RIGHTS.writeCandidates]);
    await unaryCall(this.recruiting, 'SetPresentationStatus', { id: presentationId, statusKey: status, source: 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK' }, { token });
  }

  /**
   * A message to a client's contact person; one that carries the candidate's data (the profile)
   * names them, so messaging erases it with them. Returns its id in messaging.
   */
  async sendToContact(tenantId: string, request: { idempotencyKey: string; candidateId?: string; contactPersonId: string; templateKey: string; language: string; values: Record<string, string> }): Promise<string> {
    const { message } = await unaryCall(
      this.messaging,
      'SendMessage',
      {
        idempotencyKey: request.idempotencyKey,
        recipient: { contactPersonId: request.contactPersonId },
        aboutCandidateId: request.candidateId ?? '',
        templateKey: request.templateKey,
        language: request.language,
        values: request.values,
      },
      { token: await this.token('messaging', tenantId, [RIGHTS.readCandidates, RIGHTS.writeCandidates]) },
    );
    return message?.id ?? '';
  }

  close(): void {
    for (const client of [this.candidates, this.recruiting, this.consent, this.messaging]) client.close();
  }

  private token(callee: 'candidates' | 'consent' | 'messaging', tenantId: string, rights: readonly string[]): Promise<string> {
    return serviceTokenFor(this.runtime, callee, tenantId, rights);
  }
}

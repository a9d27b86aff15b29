import { RIGHTS } from '@lethe/platform/auth';
import { PreconditionError } from '@lethe/platform/errors';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { serviceTokenFor, type ServiceRuntime } from '@lethe/platform/service';
import { fromTimestamp, loadGrpcObject, type ConsentProto, type RetentionProto, type TalentLinkPurpose, type TalentsProto } from '@lethe/protos';
import type { Channel, Language, SelfServiceLinkSpec } from '../templates/catalogue';

const ConsentService = loadGrpcObject<ConsentProto>().lethe.consent.v1.ConsentService;
const RetentionService = loadGrpcObject<RetentionProto>().lethe.retention.v1.RetentionService;
const TalentCrmService = loadGrpcObject<TalentsProto>().lethe.talents.v1.TalentCrmService;

/** A link that acts for a candidate, obtained at the moment the message to them is written. */
export interface CandidateLink {
  url: string;
  expiresAt: Date;
}

export const CHANNEL_ENUM: Readonly<Record<Channel, 'CHANNEL_EMAIL' | 'CHANNEL_SMS' | 'CHANNEL_WHATSAPP'>> = { email: 'CHANNEL_EMAIL', sms: 'CHANNEL_SMS', whatsapp: 'CHANNEL_WHATSAPP' };

/**
 * What messaging asks consent, retention and talent-crm for, with its service token: whether a
 * campaign may go to a candidate, and the links that go into messages to candidates and talents
 * (which only a service token with `links:issue` obtains; no recruiter's call returns them).
 */
export class Peers {
  private readonly consent: InstanceType<typeof ConsentService>;
  private readonly retention: InstanceType<typeof RetentionService>;
  private readonly talentCrm?: InstanceType<typeof TalentCrmService>;

  constructor(
    private readonly runtime: Pick<ServiceRuntime, 'serviceTokens' | 'name'>,
    addresses: { consent: string; retention: string; talentCrm?: string },
  ) {
    this.consent = createClient(ConsentService, addresses.consent);
    this.retention = createClient(RetentionService, addresses.retention);
    if (addresses.talentCrm) this.talentCrm = createClient(TalentCrmService, addresses.talentCrm);
  }

  /** Whether the candidate holds campaign consent for the channel or a storage (talent-pool) consent now. */
  async campaignAllowed(tenantId: string, subjectId: string, channel: Channel): Promise<boolean> {
    const token = await serviceTokenFor(this.runtime, 'consent', tenantId, [RIGHTS.readCandidates]);
    const campaign = await unaryCall(this.consent, 'CheckConsent', { subjectId, kind: 'CONSENT_KIND_CAMPAIGN', channel: CHANNEL_ENUM[channel] }, { token });
    if (campaign.granted) return true;
    return (await unaryCall(this.consent, 'CheckConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE' }, { token })).granted;
  }

  /** The link of a consent request: the consent page, where the candidate answers it. */
  async consentLink(tenantId: string, requestId: string): Promise<CandidateLink> {
    const token = await serviceTokenFor(this.runtime, 'consent', tenantId, [RIGHTS.issueLinks]);
    return linkOf(await unaryCall(this.consent, 'IssueRequestLink', { requestId }, { token }));
  }

  /** A new request for storage consent (to be kept longer), made by messaging for the notice, with its link. */
  async storageConsentLink(tenantId: string, subjectId: string, periodMonths: number, language: Language): Promise<CandidateLink> {
    const token = await serviceTokenFor(this.runtime, 'consent', tenantId, [RIGHTS.writeCandidates, RIGHTS.issueLinks]);
    const { consent } = await unaryCall(this.consent, 'RequestConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE', periodMonths, language }, { token });
    return this.consentLink(tenantId, consent?.requestId ?? '');
  }

  /** The candidate's self-service links a template carries (placeholder → what it is for), issued for one message. */
  async selfServiceLinks(tenantId: string, subjectId: string, links: Readonly<Record<string, SelfServiceLinkSpec>>): Promise<Record<string, string>> {
    const token = await serviceTokenFor(this.runtime, 'retention', tenantId, [RIGHTS.issueLinks]);
    const filled: Record<string, string> = {};
    for (const [placeholder, { purpose, validDays }] of Object.entries(links)) {
      filled[placeholder] = (await unaryCall(this.retention, 'CreateSelfServiceLink', { subjectId, purpose, validDays }, { token })).url;
    }
    return filled;
  }

  /** The link of a talent-crm request to a talent (a follow-up, a form's second step), issued into the message `messageId`. */
  async talentLink(tenantId: string, requestId: string, purpose: TalentLinkPurpose, messageId: string): Promise<CandidateLink> {
    if (!this.talentCrm) throw new PreconditionError('NOT_CONFIGURED', 'messaging has no TALENT_CRM_GRPC_ADDRESS to obtain talent links from');
    const token = await serviceTokenFor(this.runtime, 'talent-crm', tenantId, [RIGHTS.issueLinks]);
    return linkOf(await unaryCall(this.talentCrm, 'IssueTalentLink', { requestId, purpose, messageId }, { token }));
  }

  close(): void {
    this.consent.close();
    this.retention.close();
    this.talentCrm?.close();
  }
}

function linkOf(issued: { url: string; expiresAt?: Parameters<typeof fromTimestamp>[0] }): CandidateLink {
  return { url: issued.url, expiresAt: fromTimestamp(issued.expiresAt) ?? new Date(0) };
}

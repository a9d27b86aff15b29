import type { SubjectFence } from '@lethe/platform/erasure';
import { PreconditionError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import type { LinkTokens } from '@lethe/platform/links';
import type { Stored, TenantSettings } from '@lethe/platform/mongo';
import { formatDate } from '@lethe/platform/service';
import type { CandidateFile__Output } from '@lethe/protos';
import { contentHash, identityOf } from '../drafts/content';
import type { Drafts } from '../drafts/drafts';
import type { Peers } from '../peers/peers';
import { redact } from '../redaction/redact';
import type { ProfileSettingsValues } from '../settings/settings';
import { referenceOf, type ClientFeedback, type RecallReason, type SentEntry, type SentLedger } from './store';

/** Link purposes: the client's view of a profile, and their answer to it. */
export const PROFILE_LINK = 'profile';
export const FEEDBACK_LINK = 'profile-feedback';

const DAY_MS = 86_400_000;

export interface SendingDeps {
  drafts: Drafts;
  ledger: SentLedger;
  links: LinkTokens;
  settings: TenantSettings<ProfileSettingsValues>;
  peers: Peers;
  fence: SubjectFence;
  /** Where clients open profiles; without it a link is a path. */
  publicUrl?: string;
  now: () => Date;
}

export interface SendRequest {
  draftId: string;
  contentHash: string;
  contactPersonId?: string;
  note: string;
}

/**
 * Sending a profile to a client and what follows: the client's answer, and the recall of every
 * clear-data profile when the candidate withdraws consent or is erased. The ledger records each.
 */
export class Sending {
  constructor(private readonly deps: SendingDeps) {}

  /**
   * Sends the draft as previewed (its hash) to the contact person, as the candidate's writer: a
   * clear-data profile only with consent for the client at this moment. The presentation gets the
   * profile's status; the client gets a link to the profile and links to answer.
   */
  async send(tenantId: string, actorId: string, request: SendRequest): Promise<Stored<SentEntry>> {
    const { candidateId } = await this.deps.drafts.get(tenantId, request.draftId);
    return this.deps.fence.write({ tenantId, subjectId: candidateId }, async () => {
      const draft = await this.deps.drafts.get(tenantId, request.draftId);
      const now = this.deps.now();
      // The hash alone: what the preview showed is named by it, no need to lay the page out again.
      const hash = contentHash(draft.kind, draft.language, draft.content);
      if (hash !== request.contentHash) throw new PreconditionError('PROFILE_CHANGED', 'the draft changed after it was previewed; preview it again');
      if (draft.kind === 'clear-data' && !(await this.deps.peers.clearDataAllowed(tenantId, candidateId, draft.clientId))) {
        throw new PreconditionError('NO_CLEAR_DATA_CONSENT', `candidate ${candidateId} has not consented to a clear-data profile for this client`, { type: 'candidate', id: candidateId });
      }
      const settings = await this.deps.settings.get(tenantId);
      if (draft.content.attachments.length > 0 && !settings.attachmentsAllowed) {
        throw new PreconditionError('ATTACHMENTS_NOT_ALLOWED', 'the tenant no longer allows attachments to profiles; remove them from the draft');
      }
      const clientRequest = await this.deps.peers.clientRequest(tenantId, draft.clientRequestId);
      const contactPersonId = request.contactPersonId || clientRequest.contactPersonId;
      if (!contactPersonId) throw new PreconditionError('NO_CONTACT_PERSON', `client request ${clientRequest.id} names no contact person`);

      const id = newId(now);
      // The line to the client travels with an anonymous profile, so it is redacted like the profile.
      const note = draft.kind === 'anonymous' ? redact(request.note, identityOf(await this.deps.peers.personalData(tenantId, candidateId)), draft.language).text : request.note;
      const ttlMs = settings.linkValidityDays * DAY_MS;
      const [view, answer] = await Promise.all([
        this.deps.links.issue({ tenantId, subjectId: candidateId, purpose: PROFILE_LINK, scope: id, ttlMs, now }),
        this.deps.links.issue({ tenantId, subjectId: candidateId, purpose: FEEDBACK_LINK, scope: id, ttlMs, now }),
      ]);
      const presentationId = await this.deps.peers.presentProfile(tenantId, candidateId, draft.clientRequestId, draft.kind === 'clear-data' ? 'clear_data_profile_sent' : 'anonymous_profile_sent');
      const entry = await this.deps.ledger.record(
        {
          _id: id,
          tenantId,
          draftId: draft.id,
          candidateId,
          clientId: draft.clientId,
          clientRequestId: draft.clientRequestId,
          contactPersonId,
          presentationId,
          kind: draft.kind,
          language: draft.language,
          contentHash: hash,
          sentAt: now,
          sentBy: actorId,
          messageId: '',
          state: 'sent',
        },
        draft.content,
      );
      const messageId = await this.deps.peers.sendToContact(tenantId, {
        idempotencyKey: `profile:${id}`,
        candidateId,
        contactPersonId,
        templateKey: 'profile-to-client',
        language: draft.language,
        values: {
          candidateLabel: draft.content.candidateLabel,
          reference: referenceOf({ _id: id }),
          note,
          profileLink: this.url(`/profiles?token=${view.token}`),
          interestedLink: this.url(`/feedback?token=${answer.token}&answer=interested`),
          notInterestedLink: this.url(`/feedback?token=${answer.token}&answer=not-interested`),
        },
      });
      await this.deps.ledger.update(tenantId, id, { messageId });
      return { ...entry, messageId };
    }, 'candidate');
  }

  /** The client's answer through its link: recorded in the ledger and as the presentation's status. */
  async recordFeedback(entry: SentEntry, feedback: ClientFeedback): Promise<void> {
    await this.deps.fence.write({ tenantId: entry.tenantId, subjectId: entry.candidateId }, async () => {
      await this.deps.peers.recordClientFeedback(entry.tenantId, entry.presentationId, feedback === 'interested' ? 'client_interested' : 'rejected_by_client');
      await this.deps.ledger.update(entry.tenantId, entry._id, { clientFeedback: feedback });
    }, 'candidate');
  }

  /**
   * Recalls the candidate's clear-data profiles still out there (of one client, or all): each
   * recipient is asked to delete it, and the ledger says so — which is what the links read, so
   * from then on they open "withdrawn" (410) instead of the profile or its answer. The caller is
   * the candidate's writer (a consent event's consumer, or the erasure).
   */
  async recall(tenantId: string, candidateId: string, reason: RecallReason, clientId?: string): Promise<number> {
    const outstanding = await this.deps.ledger.outstanding(tenantId, candidateId, clientId);
    for (const entry of outstanding) {
      const now = this.deps.now();
      const recallMessageId = await this.deps.peers.sendToContact(tenantId, {
        idempotencyKey: `profile-recall:${entry._id}`,
        contactPersonId: entry.contactPersonId,
        templateKey: 'profile-recall',
        language: entry.language,
        values: { reference: referenceOf(entry), sentDate: formatDate(entry.sentAt, entry.language) },
      });
      await this.deps.ledger.update(tenantId, entry._id, { state: 'recalled', recalledAt: now, recallReason: reason, recallMessageId });
    }
    return outstanding.length;
  }

  /** A file sent with a profile, as the candidate's record holds it now. */
  attachment(entry: SentEntry, fileId: string): AsyncGenerator<{ file: CandidateFile__Output } | { chunk: Buffer }> {
    return this.deps.peers.download(entry.tenantId, entry.candidateId, fileId);
  }

  private url(path: string): string {
    return `${this.deps.publicUrl ?? ''}${path}`;
  }
}

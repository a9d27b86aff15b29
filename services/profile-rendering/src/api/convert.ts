import { toTimestamp, type Draft as DraftMessage, type SentProfile as SentProfileMessage } from '@lethe/protos';
import type { ProfileKindName } from '../drafts/content';
import type { Draft } from '../drafts/store';
import type { SentEntry } from '../sent/store';

export const KINDS = { anonymous: 'PROFILE_KIND_ANONYMOUS', 'clear-data': 'PROFILE_KIND_CLEAR_DATA' } as const satisfies Record<ProfileKindName, string>;

export function toDraftMessage(draft: Draft): DraftMessage {
  return {
    id: draft.id,
    candidateId: draft.candidateId,
    clientRequestId: draft.clientRequestId,
    clientId: draft.clientId,
    kind: KINDS[draft.kind],
    language: draft.language,
    candidateLabel: draft.content.candidateLabel,
    sections: draft.content.sections,
    facts: draft.content.facts,
    attachmentFileIds: draft.content.attachments.map((attachment) => attachment.fileId),
    version: draft.version,
    createdAt: toTimestamp(draft.createdAt),
    createdBy: draft.createdBy,
    updatedAt: toTimestamp(draft.updatedAt),
    redactions: draft.redactions,
  };
}

export function toSentMessage(entry: SentEntry): SentProfileMessage {
  return {
    id: entry._id,
    draftId: entry.draftId,
    candidateId: entry.candidateId,
    clientId: entry.clientId,
    clientRequestId: entry.clientRequestId,
    contactPersonId: entry.contactPersonId,
    presentationId: entry.presentationId,
    kind: KINDS[entry.kind],
    contentHash: entry.contentHash,
    sentAt: toTimestamp(entry.sentAt),
    sentBy: entry.sentBy,
    messageId: entry.messageId,
    state: entry.state === 'recalled' ? 'SENT_STATE_RECALLED' : 'SENT_STATE_SENT',
    recalledAt: entry.recalledAt ? toTimestamp(entry.recalledAt) : null,
    recallReason: entry.recallReason ?? '',
    recallMessageId: entry.recallMessageId ?? '',
    clientFeedback: entry.clientFeedback ?? '',
  };
}

import type { SubjectCipher } from '@lethe/platform/crypto';
import { exportLinksOf, exportPages, exportRecordOf, exportRecords, type ExportRecord, type SubjectExporter } from '@lethe/platform/export';
import type { LinkTokens } from '@lethe/platform/links';
import { TenantRepository } from '@lethe/platform/mongo';
import { CHANNELS, toMessageMessage } from './api/convert';
import { withoutLinks } from './api/messages';
import { openContent } from './messages/messages';
import type { MessageDoc } from './messages/model';
import type { MessageStore, PersonsRole } from './messages/store';
import type { SubjectStates } from './subjects/store';
import type { Channel } from './templates/catalogue';

export interface MessagingExportDeps {
  store: MessageStore;
  subjects: SubjectStates;
  links: LinkTokens;
  cipher: SubjectCipher;
}

/** A message as the API shows it, with its content as sent. */
async function messageRecord(cipher: SubjectCipher, message: MessageDoc, role: PersonsRole): Promise<ExportRecord> {
  // A message to a client's contact person that carried a candidate's data holds that candidate's data, not theirs.
  const carriesOthersData = role === 'recipient' && !!message.aboutCandidateId && message.aboutCandidateId !== message.recipient.id;
  if (!message.content || carriesOthersData) return exportRecordOf(toMessageMessage(message));
  // Link tokens act for the person: the export may reach a recruiter too, so it shows where a link led, not a working one.
  const content = withoutLinks(await openContent(cipher, { ...message, content: message.content }));
  // A message carrying the person's data to someone else went to that one's address, which is not the person's.
  return exportRecordOf(toMessageMessage(message, role === 'about' ? { ...content, to: '' } : content));
}

/**
 * What messaging holds about a person, decrypted (the checklist is `erasure.ts`):
 * - `messages`: every message to them, pending ones included, with its content as sent;
 * - `disclosures`: messages that carried their data to someone else (a profile to a client contact);
 * - `subjectState`: the channels they unsubscribed from, and the mark or erasure request that holds messages back;
 * - `links`: their campaigns' unsubscribe links (scope: the channel; never the token).
 */
export function messagingExport({ store, subjects, links, cipher }: MessagingExportDeps): SubjectExporter {
  return async function* (subject) {
    const { tenantId, subjectId } = subject;
    // A repository over the store's model: the export reads the content the store's own lists leave out.
    const messages = new TenantRepository(store.model, { resourceType: 'message' });
    for (const [section, role, filter] of [
      ['messages', 'recipient', { 'recipient.id': subjectId }],
      ['disclosures', 'about', { aboutCandidateId: subjectId }],
    ] as const) {
      yield* exportPages(section, (pageToken) => messages.list(tenantId, { filter, pageSize: 100, pageToken, projection: { outbox: 0 } }), (message) => messageRecord(cipher, message, role));
    }
    const state = await subjects.get(tenantId, subjectId);
    if (state) {
      const unsubscribedFrom = state.unsubscribed.map((channel) => CHANNELS[channel as Channel] ?? channel);
      yield exportRecords('subjectState', [{ unsubscribedFrom, markedAt: state.markedAt ?? null, erasureRequestedAt: state.erasureRequestedAt ?? null }]);
    }
    yield* exportLinksOf(links, subject);
  };
}

import { exportLinksOf, exportPages, exportRecordOf, type SubjectExporter } from '@lethe/platform/export';
import type { LinkTokens } from '@lethe/platform/links';
import { toDraftMessage, toSentMessage } from './api/convert';
import type { DraftStore } from './drafts/store';
import { referenceOf, type SentLedger } from './sent/store';

export interface ProfileExportDeps {
  drafts: DraftStore;
  ledger: SentLedger;
  links: LinkTokens;
}

/**
 * What the profile service holds about a candidate, decrypted (the checklist is `erasure.ts`):
 * - `drafts`: the profiles prepared for clients, anonymous or with clear data, as they stand;
 * - `sentProfiles`: the sent ledger: which profile went to which client contact, when, its content
 *   as sent, whether it was recalled and what the client answered;
 * - `links`: the clients' links to a sent profile and to their answer (when issued, used, expiring;
 *   never the token).
 * Profiles are rendered on request and never kept, so there are no files.
 */
export function profileExport({ drafts, ledger, links }: ProfileExportDeps): SubjectExporter {
  return async function* (subject) {
    const { tenantId, subjectId } = subject;
    yield* exportPages('drafts', (pageToken) => drafts.pageOfCandidate(tenantId, subjectId, pageToken), (draft) => ({
      ...exportRecordOf(toDraftMessage(draft)),
      attachments: draft.content.attachments,
    }));
    yield* exportPages('sentProfiles', (pageToken) => ledger.pageOfCandidate(tenantId, subjectId, pageToken), async (entry) => {
      const content = await ledger.contentOf(entry);
      return {
        ...exportRecordOf(toSentMessage(entry)),
        reference: referenceOf(entry),
        language: entry.language,
        content: content ?? null,
      };
    });
    yield* exportLinksOf(links, subject);
  };
}

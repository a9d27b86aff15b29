import type { SubjectCipher } from '@lethe/platform/crypto';
import { erasureResult, type ErasureHandler, type ErasureModeName } from '@lethe/platform/erasure';
import type { LinkTokens } from '@lethe/platform/links';
import type { DraftStore } from './drafts/store';
import type { Sending } from './sent/sending';
import type { SentLedger } from './sent/store';

/** What the profile service holds about a person, each removed as one step. */
export type ErasureStep = 'recall' | 'drafts' | 'sent-content' | 'links' | 'key';

/**
 * Every mode recalls the clear-data profiles still out there first (their recipients must delete
 * them too), then removes the drafts, the content of what was sent and the clients' links, and
 * destroys the key. The sent ledger keeps its entries with ids, kinds, dates and content hashes
 * only: the record of whom something was disclosed to outlives the data (Art. 19).
 */
const EVERYTHING: readonly ErasureStep[] = ['recall', 'drafts', 'sent-content', 'links', 'key'];
const PLANS: Readonly<Record<ErasureModeName, readonly ErasureStep[]>> = { delete: EVERYTHING, anonymise: EVERYTHING, reduce: EVERYTHING };

export function erasurePlan(mode: ErasureModeName): readonly ErasureStep[] {
  return PLANS[mode];
}

export interface ProfileErasureDeps {
  drafts: DraftStore;
  ledger: SentLedger;
  sending: Sending;
  links: LinkTokens;
  cipher: SubjectCipher;
}

/** Carries out the plan. The platform runs it inside the fence's erase, as the person's only writer. */
export function profileErasure({ drafts, ledger, sending, links, cipher }: ProfileErasureDeps): ErasureHandler {
  return async ({ tenantId, subjectId, mode }) => {
    const steps = new Set(erasurePlan(mode));
    const counts = { recalled: 0, drafts: 0, sentContents: 0, links: 0, keys: 0 };
    if (steps.has('recall')) counts.recalled = await sending.recall(tenantId, subjectId, 'ERASED');
    if (steps.has('drafts')) counts.drafts = await drafts.deleteOfCandidate(tenantId, subjectId);
    if (steps.has('sent-content')) counts.sentContents = await ledger.forgetContentOf(tenantId, subjectId);
    if (steps.has('links')) counts.links = await links.deleteOfSubject(tenantId, subjectId);
    if (steps.has('key')) counts.keys = await cipher.shred(tenantId, subjectId);
    return erasureResult(counts);
  };
}

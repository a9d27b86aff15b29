import type { SubjectCipher } from '@lethe/platform/crypto';
import { erasureResult, type ErasureHandler, type ErasureModeName, type ErasureResult } from '@lethe/platform/erasure';
import type { LinkTokens } from '@lethe/platform/links';
import type { CheckCache } from './consents/check-cache';
import type { ConsentStore } from './consents/store';
import type { RestrictionStore } from './restrictions/store';

/** What the consent service holds about a person, each removed as one step. */
export type ErasureStep = 'records' | 'links' | 'cache' | 'restrictions' | 'key';

const EVERYTHING: readonly ErasureStep[] = ['records', 'links', 'cache', 'restrictions', 'key'];

/**
 * Requests and consents are proof about the person (that they were asked, for which client
 * company, and what they answered) and no skeleton data, so every mode removes all of them, the
 * person's links, their cached answers, what retention told consent about them, and their key. The deletion log is the remaining record.
 */
const PLANS: Readonly<Record<ErasureModeName, readonly ErasureStep[]>> = {
  delete: EVERYTHING,
  anonymise: EVERYTHING,
  reduce: EVERYTHING,
};

/** The steps an erasure of the mode takes. */
export function erasurePlan(mode: ErasureModeName): readonly ErasureStep[] {
  return PLANS[mode];
}

/** What an erasure removed, as it is acknowledged. */
export interface ErasureCounts {
  consents: number;
  links: number;
  cacheEntries: number;
  restrictions: number;
  keys: number;
}

/**
 * The acknowledged result: `done` when records, links or a key were held. Cached answers alone
 * say nothing about the person (a check of anyone leaves a "no consent" behind), nor does what
 * retention told consent (its own decisions, by id), so they are counted but do not make an
 * erasure `done`.
 */
export function erasureOutcome(counts: ErasureCounts): ErasureResult {
  const { cacheEntries: _cacheEntries, restrictions: _restrictions, ...held } = counts;
  return { ...erasureResult(held), counts: { ...counts } };
}

export interface ConsentErasureDeps {
  store: ConsentStore;
  links: LinkTokens;
  cache: CheckCache;
  cipher: SubjectCipher;
  restrictions: RestrictionStore;
}

/** Carries out the plan. The platform runs it inside the fence's erase, as the person's only writer. */
export function consentErasure({ store, links, cache, cipher, restrictions }: ConsentErasureDeps): ErasureHandler {
  return async ({ tenantId, subjectId, mode }) => {
    const steps = new Set(erasurePlan(mode));
    const counts: ErasureCounts = { consents: 0, links: 0, cacheEntries: 0, restrictions: 0, keys: 0 };
    if (steps.has('records')) counts.consents = await store.deleteOfSubject(tenantId, subjectId);
    if (steps.has('links')) counts.links = await links.deleteOfSubject(tenantId, subjectId);
    if (steps.has('cache')) counts.cacheEntries = await cache.evictSubject(tenantId, subjectId);
    if (steps.has('restrictions')) counts.restrictions = await restrictions.deleteOfSubject(tenantId, subjectId);
    if (steps.has('key')) counts.keys = await cipher.shred(tenantId, subjectId);
    return erasureOutcome(counts);
  };
}

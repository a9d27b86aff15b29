import { ERASURE_MODE } from '@lethe/platform/erasure';
import type { SubjectCipher } from '@lethe/platform/crypto';
import type { LinkTokens } from '@lethe/platform/links';
import type { CheckCache } from './consents/check-cache';
import type { ConsentStore } from './consents/store';
import type { RestrictionStore } from './restrictions/store';
import { consentErasure, erasureOutcome, erasurePlan } from './erasure';

describe('the erasure plan', () => {
  it('removes everything in every mode: consent records are proof about the person, never skeleton data', () => {
    for (const mode of ERASURE_MODE.names) expect([...erasurePlan(mode)].sort()).toEqual(['cache', 'key', 'links', 'records', 'restrictions']);
  });
});

describe('the erasure outcome', () => {
  it('is done when records, links or a key were held', () => {
    expect(erasureOutcome({ consents: 2, links: 0, cacheEntries: 0, restrictions: 0, keys: 0 })).toEqual({ outcome: 'done', counts: { consents: 2, links: 0, cacheEntries: 0, restrictions: 0, keys: 0 } });
    expect(erasureOutcome({ consents: 0, links: 0, cacheEntries: 1, restrictions: 0, keys: 1 }).outcome).toBe('done');
  });

  it('is nothing-held when only cached answers or retention\'s own decisions were found, which say nothing about the person; they are still counted', () => {
    expect(erasureOutcome({ consents: 0, links: 0, cacheEntries: 3, restrictions: 1, keys: 0 })).toEqual({ outcome: 'nothing-held', counts: { consents: 0, links: 0, cacheEntries: 3, restrictions: 1, keys: 0 } });
  });
});

describe('the erasure handler', () => {
  it('carries out the plan for the subject of the command and reports the counts', async () => {
    const calls: string[] = [];
    const step = (name: string, count: number) => async (tenantId: string, subjectId: string) => {
      calls.push(`${name} ${tenantId}/${subjectId}`);
      return count;
    };
    const handler = consentErasure({
      store: { deleteOfSubject: step('records', 3) } as unknown as ConsentStore,
      links: { deleteOfSubject: step('links', 2) } as unknown as LinkTokens,
      cache: { evictSubject: step('cache', 4) } as unknown as CheckCache,
      cipher: { shred: step('key', 1) } as unknown as SubjectCipher,
      restrictions: { deleteOfSubject: step('restrictions', 1) } as unknown as RestrictionStore,
    });
    const result = await handler({ commandId: 'cmd-1', tenantId: 't1', subjectId: 's1', mode: 'reduce', keepFields: [], reason: 'ERASURE_REASON_RETENTION_EXPIRED', attempt: 1 });
    expect(result).toEqual({ outcome: 'done', counts: { consents: 3, links: 2, cacheEntries: 4, restrictions: 1, keys: 1 } });
    expect(calls).toEqual(['records t1/s1', 'links t1/s1', 'cache t1/s1', 'restrictions t1/s1', 'key t1/s1']);
  });
});

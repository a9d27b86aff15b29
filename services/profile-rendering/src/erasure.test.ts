import { ERASURE_MODE } from '@lethe/platform/erasure';
import { erasurePlan } from './erasure';

describe('the erasure plan', () => {
  it('recalls what clients still hold first and destroys the key last, in every mode', () => {
    for (const mode of ERASURE_MODE.names) {
      const plan = erasurePlan(mode);
      expect(plan[0]).toBe('recall');
      expect(plan.at(-1)).toBe('key');
      expect(plan).toEqual(expect.arrayContaining(['drafts', 'sent-content', 'links']));
    }
  });

  it('never removes the sent ledger itself: whom data was disclosed to outlives the data', () => {
    for (const mode of ERASURE_MODE.names) expect(erasurePlan(mode)).not.toContain('ledger');
  });
});

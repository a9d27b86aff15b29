import { ERASURE_MODE } from '@lethe/platform/erasure';
import { erasurePlan } from './erasure';

describe('the erasure plan', () => {
  it('confirms first and destroys the key last, in every mode', () => {
    for (const mode of ERASURE_MODE.names) {
      const plan = erasurePlan(mode);
      expect(plan[0]).toBe('confirm');
      expect(plan.at(-1)).toBe('key');
      expect(plan).toEqual(expect.arrayContaining(['purge', 'content', 'state', 'links']));
    }
  });

  it('removes the message records only when the person is deleted; anonymised and reduced people keep them without content', () => {
    expect(erasurePlan('delete')).toContain('records');
    expect(erasurePlan('anonymise')).not.toContain('records');
    expect(erasurePlan('reduce')).not.toContain('records');
  });
});

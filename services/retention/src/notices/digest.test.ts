import { digestEntries, MAX_DIGEST_SUBJECTS, nextStepOf, onceKey } from './digest';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('an owner’s daily digest', () => {
  it('names a clock’s next step: the reduction when it comes first, else the deletion', () => {
    expect(nextStepOf({ subjectId: 's', reduceAt: at('2026-04-10'), deleteAt: at('2026-07-10') })).toEqual({ action: 'reduce', dueAt: at('2026-04-10') });
    expect(nextStepOf({ subjectId: 's', deleteAt: at('2026-07-10') })).toEqual({ action: 'delete', dueAt: at('2026-07-10') });
    expect(nextStepOf({ subjectId: 's' })).toBeUndefined();
  });

  it('lists the marks first, in their mode, then the clocks, and at most a thousand subjects', () => {
    const entries = digestEntries([{ subjectId: 'm', mode: 'anonymise', earliestDeletionAt: at('2026-05-01') }], [{ subjectId: 'c', deleteAt: at('2026-07-10') }, { subjectId: 'none' }]);
    expect(entries).toEqual([
      { subjectId: 'm', action: 'anonymise', dueAt: at('2026-05-01') },
      { subjectId: 'c', action: 'delete', dueAt: at('2026-07-10') },
    ]);
    const many = Array.from({ length: MAX_DIGEST_SUBJECTS + 5 }, (_, i) => ({ subjectId: `c${i}`, deleteAt: at('2026-07-10') }));
    expect(digestEntries([], many)).toHaveLength(MAX_DIGEST_SUBJECTS);
  });

  it('is sent once: the same notice computed twice has the same key', () => {
    expect(onceKey('t', 's', '2026-07-10')).toBe(onceKey('t', 's', '2026-07-10'));
    expect(onceKey('t', 's', '2026-07-10')).not.toBe(onceKey('t', 's', '2026-07-11'));
  });
});

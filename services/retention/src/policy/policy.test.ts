import { DEFAULT_POLICY, policySchema, type RetentionPolicyValues } from './policy';

const { version: _version, ...defaults } = DEFAULT_POLICY;
const refused = (values: Partial<Record<keyof RetentionPolicyValues, unknown>>) => {
  const result = policySchema.safeParse({ ...defaults, ...values });
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')).sort();
};

describe('a retention policy', () => {
  it('has valid defaults: deletion after six months, a rejected candidate kept two, notes emptied on anonymisation', () => {
    expect(policySchema.parse(defaults)).toEqual(defaults);
    expect(defaults).toMatchObject({ deleteAfterMonths: 6, reduceAfterMonths: 0, rejectionHoldMonths: 2, candidateNoticeDays: 14, waitHoursWithoutAssignment: 6, anonymisedNotes: 'empty' });
  });

  it('cannot switch deletion off, nor keep for more than twelve months', () => {
    expect(refused({ deleteAfterMonths: 0 })).toEqual(['deleteAfterMonths']);
    expect(refused({ deleteAfterMonths: 13 })).toEqual(['deleteAfterMonths']);
    expect(refused({ deleteAfterMonths: 1.5 })).toEqual(['deleteAfterMonths']);
  });

  it('tells candidates before their deletion unless the tenant switches that off; the deletion itself stays', () => {
    expect(defaults.candidateNoticesOff).toBe(false);
    expect(refused({ candidateNoticesOff: true })).toEqual([]);
    expect(refused({ candidateNoticesOff: true, deleteAfterMonths: 0 })).toEqual(['deleteAfterMonths']);
    expect(refused({ candidateNoticesOff: 'yes' })).toEqual(['candidateNoticesOff']);
  });

  it('keeps a rejected candidate at least two months (§ 15 Abs. 4 AGG)', () => {
    expect(refused({ rejectionHoldMonths: 1 })).toEqual(['rejectionHoldMonths']);
    expect(refused({ rejectionHoldMonths: 2 })).toEqual([]);
  });

  it('reduces (also in the talent pool) only before the deletion, or not at all', () => {
    expect(refused({ deleteAfterMonths: 6, reduceAfterMonths: 6 })).toEqual(['reduceAfterMonths']);
    expect(refused({ deleteAfterMonths: 6, poolReduceAfterMonths: 7 })).toEqual(['poolReduceAfterMonths']);
    expect(refused({ deleteAfterMonths: 6, reduceAfterMonths: 5, poolReduceAfterMonths: 0 })).toEqual([]);
  });

  it('waits at least six hours before deleting a marked record without an assignment', () => {
    expect(refused({ waitHoursWithoutAssignment: 5 })).toEqual(['waitHoursWithoutAssignment']);
  });

  it('names only skeleton fields the services know, and always keeps the application date', () => {
    expect(refused({ skeletonFields: ['name', 'salary'] })).toEqual(['skeletonFields.1']);
    expect(policySchema.parse({ ...defaults, skeletonFields: ['name', 'email', 'name'] }).skeletonFields).toEqual(['name', 'email', 'applicationDate']);
  });

  it('gives talents 7 to 365 days to consent to storage, or switches the deadline off with 0', () => {
    expect(defaults.talentConsentDeadlineDays).toBe(0);
    for (const days of [0, 7, 30, 365]) expect(refused({ talentConsentDeadlineDays: days })).toEqual([]);
    for (const days of [-1, 1, 6, 366, 14.5]) expect([days, refused({ talentConsentDeadlineDays: days })]).toEqual([days, ['talentConsentDeadlineDays']]);
  });

  it('names modes and note handling as the erasure vocabulary does', () => {
    expect(refused({ defaultMode: 'ERASURE_MODE_DELETE' })).toEqual(['defaultMode']);
    expect(refused({ anonymisedNotes: 'forget' })).toEqual(['anonymisedNotes']);
    expect(policySchema.parse({ ...defaults, defaultMode: 'anonymise', anonymisedNotes: 'keep' })).toMatchObject({ defaultMode: 'anonymise', anonymisedNotes: 'keep' });
  });
});

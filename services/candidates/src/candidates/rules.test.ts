import { PreconditionError } from '@lethe/platform/errors';
import type { CandidateDoc } from './model';
import { activityOfChange, duplicateQuery, duplicateReasons, listQuery, permit, repeatedInBatch } from './rules';

const doc = (extra: Partial<CandidateDoc> = {}): CandidateDoc => ({
  _id: 'c1',
  tenantId: 't1',
  personal: {},
  tokens: { skills: [] },
  tags: [],
  ownerId: 'u1',
  source: '',
  inboundChannel: '',
  state: 'active',
  createdAt: new Date(0),
  updatedAt: new Date(0),
  createdBy: 'u1',
  updatedBy: 'u1',
  version: 1,
  ...extra,
});
const reasonOf = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    return (err as PreconditionError).reason;
  }
  return undefined;
};

describe('what may be done with a candidate', () => {
  it('reading is always allowed; a mark, a reduction or an anonymisation stop every change', () => {
    const marked = doc({ markedForDeletion: { markedAt: new Date() } });
    expect(reasonOf(() => permit(marked, 'read'))).toBeUndefined();
    expect(reasonOf(() => permit(marked, 'edit'))).toBe('SUBJECT_MARKED_FOR_DELETION');
    expect(reasonOf(() => permit(doc({ state: 'reduced' }), 'edit'))).toBe('SUBJECT_REDUCED');
    expect(reasonOf(() => permit(doc({ state: 'anonymised' }), 'new-assignment'))).toBe('SUBJECT_ANONYMISED');
  });

  it('an open erasure request stops new applications and assignments, not other changes', () => {
    const asked = doc({ erasureRequest: { requestId: 'r1', openedAt: new Date() } });
    expect(reasonOf(() => permit(asked, 'edit'))).toBeUndefined();
    expect(reasonOf(() => permit(asked, 'new-assignment'))).toBe('ERASURE_REQUESTED');
  });
});

describe('which activity a change is', () => {
  it('names a change of one kind by its kind, anything else a profile update', () => {
    expect(activityOfChange([], ['tags'])).toBe('ACTIVITY_KIND_TAGS_UPDATED');
    expect(activityOfChange(['skills'], [])).toBe('ACTIVITY_KIND_SKILLS_UPDATED');
    expect(activityOfChange(['notes'], [])).toBe('ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED');
    expect(activityOfChange(['customFields'], [])).toBe('ACTIVITY_KIND_CUSTOM_FIELDS_UPDATED');
    expect(activityOfChange([], ['source'])).toBe('ACTIVITY_KIND_SOURCE_SET');
    expect(activityOfChange(['skills', 'email'], ['tags'])).toBe('ACTIVITY_KIND_PROFILE_UPDATED');
  });
});

describe('the duplicate check', () => {
  it('matches on salutation, first name and date of birth, or on email', () => {
    const tokens = { identity: 'i1', email: 'e1', skills: [] };
    expect(duplicateReasons(tokens, { identity: 'i1', email: 'e2' })).toEqual(['identity']);
    expect(duplicateReasons(tokens, { identity: 'i1', email: 'e1' })).toEqual(['identity', 'email']);
    expect(duplicateReasons({ skills: [] }, { identity: 'i1' })).toEqual([]);
    expect(duplicateQuery({ skills: [] })).toBeUndefined();
    expect(duplicateQuery(tokens)).toEqual({ $or: [{ 'tokens.identity': 'i1' }, { 'tokens.email': 'e1' }] });
    expect(repeatedInBatch([{ email: 'a', skills: [] }, { identity: 'b', skills: [] }, { email: 'a', skills: [] }])).toBe('email:a');
    expect(repeatedInBatch([{ email: 'a', skills: [] }, { identity: 'a', skills: [] }])).toBeUndefined();
  });
});

describe('the list query', () => {
  it('hides marked, anonymised and erasure-requested candidates unless asked for', () => {
    const hidden = listQuery({ tags: [], includeMarked: false, includeErasureRequested: false });
    expect(hidden).toEqual({ markedForDeletion: { $exists: false }, state: { $ne: 'anonymised' }, erasureRequest: { $exists: false } });
    expect(listQuery({ tags: ['a'], includeMarked: true, includeErasureRequested: true, createdAfter: new Date(5), candidateIds: ['c1'] })).toEqual({ tags: { $all: ['a'] }, createdAt: { $gte: new Date(5) }, _id: { $in: ['c1'] } });
  });
});

import { parseInput } from '@lethe/platform/validation';
import { toTimestamp } from '@lethe/protos';
import { holdsAt, legalHoldRequest } from './rules';

const now = new Date('2026-03-01T00:00:00Z');
const violationsOf = (input: unknown) => {
  try {
    parseInput(legalHoldRequest(now), input);
    return [];
  } catch (err) {
    return (err as { violations: { field: string; description: string }[] }).violations.map((v) => `${v.field}: ${v.description}`);
  }
};

describe('a legal hold', () => {
  it('needs a reason and an end in the future, at most ten years ahead', () => {
    const until = toTimestamp(new Date('2027-03-01T00:00:00Z'));
    expect(parseInput(legalHoldRequest(now), { subjectId: 'c-1', reason: ' litigation 4 O 12/26 ', until })).toEqual({ subjectId: 'c-1', reason: 'litigation 4 O 12/26', until: new Date('2027-03-01T00:00:00Z') });
    expect(violationsOf({ subjectId: 'c-1', reason: '', until })).toEqual(['reason: is required']);
    expect(violationsOf({ subjectId: 'c-1', reason: 'x'.repeat(501), until })).toEqual(['reason: must be at most 500 characters']);
    expect(violationsOf({ subjectId: 'c-1', reason: 'audit', until: toTimestamp(now) })).toEqual(['until: must be in the future']);
    expect(violationsOf({ subjectId: 'c-1', reason: 'audit', until: toTimestamp(new Date('2036-03-02T00:00:00Z')) })).toEqual(['until: must be at most 10 years ahead']);
    expect(violationsOf({ subjectId: 'c-1', reason: 'audit', until: null })).toEqual(['until: is required']);
  });

  it('holds until it is lifted or its end has come', () => {
    const until = new Date('2026-04-01T00:00:00Z');
    expect(holdsAt({ until }, now)).toBe(true);
    expect(holdsAt({ until }, until)).toBe(false);
    expect(holdsAt({ until, endedAt: now }, now)).toBe(false);
    expect(holdsAt(undefined, now)).toBe(false);
  });
});

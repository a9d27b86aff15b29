import { DEFAULT_POLICY } from '../policy/policy';
import { clockMatches, MASS_ACTION, selectsByClock } from './selection';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const active = { subjectId: 'a', lastActivityAt: at('2026-01-10'), statuses: {} };
const ended = { subjectId: 'f', statuses: { 'application:1': { meta: 'final' as const, outcome: 'hired' as const, setAt: at('2026-02-01'), eventId: 'e' } } };

describe('what a mass action selects', () => {
  it('selects ids alone by their ids, and by the clocks as soon as an anchor date or onlyFinal is given', () => {
    expect(selectsByClock({ subjectIds: ['a'], onlyFinal: false })).toBe(false);
    expect(selectsByClock({ subjectIds: [], anchorBefore: at('2026-02-01'), onlyFinal: false })).toBe(true);
    expect(selectsByClock({ subjectIds: ['a'], onlyFinal: true })).toBe(true);
  });

  it('matches clocks anchored before the date, ended ones for onlyFinal, among the ids when given', () => {
    const before = { subjectIds: [], anchorBefore: at('2026-01-20'), onlyFinal: false };
    expect(clockMatches(active, before, DEFAULT_POLICY)).toBe(true);
    expect(clockMatches(ended, before, DEFAULT_POLICY)).toBe(false);
    expect(clockMatches(active, { subjectIds: [], onlyFinal: true }, DEFAULT_POLICY)).toBe(false);
    expect(clockMatches(ended, { subjectIds: [], onlyFinal: true }, DEFAULT_POLICY)).toBe(true);
    expect(clockMatches(active, { ...before, subjectIds: ['other'] }, DEFAULT_POLICY)).toBe(false);
    expect(clockMatches({ subjectId: 'n', statuses: {} }, before, DEFAULT_POLICY)).toBe(false);
  });

  it('never matches a clock whose deletion went out', () => {
    expect(clockMatches({ ...active, deleteIssuedAt: at('2026-08-01') }, { subjectIds: [], anchorBefore: at('2027-01-01'), onlyFinal: false }, DEFAULT_POLICY)).toBe(false);
  });

  it('maps the actions of the API', () => {
    expect(MASS_ACTION.fromProto('MASS_ACTION_MARK_FOR_DELETION')).toBe('mark');
    expect(MASS_ACTION.fromProto('MASS_ACTION_UNSPECIFIED')).toBeUndefined();
  });
});

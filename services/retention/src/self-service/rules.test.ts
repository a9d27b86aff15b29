import { ACTIONS_OF, candidateActor, hasActiveApplication, pageOffer } from './rules';

const status = (meta: 'active' | 'final' | 'hold') => ({ meta, outcome: 'none' as const, setAt: new Date('2030-01-01T00:00:00Z'), eventId: 'e1' });

describe('an active application', () => {
  it('is an application or presentation whose current status is active', () => {
    expect(hasActiveApplication({ statuses: { 'application:a1': status('active') } })).toBe(true);
    expect(hasActiveApplication({ statuses: { 'application:a1': status('final'), 'presentation:p1': status('active') } })).toBe(true);
  });

  it('is none when every status is final or on hold, or nothing is known of the person', () => {
    expect(hasActiveApplication({ statuses: { 'application:a1': status('final'), 'application:a2': status('hold') } })).toBe(false);
    expect(hasActiveApplication({ statuses: {} })).toBe(false);
    expect(hasActiveApplication(null)).toBe(false);
    expect(hasActiveApplication(undefined)).toBe(false);
  });
});

describe('the page of a link', () => {
  it('opens a request unless one is open', () => {
    expect(pageOffer('erasure-request-open', { activeApplication: false })).toBe('open-form');
    expect(pageOffer('erasure-request-open', { requestState: 'withdrawn', activeApplication: true })).toBe('open-form');
    expect(pageOffer('erasure-request-open', { requestState: 'open', activeApplication: false })).toBe('already-open');
  });

  it('withdraws only an open request', () => {
    expect(pageOffer('erasure-request-withdraw', { requestState: 'open', activeApplication: false })).toBe('withdraw-form');
    expect(pageOffer('erasure-request-withdraw', { requestState: 'withdrawn', activeApplication: false })).toBe('nothing-to-withdraw');
    expect(pageOffer('erasure-request-withdraw', { activeApplication: false })).toBe('nothing-to-withdraw');
  });

  it('deletes at once without an active application; with one, offers the erasure request instead (unless it is open)', () => {
    expect(pageOffer('delete-now', { activeApplication: false })).toBe('delete-form');
    expect(pageOffer('delete-now', { requestState: 'open', activeApplication: false })).toBe('delete-form');
    expect(pageOffer('delete-now', { activeApplication: true })).toBe('active-application');
    expect(pageOffer('delete-now', { requestState: 'open', activeApplication: true })).toBe('already-open');
  });

  it('offers the erasure request instead of the deletion at once while the deletion is held, without saying why', () => {
    expect(pageOffer('delete-now', { activeApplication: false, deletionHeld: true })).toBe('deletion-held');
    expect(pageOffer('delete-now', { requestState: 'open', activeApplication: false, deletionHeld: true })).toBe('already-open');
    expect(pageOffer('delete-now', { activeApplication: true, deletionHeld: true })).toBe('active-application');
  });

  it('asks for an export whatever the state', () => {
    expect(pageOffer('data-export-request', { requestState: 'open', activeApplication: true })).toBe('export-form');
  });

  it('allows each purpose its own actions only: "delete now" also the erasure request', () => {
    expect(ACTIONS_OF).toEqual({
      'erasure-request-open': ['open-request'],
      'erasure-request-withdraw': ['withdraw-request'],
      'delete-now': ['delete-now', 'open-request'],
      'data-export-request': ['request-export'],
    });
  });

  it('acts as the candidate the link names', () => {
    expect(candidateActor('s1')).toEqual({ kind: 'candidate', actorId: 'candidate:s1' });
  });
});

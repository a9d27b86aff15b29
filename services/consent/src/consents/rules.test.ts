import { builtin, statementOf } from '../texts/texts';
import { closedRefusalOf, CONSENT_STATE, grantProof, isOpen, linkRefusalOf, methodOf, refusalProof, shownState } from './rules';

const closedAt = new Date('2024-05-01T00:00:00Z');

describe('the state of a request', () => {
  it('is open while unanswered and not closed', () => {
    expect(isOpen({ state: 'requested' })).toBe(true);
    expect(isOpen({ state: 'requested', closedAt })).toBe(false);
    for (const state of ['granted', 'declined', 'withdrawn', 'expired'] as const) expect(isOpen({ state })).toBe(false);
  });

  it('shows as closed once closed, otherwise as its state', () => {
    expect(shownState({ state: 'requested', closedAt })).toBe('CONSENT_STATE_CLOSED');
    expect(shownState({ state: 'requested' })).toBe('CONSENT_STATE_REQUESTED');
    expect(shownState({ state: 'withdrawn' })).toBe('CONSENT_STATE_WITHDRAWN');
    expect(CONSENT_STATE.fromProto('CONSENT_STATE_EXPIRED')).toBe('expired');
    expect(CONSENT_STATE.fromProto('CONSENT_STATE_CLOSED')).toBeUndefined();
  });
});

describe('the link of a request', () => {
  it('decides while the request is open; reads as used once answered, as expired once closed', () => {
    expect(linkRefusalOf({ state: 'requested' })).toBeUndefined();
    expect(linkRefusalOf({ state: 'requested', closedAt })).toBe('expired');
    for (const state of ['granted', 'declined', 'withdrawn', 'expired'] as const) expect(linkRefusalOf({ state })).toBe('used');
  });
});

describe('a refusal recorded by a recruiter, and a new link', () => {
  it('need an open request', () => {
    expect(closedRefusalOf({ state: 'requested' })).toBeUndefined();
    expect(closedRefusalOf({ state: 'requested', closedAt })).toBe('CONSENT_REQUEST_CLOSED');
    expect(closedRefusalOf({ state: 'granted' })).toBe('CONSENT_REQUEST_ANSWERED');
    expect(closedRefusalOf({ state: 'declined' })).toBe('CONSENT_REQUEST_ANSWERED');
  });
});

describe('proofs', () => {
  const at = new Date('2024-05-02T08:00:00Z');

  it('of a grant name who, how, when and the exact statement shown', () => {
    const statement = statementOf(builtin('CONSENT_KIND_CLEAR_DATA_SHARING', 'en'), { clientName: 'Example Ltd' });
    expect(grantProof('GRANT_METHOD_LINK', 'cand-1', at, statement)).toEqual({
      method: 'GRANT_METHOD_LINK',
      actorId: 'cand-1',
      at,
      textId: 'builtin.CONSENT_KIND_CLEAR_DATA_SHARING.en',
      textVersion: 0,
      textLanguage: 'en',
      textSha256: statement.sha256,
    });
  });

  it('of a grant on a service\'s form also name the form', () => {
    const statement = statementOf(builtin('CONSENT_KIND_STORAGE', 'de'), { periodMonths: 24 });
    expect(grantProof('GRANT_METHOD_FORM', 'talent-1', at, statement, 'talent-crm/talent-form/form-1')).toMatchObject({
      method: 'GRANT_METHOD_FORM',
      actorId: 'talent-1',
      textId: 'builtin.CONSENT_KIND_STORAGE.de',
      textSha256: statement.sha256,
      form: 'talent-crm/talent-form/form-1',
    });
    expect(grantProof('GRANT_METHOD_LINK', 'cand-1', at, statement)).not.toHaveProperty('form');
  });

  it('of a refusal name who and when, and no text; on the page there is no grant method', () => {
    const page = refusalProof('none', 'cand-1', at, 'de');
    expect(page).toEqual({ method: 'none', actorId: 'cand-1', at, textId: '', textVersion: 0, textLanguage: 'de', textSha256: '' });
    expect(methodOf(page)).toBe('GRANT_METHOD_UNSPECIFIED');
    expect(methodOf(refusalProof('GRANT_METHOD_MANUAL', 'recruiter-1', at, 'de'))).toBe('GRANT_METHOD_MANUAL');
  });
});

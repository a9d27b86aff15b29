import { fromTimestamp } from '@lethe/protos';
import type { ConsentDoc } from './model';
import { refusalProof } from './rules';
import { declineTransition, expiryTransition, grantTransition, newRequest, outboxEntryOf, requestCreated, withdrawTransition } from './transitions';

const now = new Date('2024-01-31T09:00:00Z');

function request(overrides: Partial<Parameters<typeof newRequest>[3]> = {}): ConsentDoc {
  const input = { subjectId: 'cand-1', scope: { kind: 'CONSENT_KIND_CLEAR_DATA_SHARING' as const, clientId: 'client-a', key: 'client.client-a' }, language: 'de' as const, ...overrides };
  return newRequest('req-1', 'tenant-1', 'recruiter-1', input, 'builtin.CONSENT_KIND_CLEAR_DATA_SHARING.de', now);
}

const storage = () => request({ scope: { kind: 'CONSENT_KIND_STORAGE', key: 'storage' }, periodMonths: 1 });

describe('a new request', () => {
  it('is open, names its scope, has no link until it is sent, and is announced with ids only', () => {
    const doc = request({ clientName: 'Muster GmbH' });
    expect(doc).toEqual({
      _id: 'req-1',
      tenantId: 'tenant-1',
      subjectId: 'cand-1',
      kind: 'CONSENT_KIND_CLEAR_DATA_SHARING',
      scope: 'client.client-a',
      clientId: 'client-a',
      language: 'de',
      textId: 'builtin.CONSENT_KIND_CLEAR_DATA_SHARING.de',
      state: 'requested',
      requestedAt: now,
      requestedBy: 'recruiter-1',
    });
    const event = requestCreated(doc);
    expect(event).toMatchObject({
      type: 'lethe.consent.v1.ConsentRequestCreated',
      payload: { requestId: 'req-1', subjectId: 'cand-1', clientId: 'client-a', channel: 'CHANNEL_UNSPECIFIED', requestedBy: 'recruiter-1', expiresAt: null },
    });
    expect(JSON.stringify(event)).not.toContain('Muster');
  });
});

describe('transitions', () => {
  const proof = refusalProof('none', 'cand-1', now, 'de');

  it('a grant is valid from now, for the period of a storage request (month ends respected), else until withdrawn', () => {
    const shared = grantTransition(request(), { ...proof, method: 'GRANT_METHOD_LINK' }, now, 'con-1');
    expect(shared.from).toBe('requested');
    expect(shared.set).toEqual({ state: 'granted', consentId: 'con-1', proof: { ...proof, method: 'GRANT_METHOD_LINK' }, validFrom: now });
    expect(shared.event).toMatchObject({ type: 'lethe.consent.v1.ConsentGranted', payload: { consentId: 'con-1', requestId: 'req-1', method: 'GRANT_METHOD_LINK', validUntil: null } });

    const stored = grantTransition(storage(), { ...proof, method: 'GRANT_METHOD_MANUAL' }, now, 'con-2');
    expect(stored.set.validUntil).toEqual(new Date('2024-02-29T09:00:00Z'));
    expect(stored.event.type === 'lethe.consent.v1.ConsentGranted' && fromTimestamp(stored.event.payload.validUntil)).toEqual(new Date('2024-02-29T09:00:00Z'));
  });

  it('a decline keeps the proof of who refused', () => {
    expect(declineTransition(request(), proof, now)).toMatchObject({ from: 'requested', set: { state: 'declined', proof }, event: { type: 'lethe.consent.v1.ConsentDeclined', payload: { requestId: 'req-1' } } });
  });

  it('a withdrawal and an expiry end a granted consent', () => {
    const granted: ConsentDoc = { ...storage(), state: 'granted', consentId: 'con-2', validFrom: now, validUntil: new Date('2024-02-29T09:00:00Z') };
    expect(withdrawTransition(granted, 'recruiter-2', now)).toMatchObject({ from: 'granted', set: { state: 'withdrawn', withdrawnAt: now, withdrawnBy: 'recruiter-2' }, event: { payload: { consentId: 'con-2' } } });
    const expiry = expiryTransition(granted);
    expect(expiry).toMatchObject({ from: 'granted', set: { state: 'expired', expiredAt: granted.validUntil }, event: { type: 'lethe.consent.v1.ConsentExpired' } });
    // At the end of its period, whenever the sweep found it.
    expect(expiry.event.type === 'lethe.consent.v1.ConsentExpired' && fromTimestamp(expiry.event.payload.expiredAt)).toEqual(granted.validUntil);
  });

  it('events go out on the consent topic, keyed by the subject', () => {
    const entry = outboxEntryOf(request(), requestCreated(request()));
    expect(entry).toMatchObject({ type: 'lethe.consent.v1.ConsentRequestCreated', key: 'cand-1', tenantId: 'tenant-1', subjectId: 'cand-1' });
    expect(entry.topic).toContain('lethe.consent.events');
  });
});

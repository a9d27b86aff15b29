import { checkResultOf, checkTtlSeconds, decodeCheck, encodeCheck } from './check';

const now = new Date('2024-05-01T12:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('a CheckConsent answer', () => {
  it('is the consent in force, or none', () => {
    expect(checkResultOf(null, true)).toEqual({ granted: false, consentRequired: true });
    expect(checkResultOf({ consentId: 'c1' }, false)).toEqual({ granted: true, consentId: 'c1', consentRequired: false });
    expect(checkResultOf({ consentId: 'c1', validUntil: later(60) }, true)).toEqual({ granted: true, consentId: 'c1', validUntil: later(60), consentRequired: true });
  });

  it('is cached at most for the maximum, and a grant never past its end', () => {
    expect(checkTtlSeconds({}, now, 300)).toBe(300);
    expect(checkTtlSeconds({ validUntil: later(3600) }, now, 300)).toBe(300);
    expect(checkTtlSeconds({ validUntil: later(42.2) }, now, 300)).toBe(43);
    expect(checkTtlSeconds({ validUntil: now }, now, 300)).toBe(0);
    expect(checkTtlSeconds({ validUntil: later(-5) }, now, 300)).toBe(0);
  });

  it('comes back from the cache as it went in', () => {
    for (const result of [checkResultOf(null, false), checkResultOf({ consentId: 'c1' }, true), checkResultOf({ consentId: 'c2', validUntil: later(60) }, true)]) {
      expect(decodeCheck(encodeCheck(result), now)).toEqual(result);
    }
  });

  it('from the cache is not trusted once the grant has ended, even before the sweep ends it', () => {
    const cached = encodeCheck(checkResultOf({ consentId: 'c1', validUntil: later(60) }, true));
    expect(decodeCheck(cached, later(59))).toMatchObject({ granted: true });
    expect(decodeCheck(cached, later(60))).toBeUndefined();
    expect(decodeCheck(cached, later(3600))).toBeUndefined();
  });
});

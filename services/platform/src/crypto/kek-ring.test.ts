import { randomBytes } from 'node:crypto';
import { KekRing, KekRingError, UnknownKekError } from './kek-ring';

const key = () => randomBytes(32).toString('base64');

describe('KekRing.parse (KEY_ENCRYPTION_KEYS)', () => {
  it('takes an ordered id:base64key list whose first entry is active', () => {
    const [first, second] = [key(), key()];
    const ring = KekRing.parse(` k2026:${first}, k2025:${second} `);
    expect(ring.active.id).toBe('k2026');
    expect(ring.active.key.toString('base64')).toBe(first);
    expect(ring.ids).toEqual(['k2026', 'k2025']);
    expect(ring.get('k2025').key.toString('base64')).toBe(second);
    expect(ring.has('k2025')).toBe(true);
  });

  it('names an unknown id as such', () => {
    const ring = KekRing.parse(`a:${key()}`);
    expect(ring.has('b')).toBe(false);
    expect(() => ring.get('b')).toThrow(UnknownKekError);
    expect(() => ring.get('b')).toThrow('KEK "b", which KEY_ENCRYPTION_KEYS does not hold');
  });

  it.each([
    ['an empty list', '', 'at least one key'],
    ['a key without an id', key(), 'id:base64key'],
    ['an empty id', `:${key()}`, 'id:base64key'],
    ['an id with other characters', `a b:${key()}`, 'key id must be'],
    ['a short key', `a:${randomBytes(16).toString('base64')}`, 'must be 32 bytes'],
    ['a long key', `a:${randomBytes(48).toString('base64')}`, 'must be 32 bytes'],
    ['an all-zero key', `a:${Buffer.alloc(32).toString('base64')}`, 'must be random'],
    ['a repeated pattern', `a:${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`, 'must be random'],
    ['a key that is not base64', `a:${'%'.repeat(44)}`, 'id:base64key'],
    ['a repeated id', `a:${key()},a:${key()}`, 'appears twice'],
    ['one key under two ids', ((k: string) => `a:${k},b:${k}`)(key()), 'repeats another key'],
    ['far too many keys', Array.from({ length: 17 }, (_, i) => `k${i}:${key()}`).join(','), 'at most 16 keys'],
    ['an oversized value', 'x'.repeat(100_000), 'characters'],
  ])('refuses %s', (_case, text, message) => {
    expect(() => KekRing.parse(text)).toThrow(KekRingError);
    expect(() => KekRing.parse(text)).toThrow(message);
  });

  it('never puts a key into its messages', () => {
    const secret = Buffer.alloc(32, 7).toString('base64');
    try {
      KekRing.parse(`a:${secret}`);
      throw new Error('accepted');
    } catch (err) {
      expect((err as Error).message).not.toContain(secret);
    }
  });

  it('keeps its own copy of the keys', () => {
    const bytes = randomBytes(32);
    const ring = new KekRing([{ id: 'a', key: bytes }]);
    bytes.fill(0);
    expect(new Set(ring.active.key).size).toBeGreaterThan(1);
  });
});

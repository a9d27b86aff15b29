import { createHmac, timingSafeEqual } from 'node:crypto';

/** Why a cached value was refused: no valid MAC for its key (written by someone else, or moved), or past its expiry. */
export type RefusalReason = 'forged' | 'expired';

export type Opened = { ok: true; value: string } | { ok: false; reason: RefusalReason };

const VERSION = 'm1';
const MAC_BYTES = 32;

/**
 * The MAC every cached value carries: `m1.<expiresAtMs>.<mac>.<value>`, the MAC an HMAC-SHA256
 * with the installation's CACHE_MAC_KEY over (installation prefix, key, expiry, value). Redis is
 * shared and not trusted for decisions: a value written into it without the key, or moved to
 * another key or installation, does not open. The expiry is inside the MAC, so a genuine value
 * copied and written back later is refused once its own entry would have expired.
 */
export class CacheSeal {
  private readonly key: Buffer;

  constructor(
    key: Buffer,
    private readonly prefix: string,
  ) {
    if (!Buffer.isBuffer(key) || key.length !== 32) throw new TypeError('the cache MAC key must be a 32-byte Buffer');
    this.key = Buffer.from(key);
  }

  seal(redisKey: string, value: string, expiresAtMs: number): string {
    const expiry = String(Math.ceil(expiresAtMs));
    return [VERSION, expiry, this.mac(redisKey, expiry, value).toString('base64url'), value].join('.');
  }

  open(redisKey: string, raw: string, nowMs: number): Opened {
    const [version, expiry, mac] = raw.split('.', 3);
    if (version !== VERSION || !/^\d{1,15}$/.test(expiry ?? '') || mac === undefined) return { ok: false, reason: 'forged' };
    const header = `${version}.${expiry}.${mac}.`;
    if (!raw.startsWith(header)) return { ok: false, reason: 'forged' };
    const value = raw.slice(header.length);
    const given = Buffer.from(mac, 'base64url');
    // A MAC of the wrong length cannot be compared in constant time, and is wrong anyway.
    if (given.length !== MAC_BYTES || !timingSafeEqual(given, this.mac(redisKey, expiry, value))) return { ok: false, reason: 'forged' };
    if (Number(expiry) <= nowMs) return { ok: false, reason: 'expired' };
    return { ok: true, value };
  }

  // JSON framing keeps the parts unambiguous, as in the blind indexes.
  private mac(redisKey: string, expiry: string, value: string): Buffer {
    return createHmac('sha256', this.key).update(JSON.stringify(['lethe-cache', VERSION, this.prefix, redisKey, expiry, value]), 'utf8').digest();
  }
}

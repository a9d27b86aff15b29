/**
 * The key-encryption keys (KEKs) of a service, config KEY_ENCRYPTION_KEYS: an ordered list
 * `id:base64key,id:base64key,…`. The first is active and wraps every new or rewrapped data key;
 * the others only unwrap the keys they still wrap, until `keys rewrap` has moved those to the
 * active one and they can be retired (removed from the list).
 */

export interface Kek {
  /** Recorded in every data key it wraps, so unwrapping picks it by id. */
  readonly id: string;
  readonly key: Buffer;
}

const KEK_BYTES = 32;
const KEK_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64_PATTERN = /^[A-Za-z0-9+/]+={0,2}$/;
/** Far more entries than a rotation ever needs; bounds the parsing of a bad value. */
const MAX_KEKS = 16;
const MAX_RING_LENGTH = MAX_KEKS * (32 + 1 + 44 + 1);

/**
 * A 32-byte key made by hand (all zeros, a repeated pattern, a word) is refused: a random 32-byte
 * key has about 30 distinct byte values, practically never fewer than 20.
 */
export function isRandomKey(key: Buffer): boolean {
  return key.length === KEK_BYTES && new Set(key).size >= 20;
}

/** The value of KEY_ENCRYPTION_KEYS is malformed; the message says why, never a key. */
export class KekRingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KekRingError';
  }
}

/** An unwrapped data key names a KEK the ring does not hold (retired too early, or another service's). */
export class UnknownKekError extends Error {
  constructor(readonly kekId: string) {
    super(`a data key is wrapped under KEK "${kekId}", which KEY_ENCRYPTION_KEYS does not hold`);
    this.name = 'UnknownKekError';
  }
}

export class KekRing {
  /** Wraps every new and rewrapped data key. */
  readonly active: Kek;
  private readonly byId: ReadonlyMap<string, Kek>;

  constructor(keks: readonly Kek[]) {
    if (keks.length === 0) throw new KekRingError('must name at least one key');
    if (keks.length > MAX_KEKS) throw new KekRingError(`must name at most ${MAX_KEKS} keys`);
    const byId = new Map<string, Kek>();
    const seen = new Set<string>();
    for (const { id, key } of keks) {
      if (!KEK_ID_PATTERN.test(id)) throw new KekRingError('each key id must be 1 to 32 letters, digits, "_" or "-"');
      if (byId.has(id)) throw new KekRingError(`key id "${id}" appears twice`);
      if (!Buffer.isBuffer(key) || key.length !== KEK_BYTES) throw new KekRingError(`key "${id}" must be 32 bytes`);
      if (!isRandomKey(key)) throw new KekRingError(`key "${id}" must be random (e.g. openssl rand -base64 32), not a pattern or a constant`);
      const fingerprint = key.toString('hex');
      if (seen.has(fingerprint)) throw new KekRingError(`key "${id}" repeats another key of the list`);
      seen.add(fingerprint);
      byId.set(id, { id, key: Buffer.from(key) });
    }
    this.byId = byId;
    this.active = byId.get(keks[0].id)!;
  }

  /** The ring of a KEY_ENCRYPTION_KEYS value. */
  static parse(text: string): KekRing {
    if (typeof text !== 'string' || text.length > MAX_RING_LENGTH) throw new KekRingError(`must be at most ${MAX_RING_LENGTH} characters`);
    const entries = text
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    return new KekRing(
      entries.map((entry) => {
        const at = entry.indexOf(':');
        const id = entry.slice(0, at);
        const encoded = entry.slice(at + 1);
        if (at <= 0 || !BASE64_PATTERN.test(encoded)) throw new KekRingError('must be a comma-separated list of id:base64key');
        return { id, key: Buffer.from(encoded, 'base64') };
      }),
    );
  }

  /** Every id, the active one first. */
  get ids(): string[] {
    return [...this.byId.keys()];
  }

  /** The KEK of `id`; UnknownKekError when the ring does not hold it. */
  get(id: string): Kek {
    const kek = this.byId.get(id);
    if (!kek) throw new UnknownKekError(id);
    return kek;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }
}

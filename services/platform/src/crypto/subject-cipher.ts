import { randomBytes } from 'node:crypto';
import { Schema, mongo, type Connection, type Model } from 'mongoose';
import { ConflictError, PreconditionError } from '../errors/errors';
import { insertUnlessExists, isDuplicateKey } from '../mongo/connection';
import { defineTenantModel } from '../mongo/tenant-scope';
import { bufferOf } from '../mongo/binary';
import { IV_BYTES, KEY_BYTES, open, seal } from './aead';
import type { Kek, KekRing } from './kek-ring';

/**
 * Per-person envelope encryption ("Personal data never leaks"): every subject (person) of a tenant
 * has a random data key, stored only wrapped by a key-encryption key (KEK) of the service's ring, in
 * the service's key store: a database apart from its data, with its own credentials and a short
 * backup window. Destroying that row makes every copy of the person's ciphertext unreadable: the
 * data database's free pages and backups, caches, Kafka segments (crypto-shredding); the key
 * store's own backups age out within their window.
 *
 * Ciphertext format (a string, so it fits any mongoose String field):
 *   v1:<keyId>:<kind>:<iv base64url>:<ciphertext+tag base64url>
 * kind: s = UTF-8 string, b = bytes, j = JSON value, d = Date. The AAD binds tenant, subject, field,
 * key id and kind, so a value cannot be moved to another field or person, nor its kind changed.
 */

/** Decrypting data of a person whose key was destroyed (erased, or reduced and this field not kept). */
export class SubjectShreddedError extends PreconditionError {
  constructor(subjectId: string) {
    super('SUBJECT_ERASED', `the personal data of subject ${subjectId} has been erased`, { type: 'subject', id: subjectId });
  }
}

/**
 * A value is not a ciphertext of this tenant, subject and field: malformed, tampered with, moved
 * from another field or person, or sealed under another KEK. A fault, not a client error.
 */
export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

export interface SubjectCipherOptions {
  /** The service's key store (config KEY_STORE_URI), never its data database; keys live in its `subject_keys` collection. */
  connection: Connection;
  /** The service's KEKs (config KEY_ENCRYPTION_KEYS): the active one wraps, each unwraps what it wrapped. */
  keks: KekRing;
  /** How long an unwrapped data key stays in memory. Another process's shred takes effect here within this time. */
  cacheTtlMs?: number;
  /** Upper bound of cached data keys; the oldest go first. */
  maxCachedKeys?: number;
}

/** What `rewrap` did so far: keys moved to the active KEK, and rows a concurrent rekey or shred changed first. */
export interface RewrapProgress {
  rewrapped: number;
  changedMeanwhile: number;
}

/** A plain value of a personal field before encryption / after decryption. */
export type PlainValue = string | Buffer | Date | number | boolean | readonly unknown[] | { readonly [key: string]: unknown };

export type EncryptedRecord<R, K extends keyof R> = Omit<R, K> & { [P in K]: string | Extract<R[P], null | undefined> };
export type DecryptedRecord<R, K extends keyof R> = Omit<R, K> & { [P in K]: PlainValue | Extract<R[P], null | undefined> };

type Kind = 's' | 'b' | 'j' | 'd';

interface SubjectKeyRow {
  /** keyRowId(tenantId, subjectId): one row per person by construction. */
  _id: string;
  tenantId: string;
  subjectId: string;
  keyId: string;
  version: number;
  /** Id of the ring's KEK that wrapped the key: unwrapping picks it, `keys rewrap` moves it to the active one. */
  kekId: string;
  /** iv (12) | wrapped key (32) | tag (16) */
  wrappedKey: Buffer;
  /** Ids of keys destroyed by rekey: not secret, they only tell "reduced away" from "foreign". */
  retiredKeyIds: string[];
  createdAt: Date;
  rotatedAt?: Date;
}

interface DataKey {
  keyId: string;
  version: number;
  key: Buffer;
  retiredKeyIds: readonly string[];
}

const subjectKeySchema = new Schema<SubjectKeyRow>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true, index: true },
    subjectId: { type: String, required: true },
    keyId: { type: String, required: true },
    version: { type: Number, required: true },
    // Rewrapping and the KEK status walk the rows of one KEK in _id order.
    kekId: { type: String, required: true },
    wrappedKey: { type: Buffer, required: true },
    retiredKeyIds: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
    rotatedAt: { type: Date },
  },
  { versionKey: false },
);
subjectKeySchema.index({ kekId: 1, _id: 1 });

/** How long an unwrapped data key stays in memory by default (SubjectCipherOptions.cacheTtlMs). */
export const DATA_KEY_CACHE_MS = 30_000;
const SUBJECT_KEY_MODEL = 'LetheSubjectKey';
export const SUBJECT_KEYS_COLLECTION = 'subject_keys';
const FORMAT = 'v1';

/**
 * The key row's _id names tenant and subject, so concurrent first encrypts race on the primary key
 * (the loser re-reads), and a lookup is by _id alone (see mongo/ferretdb.ts).
 */
function keyRowId(tenantId: string, subjectId: string): string {
  return JSON.stringify([tenantId, subjectId]);
}

function requireId(name: string, value: string): void {
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${name} must be a non-empty string`);
}

/** A stored data key's bytes; anything else is a fault of the key store. */
function bytesOf(value: unknown): Buffer {
  try {
    return bufferOf(value);
  } catch {
    throw new DecryptionError('a stored data key has an unexpected type');
  }
}

function newDataKey(): DataKey {
  return { keyId: randomBytes(12).toString('base64url'), version: 1, key: randomBytes(KEY_BYTES), retiredKeyIds: [] };
}

function wrapAad(tenantId: string, subjectId: string, keyId: string): Buffer {
  return Buffer.from(JSON.stringify(['lethe-dek', FORMAT, tenantId, subjectId, keyId]), 'utf8');
}

function valueAad(tenantId: string, subjectId: string, field: string, keyId: string, kind: Kind): Buffer {
  return Buffer.from(JSON.stringify(['lethe-field', FORMAT, tenantId, subjectId, field, keyId, kind]), 'utf8');
}

interface ParsedValue {
  keyId: string;
  kind: Kind;
  iv: Buffer;
  body: Buffer;
}

const VALUE_PATTERN = /^v1:([A-Za-z0-9_-]{1,64}):([sbjd]):([A-Za-z0-9_-]+):([A-Za-z0-9_-]+)$/;

function parseValue(value: unknown): ParsedValue {
  if (typeof value !== 'string') throw new DecryptionError('an encrypted value must be a string');
  const match = VALUE_PATTERN.exec(value);
  if (!match) throw new DecryptionError('not an encrypted value');
  return { keyId: match[1], kind: match[2] as Kind, iv: Buffer.from(match[3], 'base64url'), body: Buffer.from(match[4], 'base64url') };
}

/**
 * ASCII parts as one flat string. A concatenation would be a tree that keeps every part alive as
 * long as the value (a stored record holds thousands of them until written); the parts here die
 * at once.
 */
function flatText(parts: readonly string[]): string {
  let length = 0;
  for (const part of parts) length += part.length;
  const text = Buffer.allocUnsafe(length);
  let at = 0;
  for (const part of parts) at += text.write(part, at, 'latin1');
  return text.toString('latin1');
}

function toBytes(value: PlainValue): { kind: Kind; bytes: Buffer } {
  if (typeof value === 'string') return { kind: 's', bytes: Buffer.from(value, 'utf8') };
  if (Buffer.isBuffer(value)) return { kind: 'b', bytes: value };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('cannot encrypt an invalid Date');
    return { kind: 'd', bytes: Buffer.from(value.toISOString(), 'utf8') };
  }
  return { kind: 'j', bytes: Buffer.from(JSON.stringify(value), 'utf8') };
}

function fromBytes(kind: Kind, bytes: Buffer): PlainValue {
  switch (kind) {
    case 's':
      return bytes.toString('utf8');
    case 'b':
      return bytes;
    case 'd':
      return new Date(bytes.toString('utf8'));
    case 'j':
      return JSON.parse(bytes.toString('utf8')) as PlainValue;
  }
}

/**
 * Encrypts and decrypts personal fields under the person's own data key. One instance per service
 * process; unwrapped keys are cached in memory for `cacheTtlMs` so hot paths do not read MongoDB
 * per field.
 *
 * After `shred`, encrypting for the same subject creates a fresh key: keeping an erased person out
 * is the job of the service's erasure tombstones, not of the cipher.
 */
export class SubjectCipher {
  private readonly model: Model<SubjectKeyRow>;
  /** The driver's collection: lookups by _id alone (see keyRowId) bypass mongoose's tenant filter. */
  private readonly rows: mongo.Collection<SubjectKeyRow>;
  private readonly keks: KekRing;
  private readonly cacheTtlMs: number;
  private readonly maxCachedKeys: number;
  private readonly cache = new Map<string, { dataKey: DataKey; expiresAt: number }>();
  private readonly reads = new Map<string, Promise<DataKey | null>>();
  private readonly creates = new Map<string, Promise<DataKey>>();
  /** Bumped by shred/rekey: a key read that started before it must not be cached after it. */
  private epoch = 0;
  private readiness?: Promise<void>;

  constructor({ connection, keks, cacheTtlMs = DATA_KEY_CACHE_MS, maxCachedKeys = 10_000 }: SubjectCipherOptions) {
    this.keks = keks;
    this.cacheTtlMs = cacheTtlMs;
    this.maxCachedKeys = maxCachedKeys;
    this.model = defineTenantModel(connection, SUBJECT_KEY_MODEL, subjectKeySchema, SUBJECT_KEYS_COLLECTION);
    this.rows = this.model.collection as unknown as mongo.Collection<SubjectKeyRow>;
  }

  /** The id of the KEK that wraps new and rewrapped data keys. */
  get activeKekId(): string {
    return this.keks.active.id;
  }

  /** Whether the ring holds the KEK of `id`. */
  holdsKek(id: string): boolean {
    return this.keks.has(id);
  }

  /** Waits until the collection's indexes exist. */
  ready(): Promise<void> {
    this.readiness ??= this.model.init().then(() => undefined);
    return this.readiness;
  }

  async encrypt(tenantId: string, subjectId: string, field: string, plaintext: string | Buffer): Promise<string> {
    requireId('field', field);
    const dataKey = await this.keyForWriting(tenantId, subjectId);
    return this.sealValue(dataKey, tenantId, subjectId, field, toBytes(plaintext));
  }

  /** Decrypts a value encrypted from a string (a JSON or Date value comes back as its JSON / ISO text). */
  async decrypt(tenantId: string, subjectId: string, field: string, ciphertext: string): Promise<string> {
    const { kind, bytes } = await this.openValue(tenantId, subjectId, field, ciphertext);
    if (kind === 'b') throw new TypeError(`field ${field} holds bytes: use decryptBuffer`);
    return bytes.toString('utf8');
  }

  /** Decrypts to the type the value was encrypted from (string, Buffer, Date or JSON value). */
  async decryptValue(tenantId: string, subjectId: string, field: string, ciphertext: string): Promise<PlainValue> {
    const { kind, bytes } = await this.openValue(tenantId, subjectId, field, ciphertext);
    return fromBytes(kind, bytes);
  }

  /** Decrypts to the raw bytes, e.g. a photo or a CV file. */
  async decryptBuffer(tenantId: string, subjectId: string, field: string, ciphertext: string): Promise<Buffer> {
    return (await this.openValue(tenantId, subjectId, field, ciphertext)).bytes;
  }

  /**
   * A copy of `record` with `fields` encrypted. null/undefined stay as they are; strings and
   * Buffers are encrypted as such, Dates as dates, anything else as JSON (an address object, a list).
   */
  async encryptFields<R extends Record<string, unknown>, K extends keyof R & string>(
    tenantId: string,
    subjectId: string,
    record: R,
    fields: readonly K[],
  ): Promise<EncryptedRecord<R, K>> {
    return Object.assign({ ...record }, await this.encryptPresent(tenantId, subjectId, record, fields)) as EncryptedRecord<R, K>;
  }

  /**
   * Only the `fields` of `record` that hold a value (not null/undefined), each encrypted as
   * encryptFields does: what a record keeps sealed, without a copy of the rest of it.
   */
  async encryptPresent<R extends Record<string, unknown>, K extends keyof R & string>(tenantId: string, subjectId: string, record: R, fields: readonly K[]): Promise<Partial<Record<K, string>>> {
    const sealed: Partial<Record<K, string>> = {};
    const present = fields.filter((field) => record[field] !== null && record[field] !== undefined);
    if (present.length === 0) return sealed;
    const dataKey = await this.keyForWriting(tenantId, subjectId);
    for (const field of present) sealed[field] = this.sealValue(dataKey, tenantId, subjectId, field, toBytes(record[field] as PlainValue));
    return sealed;
  }

  /** The inverse of encryptFields: each field back to the type it was encrypted from. */
  async decryptFields<R extends Record<string, unknown>, K extends keyof R & string>(
    tenantId: string,
    subjectId: string,
    record: R,
    fields: readonly K[],
  ): Promise<DecryptedRecord<R, K>> {
    const copy: Record<string, unknown> = { ...record };
    let dataKey: DataKey | undefined;
    for (const field of fields) {
      const value = record[field];
      if (value === null || value === undefined) continue;
      requireId('field', field);
      // One key lookup per record: the fields of a record share their key.
      const parsed = parseValue(value);
      if (dataKey?.keyId !== parsed.keyId) dataKey = await this.keyForReading(tenantId, subjectId, parsed.keyId);
      const { kind, bytes } = this.openWith(dataKey, tenantId, subjectId, field, parsed);
      copy[field] = fromBytes(kind, bytes);
    }
    return copy as DecryptedRecord<R, K>;
  }

  /**
   * Destroys the subject's data key: every ciphertext of this person becomes unreadable, here and
   * in every copy. Idempotent; returns how many key rows were deleted (0: nothing held).
   */
  async shred(tenantId: string, subjectId: string): Promise<number> {
    requireId('tenantId', tenantId);
    requireId('subjectId', subjectId);
    this.forget(tenantId, subjectId);
    const { deletedCount } = await this.rows.deleteOne({ _id: keyRowId(tenantId, subjectId) });
    // Forget again: a read that raced the delete may have cached the key meanwhile.
    this.forget(tenantId, subjectId);
    return deletedCount;
  }

  /**
   * Reduction to skeleton data: re-encrypts only `keepFields` of `encryptedRecord` under a new data
   * key and destroys the old one, so every other field (and every other copy) becomes unreadable.
   * Returns the new ciphertexts of `keepFields`, which the caller must store right away: from the
   * moment this returns, the old values of the kept fields are unreadable too.
   */
  async rekey<K extends string>(
    tenantId: string,
    subjectId: string,
    encryptedRecord: Partial<Record<K, string | null>> & Record<string, unknown>,
    keepFields: readonly K[],
  ): Promise<Record<K, string | null | undefined>> {
    requireId('tenantId', tenantId);
    requireId('subjectId', subjectId);
    const result = {} as Record<K, string | null | undefined>;
    const current = await this.fetchKey(tenantId, subjectId);
    if (!current) {
      if (keepFields.some((field) => encryptedRecord[field] !== null && encryptedRecord[field] !== undefined)) {
        throw new SubjectShreddedError(subjectId);
      }
      for (const field of keepFields) result[field] = encryptedRecord[field] as null | undefined;
      return result;
    }
    const next: DataKey = { keyId: randomBytes(12).toString('base64url'), version: current.version + 1, key: randomBytes(KEY_BYTES), retiredKeyIds: [...current.retiredKeyIds, current.keyId] };
    for (const field of keepFields) {
      const value = encryptedRecord[field];
      if (value === null || value === undefined) {
        result[field] = value as null | undefined;
        continue;
      }
      const plain = this.openWith(current, tenantId, subjectId, field, parseValue(value));
      result[field] = this.sealValue(next, tenantId, subjectId, field, plain);
    }
    this.forget(tenantId, subjectId);
    const swapped = await this.model
      .updateOne(
        { _id: keyRowId(tenantId, subjectId), tenantId, keyId: current.keyId },
        {
          $set: { keyId: next.keyId, version: next.version, kekId: this.keks.active.id, wrappedKey: this.wrap(this.keks.active, tenantId, subjectId, next), rotatedAt: new Date() },
          $push: { retiredKeyIds: current.keyId },
        },
      )
      .exec();
    this.forget(tenantId, subjectId);
    if (swapped.matchedCount !== 1) {
      throw new ConflictError(`the data key of subject ${subjectId} changed concurrently`, 'SUBJECT_KEY_CHANGED');
    }
    this.remember(tenantId, subjectId, next, this.epoch);
    return result;
  }

  /** Drops the cached key, and any read in flight, so the next use goes to the database. */
  private forget(tenantId: string, subjectId: string): void {
    const id = keyRowId(tenantId, subjectId);
    this.epoch += 1;
    this.cache.delete(id);
    this.reads.delete(id);
  }

  private remember(tenantId: string, subjectId: string, dataKey: DataKey, epoch: number): void {
    if (epoch !== this.epoch || this.cacheTtlMs <= 0) return;
    const id = keyRowId(tenantId, subjectId);
    this.cache.delete(id);
    if (this.cache.size >= this.maxCachedKeys) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(id, { dataKey, expiresAt: Date.now() + this.cacheTtlMs });
  }

  private cached(tenantId: string, subjectId: string): DataKey | undefined {
    const id = keyRowId(tenantId, subjectId);
    const entry = this.cache.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.cache.delete(id);
      return undefined;
    }
    return entry.dataKey;
  }

  private wrap(kek: Kek, tenantId: string, subjectId: string, dataKey: Pick<DataKey, 'keyId' | 'key'>): Buffer {
    const { iv, body } = seal(kek.key, wrapAad(tenantId, subjectId, dataKey.keyId), dataKey.key);
    return Buffer.concat([iv, body]);
  }

  /** The row's data key, unwrapped by the ring's KEK the row names; UnknownKekError when the ring lacks it. */
  private unwrap(row: SubjectKeyRow): DataKey {
    const kek = this.keks.get(row.kekId);
    const wrapped = bytesOf(row.wrappedKey);
    let key: Buffer;
    try {
      key = open(kek.key, wrapAad(row.tenantId, row.subjectId, row.keyId), wrapped.subarray(0, IV_BYTES), wrapped.subarray(IV_BYTES));
    } catch {
      throw new DecryptionError('a stored data key failed its integrity check');
    }
    return { keyId: row.keyId, version: row.version, key, retiredKeyIds: row.retiredKeyIds ?? [] };
  }

  /** The stored key, read from MongoDB (deduplicated per subject), or null when none exists. */
  private fetchKey(tenantId: string, subjectId: string): Promise<DataKey | null> {
    const id = keyRowId(tenantId, subjectId);
    const pending = this.reads.get(id);
    if (pending) return pending;
    const epoch = this.epoch;
    const read = (async () => {
      const row = await this.rows.findOne({ _id: id });
      if (!row) return null;
      const dataKey = this.unwrap(row);
      this.remember(tenantId, subjectId, dataKey, epoch);
      return dataKey;
    })().finally(() => {
      if (this.reads.get(id) === read) this.reads.delete(id);
    });
    this.reads.set(id, read);
    return read;
  }

  /**
   * First data keys for subjects that were just created (bulk imports), in one write instead of a
   * read and a write per subject. A subject that already has a key keeps it.
   */
  async createKeys(tenantId: string, subjectIds: readonly string[]): Promise<void> {
    requireId('tenantId', tenantId);
    for (const subjectId of subjectIds) requireId('subjectId', subjectId);
    if (subjectIds.length === 0) return;
    const epoch = this.epoch;
    const keys = subjectIds.map((subjectId) => ({ subjectId, dataKey: newDataKey() }));
    const refused = await insertUnlessExists(
      this.rows,
      keys.map(({ subjectId, dataKey }) => this.keyRow(tenantId, subjectId, dataKey)),
    );
    keys.forEach(({ subjectId, dataKey }, index) => {
      if (!refused.has(index)) this.remember(tenantId, subjectId, dataKey, epoch);
    });
  }

  /**
   * How many data keys each KEK wraps, by KEK id. Ids the ring does not hold are counted too: keys
   * under a KEK retired too early, which no process can unwrap any more.
   */
  async kekUsage(): Promise<Record<string, number>> {
    const held = this.keks.ids;
    const unknown = (await this.rows.distinct('kekId', { kekId: { $nin: held } })) as string[];
    const usage: Record<string, number> = {};
    for (const id of [...held, ...unknown]) usage[id] = await this.rows.countDocuments({ kekId: id });
    return usage;
  }

  /**
   * Re-wraps under the active KEK every data key that another KEK of the ring wraps, `batchSize`
   * rows at a time, telling `onBatch` after each. The data keys themselves stay, so no ciphertext
   * changes. Safe while the service writes: a row is replaced only while it is still what was read
   * (same KEK, key and version), so a concurrent rekey (which wraps under the active KEK) or shred
   * wins. Idempotent: run again, it finds nothing left.
   */
  async rewrap({ batchSize = 500, onBatch }: { batchSize?: number; onBatch?: (progress: RewrapProgress) => void } = {}): Promise<RewrapProgress> {
    const active = this.keks.active;
    const progress: RewrapProgress = { rewrapped: 0, changedMeanwhile: 0 };
    for (const kekId of this.keks.ids.filter((id) => id !== active.id)) {
      let after = '';
      for (;;) {
        const rows = await this.rows.find({ kekId, _id: { $gt: after } }).sort({ _id: 1 }).limit(batchSize).toArray();
        if (rows.length === 0) break;
        after = rows[rows.length - 1]._id;
        const { modifiedCount } = await this.rows.bulkWrite(
          rows.map((row) => ({
            updateOne: {
              filter: { _id: row._id, kekId, keyId: row.keyId, version: row.version },
              update: { $set: { kekId: active.id, wrappedKey: this.wrap(active, row.tenantId, row.subjectId, this.unwrap(row)) } },
            },
          })),
          { ordered: false },
        );
        progress.rewrapped += modifiedCount;
        progress.changedMeanwhile += rows.length - modifiedCount;
        onBatch?.({ ...progress });
      }
    }
    return progress;
  }

  private async keyForWriting(tenantId: string, subjectId: string): Promise<DataKey> {
    requireId('tenantId', tenantId);
    requireId('subjectId', subjectId);
    const known = this.cached(tenantId, subjectId) ?? (await this.fetchKey(tenantId, subjectId));
    if (known) return known;
    const id = keyRowId(tenantId, subjectId);
    const pending = this.creates.get(id);
    if (pending) return pending;
    const creation = this.createKey(tenantId, subjectId).finally(() => {
      if (this.creates.get(id) === creation) this.creates.delete(id);
    });
    this.creates.set(id, creation);
    return creation;
  }

  /** Creates the subject's first key; when another process won the race, adopts the winner's key. */
  private async createKey(tenantId: string, subjectId: string): Promise<DataKey> {
    const epoch = this.epoch;
    const dataKey = newDataKey();
    try {
      await this.rows.insertOne(this.keyRow(tenantId, subjectId, dataKey));
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const winner = await this.fetchKey(tenantId, subjectId);
      if (!winner) throw new ConflictError(`the data key of subject ${subjectId} was removed while being created`, 'SUBJECT_KEY_CHANGED');
      return winner;
    }
    this.remember(tenantId, subjectId, dataKey, epoch);
    return dataKey;
  }

  /** The stored form of a subject's first data key. */
  private keyRow(tenantId: string, subjectId: string, dataKey: DataKey): SubjectKeyRow {
    return {
      _id: keyRowId(tenantId, subjectId),
      tenantId,
      subjectId,
      keyId: dataKey.keyId,
      version: dataKey.version,
      kekId: this.keks.active.id,
      wrappedKey: this.wrap(this.keks.active, tenantId, subjectId, dataKey),
      retiredKeyIds: [],
      createdAt: new Date(),
    };
  }

  private sealValue(dataKey: DataKey, tenantId: string, subjectId: string, field: string, plain: { kind: Kind; bytes: Buffer }): string {
    const { iv, body } = seal(dataKey.key, valueAad(tenantId, subjectId, field, dataKey.keyId, plain.kind), plain.bytes);
    return flatText([`${FORMAT}:${dataKey.keyId}:${plain.kind}:`, iv.toString('base64url'), ':', body.toString('base64url')]);
  }

  private async openValue(tenantId: string, subjectId: string, field: string, value: unknown): Promise<{ kind: Kind; bytes: Buffer }> {
    requireId('field', field);
    const parsed = parseValue(value);
    return this.openWith(await this.keyForReading(tenantId, subjectId, parsed.keyId), tenantId, subjectId, field, parsed);
  }

  /** The subject's key for a value sealed under `keyId`; SubjectShreddedError when the subject has none. */
  private async keyForReading(tenantId: string, subjectId: string, keyId: string): Promise<DataKey> {
    requireId('tenantId', tenantId);
    requireId('subjectId', subjectId);
    let dataKey = this.cached(tenantId, subjectId);
    // A cached key of another id may be stale (rekeyed by another process): ask the database.
    if (!dataKey || dataKey.keyId !== keyId) dataKey = (await this.fetchKey(tenantId, subjectId)) ?? undefined;
    if (!dataKey) throw new SubjectShreddedError(subjectId);
    return dataKey;
  }

  private openWith(dataKey: DataKey, tenantId: string, subjectId: string, field: string, parsed: ParsedValue): { kind: Kind; bytes: Buffer } {
    if (parsed.keyId !== dataKey.keyId) {
      if (dataKey.retiredKeyIds.includes(parsed.keyId)) throw new SubjectShreddedError(subjectId);
      throw new DecryptionError('the value was not encrypted for this subject');
    }
    try {
      return { kind: parsed.kind, bytes: open(dataKey.key, valueAad(tenantId, subjectId, field, parsed.keyId, parsed.kind), parsed.iv, parsed.body) };
    } catch {
      throw new DecryptionError('the value failed its integrity check (tampered, or moved from another field or subject)');
    }
  }
}

import { randomBytes } from 'node:crypto';
import { Schema, type Connection } from 'mongoose';
import { BlindIndex, KekRing, KekRingError, SubjectCipher, UnknownKekError } from '../src/crypto';
import { normaliseForIndex } from '../src/crypto/blind-index';
import { SubjectShreddedError } from '../src/crypto/subject-cipher';
import { SUBJECT_KEYS_COLLECTION } from '../src/crypto/subject-cipher';
import { DecryptionError } from '../src/crypto/subject-cipher';
import { PreconditionError, describeError } from '../src/errors/errors';
import { createLogger } from '../src/telemetry/logger';
import { closeMongo, connectMongo } from '../src/mongo';
import { makeCanaries, scanDirectoryForCanaries } from '../src/testkit/canary';
import { testInfra, uniqueName } from '../src/testkit/infra';

const logger = createLogger({ service: 'crypto-test', level: 'silent' });
const keks = new KekRing([{ id: 'k1', key: randomBytes(32) }]);
const database = uniqueName('platform_crypto');
let connection: Connection;
let cipher: SubjectCipher;

function keyRows(tenantId: string, subjectId: string) {
  return connection.db!.collection(SUBJECT_KEYS_COLLECTION).find({ tenantId, subjectId }).toArray();
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (err: unknown) => err,
  );
}

beforeAll(async () => {
  connection = await connectMongo({ uri: testInfra().mongoUri, database, logger });
  cipher = new SubjectCipher({ connection, keks });
});

afterAll(async () => {
  await connection?.dropDatabase().catch(() => undefined);
  await closeMongo(connection);
});

describe('SubjectCipher', () => {
  const tenant = uniqueName('tenant');

  it('round-trips strings, Buffers and whole records', async () => {
    const subject = uniqueName('subject');
    const name = await cipher.encrypt(tenant, subject, 'firstName', 'Zoë Müller-Łukasiewicz');
    expect(name).toMatch(/^v1:[A-Za-z0-9_-]+:s:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    expect(await cipher.decrypt(tenant, subject, 'firstName', name)).toBe('Zoë Müller-Łukasiewicz');

    const photo = randomBytes(2048);
    const sealedPhoto = await cipher.encrypt(tenant, subject, 'photo', photo);
    expect(Buffer.compare(await cipher.decryptBuffer(tenant, subject, 'photo', sealedPhoto), photo)).toBe(0);
    await expect(cipher.decrypt(tenant, subject, 'photo', sealedPhoto)).rejects.toBeInstanceOf(TypeError);
    expect(await cipher.decryptValue(tenant, subject, 'firstName', name)).toBe('Zoë Müller-Łukasiewicz');

    const record = {
      id: 'c-1',
      firstName: 'Ada',
      lastName: 'Lovelace',
      address: { street: 'Hauptstr. 1', zip: '10115', city: 'Berlin' },
      dateOfBirth: new Date('1990-05-17T00:00:00.000Z'),
      salary: 72000,
      cv: Buffer.from('%PDF-1.7 fake'),
      phone: null,
      email: undefined,
    };
    const fields = ['firstName', 'lastName', 'address', 'dateOfBirth', 'salary', 'cv', 'phone', 'email'] as const;
    const encrypted = await cipher.encryptFields(tenant, subject, record, fields);
    expect(encrypted.id).toBe('c-1');
    expect(encrypted.phone).toBeNull();
    expect(encrypted.email).toBeUndefined();
    expect('email' in encrypted).toBe(true);
    for (const field of ['firstName', 'lastName', 'address', 'dateOfBirth', 'salary', 'cv'] as const) {
      expect(typeof encrypted[field]).toBe('string');
    }
    expect(JSON.stringify(encrypted)).not.toMatch(/Ada|Lovelace|Berlin|Hauptstr|1990|72000|PDF/);

    const decrypted = await cipher.decryptFields(tenant, subject, encrypted, fields);
    expect(decrypted).toEqual(record);
    expect(decrypted.dateOfBirth).toBeInstanceOf(Date);
    expect(Buffer.isBuffer(decrypted.cv)).toBe(true);

    // Only the fields that hold a value, sealed, without the rest of the record.
    const sealedOnly = await cipher.encryptPresent(tenant, subject, record, fields);
    expect(Object.keys(sealedOnly)).toEqual(['firstName', 'lastName', 'address', 'dateOfBirth', 'salary', 'cv']);
    for (const value of Object.values(sealedOnly)) expect(value).toMatch(/^v1:[A-Za-z0-9_-]+:[sbjd]:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    expect(await cipher.decryptFields(tenant, subject, sealedOnly, ['firstName', 'address', 'cv'])).toEqual({ ...sealedOnly, firstName: 'Ada', address: record.address, cv: record.cv });
  });

  it('uses a fresh IV: the same plaintext never yields the same ciphertext', async () => {
    const subject = uniqueName('subject');
    const values = await Promise.all(Array.from({ length: 5 }, () => cipher.encrypt(tenant, subject, 'lastName', 'Meier')));
    expect(new Set(values).size).toBe(5);
    for (const value of values) expect(await cipher.decrypt(tenant, subject, 'lastName', value)).toBe('Meier');
  });

  it('binds a ciphertext to its tenant, subject and field', async () => {
    const subject = uniqueName('subject');
    const other = uniqueName('subject');
    const value = await cipher.encrypt(tenant, subject, 'email', 'ada@example.com');
    await cipher.encrypt(tenant, other, 'email', 'someone@example.com');
    await cipher.encrypt('other-tenant', subject, 'email', 'someone@example.com');

    await expect(cipher.decrypt(tenant, subject, 'phone', value)).rejects.toBeInstanceOf(DecryptionError);
    await expect(cipher.decrypt(tenant, other, 'email', value)).rejects.toBeInstanceOf(DecryptionError);
    await expect(cipher.decrypt('other-tenant', subject, 'email', value)).rejects.toBeInstanceOf(DecryptionError);

    const [, keyId, , iv, body] = value.split(':');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    await expect(cipher.decrypt(tenant, subject, 'email', `v1:${keyId}:s:${iv}:${flipped.toString('base64url')}`)).rejects.toBeInstanceOf(DecryptionError);
    await expect(cipher.decrypt(tenant, subject, 'email', `v1:${keyId}:j:${iv}:${body}`)).rejects.toBeInstanceOf(DecryptionError);
    await expect(cipher.decrypt(tenant, subject, 'email', 'ada@example.com')).rejects.toBeInstanceOf(DecryptionError);
    expect(await cipher.decrypt(tenant, subject, 'email', value)).toBe('ada@example.com');
  });

  it('stores one wrapped key per subject and nothing readable', async () => {
    const subject = uniqueName('subject');
    await cipher.encrypt(tenant, subject, 'firstName', 'Grace');
    const rows = await keyRows(tenant, subject);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenantId: tenant, subjectId: subject, version: 1 });
    // iv 12 + wrapped 32 + tag 16: the plain 32-byte key is never stored.
    expect(rows[0].wrappedKey.buffer.length).toBe(60);
    // The row id names tenant and subject: a second row for the same person cannot exist.
    await expect(connection.db!.collection(SUBJECT_KEYS_COLLECTION).insertOne({ ...rows[0], keyId: 'another' })).rejects.toMatchObject({ code: 11000 });
  });

  it('creates the first keys of many new subjects in one write; a subject that has a key keeps it', async () => {
    const known = uniqueName('subject');
    const knownValue = await cipher.encrypt(tenant, known, 'firstName', 'Ada');
    const fresh = [uniqueName('subject'), uniqueName('subject')];
    await cipher.createKeys(tenant, [...fresh, known]);

    for (const subject of [...fresh, known]) expect(await keyRows(tenant, subject)).toHaveLength(1);
    const values = await Promise.all(fresh.map((subject) => cipher.encrypt(tenant, subject, 'firstName', `Grace ${subject}`)));
    for (const subject of fresh) expect(await keyRows(tenant, subject)).toHaveLength(1);
    // Another process (no cache) reads every value with the stored keys.
    const other = new SubjectCipher({ connection, keks });
    expect(await other.decrypt(tenant, known, 'firstName', knownValue)).toBe('Ada');
    expect(await Promise.all(fresh.map((subject, i) => other.decrypt(tenant, subject, 'firstName', values[i])))).toEqual(fresh.map((subject) => `Grace ${subject}`));
    expect(await cipher.decrypt(tenant, known, 'firstName', knownValue)).toBe('Ada');
  });

  it('shred destroys the key: old ciphertext cannot be decrypted and no key row remains', async () => {
    const subject = uniqueName('subject');
    const value = await cipher.encrypt(tenant, subject, 'firstName', 'Grace');
    const record = await cipher.encryptFields(tenant, subject, { lastName: 'Hopper' }, ['lastName']);
    expect(await cipher.shred(tenant, subject)).toBe(1);
    expect(await keyRows(tenant, subject)).toHaveLength(0);

    const err = await failure(cipher.decrypt(tenant, subject, 'firstName', value));
    expect(err).toBeInstanceOf(SubjectShreddedError);
    expect(err).toBeInstanceOf(PreconditionError);
    expect(describeError(err)).toMatchObject({ kind: 'failed_precondition', reason: 'SUBJECT_ERASED', resourceId: subject });
    await expect(cipher.decryptFields(tenant, subject, record, ['lastName'])).rejects.toBeInstanceOf(SubjectShreddedError);
    // A fresh process (no cache) cannot read it either.
    const fresh = new SubjectCipher({ connection, keks });
    await expect(fresh.decrypt(tenant, subject, 'firstName', value)).rejects.toBeInstanceOf(SubjectShreddedError);
    expect(await cipher.shred(tenant, subject)).toBe(0);
  });

  it('serves keys from the in-process cache, and shred invalidates it', async () => {
    const subject = uniqueName('subject');
    const value = await cipher.encrypt(tenant, subject, 'firstName', 'Hedy');
    // Remove the row behind the cipher's back: only the cache can still decrypt.
    await connection.db!.collection(SUBJECT_KEYS_COLLECTION).deleteOne({ tenantId: tenant, subjectId: subject });
    expect(await cipher.decrypt(tenant, subject, 'firstName', value)).toBe('Hedy');
    await cipher.shred(tenant, subject);
    await expect(cipher.decrypt(tenant, subject, 'firstName', value)).rejects.toBeInstanceOf(SubjectShreddedError);
  });

  it("expires cached keys after the TTL, so another process's shred takes effect", async () => {
    const subject = uniqueName('subject');
    const shortLived = new SubjectCipher({ connection, keks, cacheTtlMs: 150 });
    const value = await shortLived.encrypt(tenant, subject, 'firstName', 'Katherine');
    await cipher.shred(tenant, subject);
    expect(await shortLived.decrypt(tenant, subject, 'firstName', value)).toBe('Katherine');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(shortLived.decrypt(tenant, subject, 'firstName', value)).rejects.toBeInstanceOf(SubjectShreddedError);
  });

  it('rekey keeps only the kept fields readable, under a new key, and destroys the old one', async () => {
    const subject = uniqueName('subject');
    const stored = await cipher.encryptFields(
      tenant,
      subject,
      { firstName: 'Margaret', lastName: 'Hamilton', email: 'mh@example.com', city: 'Boston', phone: null },
      ['firstName', 'lastName', 'email', 'city', 'phone'],
    );
    const [before] = await keyRows(tenant, subject);

    const kept = await cipher.rekey(tenant, subject, stored, ['lastName', 'city', 'phone']);
    expect(Object.keys(kept).sort()).toEqual(['city', 'lastName', 'phone']);
    expect(kept.phone).toBeNull();
    expect(await cipher.decrypt(tenant, subject, 'lastName', kept.lastName!)).toBe('Hamilton');
    expect(await cipher.decrypt(tenant, subject, 'city', kept.city!)).toBe('Boston');

    for (const field of ['firstName', 'lastName', 'email', 'city'] as const) {
      await expect(cipher.decrypt(tenant, subject, field, stored[field])).rejects.toBeInstanceOf(SubjectShreddedError);
    }
    const rows = await keyRows(tenant, subject);
    expect(rows).toHaveLength(1);
    expect(rows[0].keyId).not.toBe(before.keyId);
    expect(rows[0].version).toBe(2);
    expect(kept.lastName!.split(':')[1]).toBe(rows[0].keyId);

    // A process that had the old key cached cannot use it once its entry is refreshed.
    const fresh = new SubjectCipher({ connection, keks });
    await expect(fresh.decrypt(tenant, subject, 'email', stored.email)).rejects.toBeInstanceOf(SubjectShreddedError);
    expect(await fresh.decrypt(tenant, subject, 'city', kept.city!)).toBe('Boston');
  });

  it('rekey of a subject without a key only works when nothing is to be kept', async () => {
    const subject = uniqueName('subject');
    expect(await cipher.rekey(tenant, subject, { lastName: null }, ['lastName'])).toEqual({ lastName: null });
    const value = await cipher.encrypt(tenant, subject, 'lastName', 'Noether');
    await cipher.shred(tenant, subject);
    await expect(cipher.rekey(tenant, subject, { lastName: value }, ['lastName'])).rejects.toBeInstanceOf(SubjectShreddedError);
  });

  it('concurrent first encrypts from two processes converge on one key', async () => {
    const second = await connectMongo({ uri: testInfra().mongoUri, database, logger });
    try {
      const subject = uniqueName('subject');
      const one = new SubjectCipher({ connection, keks });
      const two = new SubjectCipher({ connection: second, keks });
      await Promise.all([one.ready(), two.ready()]);
      const values = await Promise.all(
        Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? one : two).encrypt(tenant, subject, 'firstName', `name-${i}`)),
      );
      expect(await keyRows(tenant, subject)).toHaveLength(1);
      expect(new Set(values.map((value) => value.split(':')[1])).size).toBe(1);
      const reader = new SubjectCipher({ connection, keks });
      expect(await Promise.all(values.map((value) => reader.decrypt(tenant, subject, 'firstName', value)))).toEqual(
        Array.from({ length: 12 }, (_, i) => `name-${i}`),
      );
    } finally {
      await closeMongo(second);
    }
  });

  it('refuses a wrong key-encryption key, a KEK the ring lacks, and bad key sizes', async () => {
    const subject = uniqueName('subject');
    const value = await cipher.encrypt(tenant, subject, 'firstName', 'Barbara');
    const wrong = new SubjectCipher({ connection, keks: new KekRing([{ id: 'k1', key: randomBytes(32) }]) });
    await expect(wrong.decrypt(tenant, subject, 'firstName', value)).rejects.toBeInstanceOf(DecryptionError);
    const another = new SubjectCipher({ connection, keks: new KekRing([{ id: 'k2', key: randomBytes(32) }]) });
    await expect(another.decrypt(tenant, subject, 'firstName', value)).rejects.toThrow(new UnknownKekError('k1'));
    expect(() => new KekRing([{ id: 'k1', key: randomBytes(16) }])).toThrow(KekRingError);
    await expect(cipher.encrypt('', subject, 'firstName', 'x')).rejects.toBeInstanceOf(TypeError);
    await expect(cipher.encrypt(tenant, '', 'firstName', 'x')).rejects.toBeInstanceOf(TypeError);
  });
});

describe('no plaintext in FerretDB data files', () => {
  interface Candidate {
    tenantId: string;
    subjectId: string;
    firstName?: string | null;
    lastName?: string | null;
    email?: string | null;
    phone?: string | null;
    street?: string | null;
    city?: string | null;
    notes?: string | null;
    emailIndex?: string | null;
  }

  it('a raw byte scan finds none of the encrypted canaries, but does find an unencrypted one', async () => {
    const Candidates = connection.model<Candidate>(
      'CanaryCandidate',
      new Schema<Candidate>({
        tenantId: String,
        subjectId: String,
        firstName: String,
        lastName: String,
        email: String,
        phone: String,
        street: String,
        city: String,
        notes: String,
        emailIndex: String,
      }),
      'canary_candidates',
    );
    const blind = new BlindIndex({ key: randomBytes(32) });
    const tenant = uniqueName('tenant');
    const canaries = makeCanaries('CANARY');
    const control = makeCanaries('CONTROL', ['lastName']);

    for (let i = 0; i < 3; i++) {
      const subjectId = uniqueName('subject');
      const plain: Record<string, string> = { tenantId: tenant, subjectId, ...canaries };
      const encrypted = await cipher.encryptFields(tenant, subjectId, plain, Object.keys(canaries));
      await Candidates.create({ ...encrypted, emailIndex: blind.compute(tenant, 'email', canaries.email) });
    }
    // Positive control: without it, a scanner that finds nothing would prove nothing.
    await Candidates.create({ tenantId: tenant, subjectId: uniqueName('subject'), lastName: control.lastName });
    const updated = uniqueName('subject');
    await Candidates.create({ tenantId: tenant, subjectId: updated, firstName: await cipher.encrypt(tenant, updated, 'firstName', 'x') });
    await Candidates.updateOne({ tenantId: tenant, subjectId: updated }, { $set: await cipher.encryptFields(tenant, updated, { city: canaries.city }, ['city']) });

    const hits = await scanDirectoryForCanaries(testInfra().mongoDataDir, { ...canaries, control: control.lastName });
    expect(hits.filter((hit) => hit.field !== 'control')).toEqual([]);
    expect(hits.some((hit) => hit.field === 'control' && hit.encoding === 'utf8')).toBe(true);
  });
});

describe('BlindIndex', () => {
  const index = new BlindIndex({ key: randomBytes(32) });

  it('gives equal tokens for values equal after normalisation', () => {
    const token = index.compute('t1', 'email', 'ada@example.com');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(index.compute('t1', 'email', '  ADA@Example.com ')).toBe(token);
    expect(index.compute('t1', 'lastName', 'Van  der\tBerg')).toBe(index.compute('t1', 'lastName', 'van der berg'));
    // NFC: "é" precomposed and as e + combining accent.
    expect(index.compute('t1', 'firstName', 'Ren\u00e9')).toBe(index.compute('t1', 'firstName', 'Rene\u0301'));
    expect(index.compute('t1', 'dateOfBirth', new Date('1990-05-17T00:00:00Z'))).toBe(index.compute('t1', 'dateOfBirth', '1990-05-17'));
    expect(index.compute('t1', 'dateOfBirth', '1990-05-17T00:00:00.000Z')).toBe(index.compute('t1', 'dateOfBirth', '1990-05-17'));
  });

  it('gives different tokens for another tenant, field, value or key', () => {
    const token = index.compute('t1', 'email', 'ada@example.com');
    expect(index.compute('t2', 'email', 'ada@example.com')).not.toBe(token);
    expect(index.compute('t1', 'emailWork', 'ada@example.com')).not.toBe(token);
    expect(index.compute('t1', 'email', 'ada@example.org')).not.toBe(token);
    expect(new BlindIndex({ key: randomBytes(32) }).compute('t1', 'email', 'ada@example.com')).not.toBe(token);
  });

  it('composes the duplicate-check key and never indexes missing values', () => {
    const dob = new Date('1985-01-02T00:00:00Z');
    const key = index.computeComposite('t1', 'duplicate', ['Frau', 'Ada', dob]);
    expect(index.computeComposite('t1', 'duplicate', ['frau', ' ada ', '1985-01-02'])).toBe(key);
    expect(index.computeComposite('t1', 'duplicate', ['Herr', 'Ada', dob])).not.toBe(key);
    expect(index.computeComposite('t2', 'duplicate', ['Frau', 'Ada', dob])).not.toBe(key);
    // Framing: moving a character between parts changes the token.
    expect(index.computeComposite('t1', 'x', ['ab', 'c'])).not.toBe(index.computeComposite('t1', 'x', ['a', 'bc']));
    expect(index.computeComposite('t1', 'duplicate', ['Frau', null, dob])).toBeNull();
    expect(index.compute('t1', 'email', '   ')).toBeNull();
    expect(index.compute('t1', 'email', undefined)).toBeNull();
    expect(normaliseForIndex('  Jean-Luc   PICARD ')).toBe('jean-luc picard');
    expect(() => new BlindIndex({ key: randomBytes(8) })).toThrow(TypeError);
    expect(() => index.compute('', 'email', 'x')).toThrow(TypeError);
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { decodeMessage, encodeMessage, type ErasureAck, type ErasureAck__Output, type ErasureCommand, type ErasureCommand__Output } from '@lethe/protos';
import { ed25519PrivateKeySchema, ed25519PublicKeysSchema } from '../crypto/ed25519';
import { ed25519KeyPair } from '../testkit/erasure-keys';
import { ackPublicKeysSchema, ErasureAckVerifier, ErasureSigner, ErasureVerifier } from './signing';

const COMMAND = 'lethe.erasure.v1.ErasureCommand' as const;
const ACK = 'lethe.erasure.v1.ErasureAck' as const;

const retention = ed25519KeyPair();
const candidates = ed25519KeyPair();
const commandKeys = new ErasureVerifier(retention.publicKeyPem);

const command: ErasureCommand = {
  commandId: 'c-1',
  tenantId: 't-1',
  subjectId: 's-1',
  mode: 'ERASURE_MODE_REDUCE',
  keepFields: ['lastName', 'zip'],
  reason: 'ERASURE_REASON_RETENTION_EXPIRED',
  issuedAt: { seconds: '1777000000', nanos: 5_000_000 },
  attempt: 2,
};

/** As a consumer receives it: encoded, carried, decoded. */
const carried = <T extends ErasureCommand__Output | ErasureAck__Output>(type: typeof COMMAND | typeof ACK, message: object): T => decodeMessage<T>(type, encodeMessage(type, message));

describe('signed erasure commands', () => {
  it('verify as they are carried, under the key id of the key that signed them', () => {
    const signer = new ErasureSigner(retention.privateKeyPem);
    const signed = signer.sign(COMMAND, command);
    expect(signed).toMatchObject({ ...command, keyId: signer.keyId, signature: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
    expect(commandKeys.check(COMMAND, carried(COMMAND, signed))).toBeUndefined();
  });

  it('are refused unsigned, signed by a key that is not retention’s, or under retention’s key id by another key', () => {
    expect(commandKeys.check(COMMAND, carried(COMMAND, command))).toBe('UNSIGNED');
    const stranger = new ErasureSigner(ed25519KeyPair().privateKeyPem);
    expect(commandKeys.check(COMMAND, carried(COMMAND, stranger.sign(COMMAND, command)))).toBe('UNKNOWN_KEY');
    const posing = { ...stranger.sign(COMMAND, { ...command, keyId: undefined }), keyId: new ErasureSigner(retention.privateKeyPem).keyId };
    expect(commandKeys.check(COMMAND, carried(COMMAND, posing))).toBe('BAD_SIGNATURE');
    expect(commandKeys.check(COMMAND, carried(COMMAND, { ...new ErasureSigner(retention.privateKeyPem).sign(COMMAND, command), signature: 'bm90IGEgc2lnbmF0dXJl' }))).toBe('BAD_SIGNATURE');
  });

  it('cover every field: changing any one of them, the key id included, breaks the signature', () => {
    const signed = carried<ErasureCommand__Output>(COMMAND, new ErasureSigner(retention.privateKeyPem).sign(COMMAND, command));
    const changes: Partial<Record<keyof ErasureCommand__Output, unknown>> = {
      commandId: 'c-2',
      tenantId: 't-2',
      subjectId: 's-2',
      mode: 'ERASURE_MODE_DELETE',
      keepFields: ['lastName'],
      reason: 'ERASURE_REASON_MANUAL',
      issuedAt: { seconds: '1777000001', nanos: 5_000_000 },
      attempt: 3,
      notes: 'ANONYMISED_NOTES_KEEP',
      keyId: 'another-key',
    };
    // Every field of the message but the signature itself is in the list.
    expect(Object.keys(changes).sort()).toEqual(Object.keys(signed).filter((field) => field !== 'signature').sort());
    for (const [field, value] of Object.entries(changes)) {
      const expected = field === 'keyId' ? 'UNKNOWN_KEY' : 'BAD_SIGNATURE';
      expect([field, commandKeys.check(COMMAND, carried(COMMAND, { ...signed, [field]: value }))]).toEqual([field, expected]);
    }
  });

  it('do not verify as an acknowledgement: the message type is signed too', () => {
    const signer = new ErasureSigner(candidates.privateKeyPem);
    const ack = carried<ErasureAck__Output>(ACK, signer.sign(ACK, { commandId: 'c-1', service: 'candidates', tenantId: 't-1', subjectId: 's-1', outcome: 'ERASURE_OUTCOME_DONE' }));
    const sameFields = carried<ErasureCommand__Output>(COMMAND, { commandId: 'c-1', tenantId: 't-1', subjectId: 's-1', keyId: ack.keyId, signature: ack.signature });
    expect(new ErasureVerifier(candidates.publicKeyPem).check(COMMAND, sameFields)).toBe('BAD_SIGNATURE');
  });
});

describe('signed acknowledgements', () => {
  const acks = new ErasureAckVerifier({ candidates: candidates.publicKeyPem, retention: retention.publicKeyPem });
  const ack: ErasureAck = {
    commandId: 'c-1',
    service: 'candidates',
    outcome: 'ERASURE_OUTCOME_DONE',
    counts: { documents: 3, files: 1, activities: 7 },
    completedAt: { seconds: '1777000100', nanos: 0 },
    tenantId: 't-1',
    subjectId: 's-1',
  };

  it('verify against the key of the service they name, whatever order their counts were written in', () => {
    const signed = new ErasureSigner(candidates.privateKeyPem).sign(ACK, ack);
    expect(acks.check(carried(ACK, signed))).toBeUndefined();
    const reordered = { ...signed, counts: { files: 1, activities: 7, documents: 3 } };
    expect(acks.check(carried(ACK, reordered))).toBeUndefined();
    expect(acks.check(carried(ACK, { ...signed, counts: { ...ack.counts, documents: 4 } }))).toBe('BAD_SIGNATURE');
  });

  it('are refused when another service’s key signed them, or they name a service without a key', () => {
    // Retention's key is known, but not as the key of candidates.
    expect(acks.check(carried(ACK, new ErasureSigner(retention.privateKeyPem).sign(ACK, ack)))).toBe('UNKNOWN_KEY');
    for (const service of ['consent', 'constructor', '__proto__', 'toString']) {
      expect([service, acks.check(carried(ACK, new ErasureSigner(candidates.privateKeyPem).sign(ACK, { ...ack, service })))]).toEqual([service, 'UNKNOWN_SERVICE']);
    }
    expect(acks.check(carried(ACK, ack))).toBe('UNSIGNED');
  });
});

describe('the keys in the configuration', () => {
  const privatePem = (type: 'ed25519' | 'x25519') => generateKeyPairSync(type as 'ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicPem = (type: 'ed25519' | 'x25519') => generateKeyPairSync(type as 'ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();

  it('are Ed25519 private keys, PKCS#8 PEM', () => {
    expect(ed25519PrivateKeySchema.safeParse(privatePem('ed25519')).success).toBe(true);
    expect(ed25519PrivateKeySchema.safeParse(privatePem('x25519')).success).toBe(false);
    expect(ed25519PrivateKeySchema.safeParse('-----BEGIN PRIVATE KEY-----').success).toBe(false);
  });

  it('are one or more Ed25519 public keys, SPKI PEM, each verifying what it signed', () => {
    const next = ed25519KeyPair();
    expect(ed25519PublicKeysSchema.safeParse(`${retention.publicKeyPem}${next.publicKeyPem}`).success).toBe(true);
    const both = new ErasureVerifier(`${retention.publicKeyPem}\n${next.publicKeyPem}`);
    for (const pair of [retention, next]) expect(both.check(COMMAND, carried(COMMAND, new ErasureSigner(pair.privateKeyPem).sign(COMMAND, command)))).toBeUndefined();
    expect(ed25519PublicKeysSchema.safeParse(publicPem('x25519')).success).toBe(false);
    expect(ed25519PublicKeysSchema.safeParse('').success).toBe(false);
    expect(ed25519PublicKeysSchema.safeParse('-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----').success).toBe(false);
  });

  it('of the services’ acknowledgements are a JSON object of service name → public keys', () => {
    expect(ackPublicKeysSchema.parse(JSON.stringify({ candidates: candidates.publicKeyPem }))).toEqual({ candidates: candidates.publicKeyPem });
    expect(ackPublicKeysSchema.safeParse('not json').success).toBe(false);
    expect(ackPublicKeysSchema.safeParse(JSON.stringify({ candidates: 'not a key' })).success).toBe(false);
    expect(ackPublicKeysSchema.safeParse(JSON.stringify({ 'Not A Service': candidates.publicKeyPem })).success).toBe(false);
    expect(ackPublicKeysSchema.safeParse(JSON.stringify([candidates.publicKeyPem])).success).toBe(false);
  });
});

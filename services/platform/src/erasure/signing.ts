import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { Counter } from '@opentelemetry/api';
import { z } from 'zod';
import { decodeMessage, encodeMessage, type EventInput, type EventOutput } from '@lethe/protos';
import { ed25519PublicKeys, ed25519PublicKeysSchema, keyIdOf } from '../crypto/ed25519';
import type { Logger } from '../telemetry/logger';
import { meter } from '../telemetry/tracing';

/**
 * The erasure protocol's signed messages. Retention signs every command with its command-signing
 * key and every service signs its acknowledgements with its own key: whoever can write to the
 * topics can neither erase a person nor confirm an erasure.
 */
export type SignedErasureMessage = 'lethe.erasure.v1.ErasureCommand' | 'lethe.erasure.v1.ErasureAck';

/** Why a signed message is refused. */
export type SignatureRefusal = 'UNSIGNED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' | 'UNKNOWN_SERVICE' | 'UNEXPECTED_SERVICE';

/** What the signature covers: its fields, as carried. */
type Carried<T extends SignedErasureMessage> = EventOutput<T>;

/**
 * The bytes a signature covers: the message type, a newline, then the message in its decoded form
 * (every field, defaults included) without `signature`, as JSON with the keys sorted at every level.
 * Signer and verifier both start from the decoded form, so the bytes do not depend on how a
 * message was encoded (field order, map order, default values written or left out).
 */
export function signedBytes<T extends SignedErasureMessage>(type: T, message: Carried<T>): Buffer {
  const { signature: _signature, ...covered } = message as Carried<T> & { signature?: string };
  return Buffer.from(`${type}\n${sortedJson(covered)}`, 'utf8');
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${sortedJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Signs erasure messages with one Ed25519 private key (PKCS#8 PEM); the messages carry its key id. */
export class ErasureSigner {
  private readonly privateKey: KeyObject;
  readonly keyId: string;

  constructor(privateKeyPem: string) {
    this.privateKey = createPrivateKey(privateKeyPem);
    this.keyId = keyIdOf(createPublicKey(this.privateKey));
  }

  /** The message with this key's id and its signature over every other field. */
  sign<T extends SignedErasureMessage>(type: T, message: EventInput<T>): EventInput<T> & { keyId: string; signature: string } {
    const unsigned = { ...message, keyId: this.keyId, signature: '' };
    // Signed as the receiver decodes it.
    const carried = decodeMessage<Carried<T>>(type, encodeMessage(type, unsigned));
    return { ...unsigned, signature: sign(null, signedBytes(type, carried), this.privateKey).toString('base64') };
  }
}

/** The public keys one signer (retention, or one service) signs with, by key id. */
export class ErasureVerifier {
  private readonly keys: Map<string, KeyObject>;

  /** `publicKeyPems`: one or more SPKI PEM blocks (several while a key is being replaced). */
  constructor(publicKeyPems: string) {
    this.keys = ed25519PublicKeys(publicKeyPems);
  }

  /** Undefined when the message is signed by one of these keys over exactly what it carries; else why not. */
  check<T extends SignedErasureMessage>(type: T, message: Carried<T>): SignatureRefusal | undefined {
    const { keyId, signature } = message as { keyId?: string; signature?: string };
    if (!keyId || !signature) return 'UNSIGNED';
    const key = this.keys.get(keyId);
    if (!key) return 'UNKNOWN_KEY';
    try {
      return verify(null, signedBytes(type, message), key, Buffer.from(signature, 'base64')) ? undefined : 'BAD_SIGNATURE';
    } catch {
      return 'BAD_SIGNATURE';
    }
  }
}

/** Verifies acknowledgements against the key of the service each one names (the registry of services). */
export class ErasureAckVerifier {
  private readonly services: Map<string, ErasureVerifier>;

  constructor(publicKeysByService: Readonly<Record<string, string>>) {
    this.services = new Map(Object.entries(publicKeysByService).map(([service, pems]) => [service, new ErasureVerifier(pems)]));
  }

  check(ack: EventOutput<'lethe.erasure.v1.ErasureAck'>): SignatureRefusal | undefined {
    const verifier = this.services.get(ack.service);
    return verifier ? verifier.check('lethe.erasure.v1.ErasureAck', ack) : 'UNKNOWN_SERVICE';
  }
}

/**
 * A configuration value: each service's acknowledgement public keys, as a JSON object of service
 * name → one or more SPKI PEM blocks.
 */
export const ackPublicKeysSchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a JSON object of service name → PEM public keys' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be keyed by service names'), ed25519PublicKeysSchema));

const refusals = new WeakMap<object, Counter>();

/**
 * A refused erasure message: logged (where it lies on Kafka and why; its fields are not to be
 * trusted, so none is logged) and counted in `lethe_erasure_messages_refused_total`.
 */
export function refuseErasureMessage(
  logger: Logger,
  kind: 'command' | 'ack',
  reason: SignatureRefusal,
  record: { topic: string; partition: number; offset: string },
): void {
  // One counter per meter: tests start the telemetry more than once in a process.
  const current = meter();
  let counter = refusals.get(current);
  if (!counter) {
    counter = current.createCounter('lethe.erasure.messages.refused', { description: 'Erasure commands and acknowledgements refused: unsigned, signed by an unknown key or service, or not verifying' });
    refusals.set(current, counter);
  }
  counter.add(1, { kind, reason });
  logger.warn({ kind, reason, topic: record.topic, partition: record.partition, offset: record.offset }, 'erasure message refused');
}

import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/** A short, stable name of a public key: the first 16 bytes of the SHA-256 of its SPKI DER, base64url. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest().subarray(0, 16).toString('base64url');
}

/** A configuration value holding an Ed25519 private key, PKCS#8 PEM (`openssl genpkey -algorithm ed25519`). */
export const ed25519PrivateKeySchema = z.string().superRefine((pem, ctx) => {
  try {
    if (createPrivateKey(pem).asymmetricKeyType !== 'ed25519') ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be an Ed25519 private key' });
  } catch {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a PEM (PKCS#8) Ed25519 private key' });
  }
});

const PUBLIC_KEY_PEM = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g;

/**
 * The Ed25519 public keys in a text of one or more SPKI PEM blocks (`openssl pkey -pubout`, one
 * after the other), by key id. Throws when there is none, or one is not an Ed25519 key.
 */
export function ed25519PublicKeys(pems: string): Map<string, KeyObject> {
  const blocks = pems.match(PUBLIC_KEY_PEM) ?? [];
  if (blocks.length === 0) throw new Error('must hold one or more PEM (SPKI) Ed25519 public keys');
  const keys = new Map<string, KeyObject>();
  for (const block of blocks) {
    const key = createPublicKey(block);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('must hold Ed25519 public keys only');
    keys.set(keyIdOf(key), key);
  }
  return keys;
}

/** A configuration value holding one or more Ed25519 public keys, SPKI PEM blocks one after the other. */
export const ed25519PublicKeysSchema = z.string().superRefine((pems, ctx) => {
  try {
    ed25519PublicKeys(pems);
  } catch (err) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: (err as Error).message.startsWith('must') ? (err as Error).message : 'must hold PEM (SPKI) Ed25519 public keys' });
  }
});

import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';

export const RECEIPT_ALGORITHM = 'Ed25519';

/** What an erasure receipt states: ids, modes, services and times — never personal data. */
export interface ReceiptContent {
  erasureId: string;
  commandId: string;
  tenantId: string;
  subjectId: string;
  mode: string;
  reason: string;
  trigger: string;
  issuedAt: Date;
  completedAt: Date;
  confirmations: { service: string; outcome: string; at?: Date }[];
}

export interface SignedReceipt {
  payloadJson: string;
  signature: string;
  keyId: string;
  algorithm: typeof RECEIPT_ALGORITHM;
}

/** The config value: a PKCS#8 PEM Ed25519 private key (a secret of the installation). */
export const receiptKeySchema = z.string().superRefine((pem, ctx) => {
  try {
    if (createPrivateKey(pem).asymmetricKeyType !== 'ed25519') ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be an Ed25519 private key' });
  } catch {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a PEM (PKCS#8) Ed25519 private key' });
  }
});

/** A short, stable name of a public key: the first 16 bytes of the SHA-256 of its SPKI DER, base64url. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest().subarray(0, 16).toString('base64url');
}

/**
 * Signs erasure receipts. The signature covers the exact UTF-8 bytes of `payloadJson`, so anyone
 * with the public key verifies a receipt offline, and any change to it makes verification fail.
 */
export class ReceiptSigner {
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly keyId: string;

  constructor(privateKeyPem: string) {
    this.privateKey = createPrivateKey(privateKeyPem);
    this.publicKey = createPublicKey(this.privateKey);
    this.keyId = keyIdOf(this.publicKey);
  }

  get publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  sign(content: ReceiptContent): SignedReceipt {
    // Fixed key order, ISO dates: the same erasure always gives the same bytes.
    const payload = {
      type: 'lethe.erasure-receipt',
      version: 1,
      issuer: 'lethe-retention',
      keyId: this.keyId,
      erasureId: content.erasureId,
      commandId: content.commandId,
      tenantId: content.tenantId,
      subjectId: content.subjectId,
      mode: content.mode,
      reason: content.reason,
      trigger: content.trigger,
      issuedAt: content.issuedAt.toISOString(),
      completedAt: content.completedAt.toISOString(),
      confirmations: content.confirmations.map(({ service, outcome, at }) => ({ service, outcome, at: at?.toISOString() ?? null })),
    };
    const payloadJson = JSON.stringify(payload);
    const signature = sign(null, Buffer.from(payloadJson, 'utf8'), this.privateKey).toString('base64');
    return { payloadJson, signature, keyId: this.keyId, algorithm: RECEIPT_ALGORITHM };
  }
}

/** Offline verification: true only when the signature matches these exact bytes and key. */
export function verifyReceipt(receipt: Pick<SignedReceipt, 'payloadJson' | 'signature'>, publicKeyPem: string): boolean {
  try {
    return verify(null, Buffer.from(receipt.payloadJson, 'utf8'), createPublicKey(publicKeyPem), Buffer.from(receipt.signature, 'base64'));
  } catch {
    return false;
  }
}

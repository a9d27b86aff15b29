import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { keyIdOf } from '@lethe/platform/crypto';
import { retainedInWords } from './retained-words';

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
  /** Each service's confirmation; `retained` names the fields it kept on purpose and why. */
  confirmations: { service: string; outcome: string; at?: Date; retained?: { fields: string[]; reason: string } }[];
}

export interface SignedReceipt {
  payloadJson: string;
  signature: string;
  keyId: string;
  algorithm: typeof RECEIPT_ALGORITHM;
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
      // `retained` only where a service kept something, so receipts of other erasures read as before;
      // `explanation` says what was kept and why in words the person understands (de, en).
      confirmations: content.confirmations.map(({ service, outcome, at, retained }) => ({
        service,
        outcome,
        at: at?.toISOString() ?? null,
        ...(retained ? { retained: { fields: retained.fields, reason: retained.reason, explanation: retainedInWords(retained) } } : {}),
      })),
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

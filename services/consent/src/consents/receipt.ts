import { toTimestamp, type ConsentProof, type ConsentReceipt } from '@lethe/protos';
import type { ConsentDoc, Proof } from './model';
import { CONSENT_STATE, methodOf } from './rules';

export const RECEIPT_VERSION = 'lethe.consent-receipt.v1';

const timestamp = (date: Date | undefined) => (date ? toTimestamp(date) : null);

export function toProofMessage(proof: Proof | undefined): ConsentProof | null {
  if (!proof) return null;
  return { ...proof, method: methodOf(proof), at: toTimestamp(proof.at), form: proof.form ?? '' };
}

/**
 * The machine-readable receipt of one grant: everything that proves it (who, when, how, which
 * text by version and hash) and what became of it, with ids only and nothing about the person.
 */
export function toReceipt(doc: ConsentDoc, issuer: string): ConsentReceipt {
  return {
    receiptVersion: RECEIPT_VERSION,
    consentId: doc.consentId ?? '',
    requestId: doc._id,
    tenantId: doc.tenantId,
    subjectId: doc.subjectId,
    kind: doc.kind,
    clientId: doc.clientId ?? '',
    channel: doc.channel ?? 'CHANNEL_UNSPECIFIED',
    periodMonths: doc.periodMonths ?? 0,
    proof: toProofMessage(doc.proof),
    validFrom: timestamp(doc.validFrom),
    validUntil: timestamp(doc.validUntil),
    state: CONSENT_STATE.toProto(doc.state),
    withdrawnAt: timestamp(doc.withdrawnAt),
    expiredAt: timestamp(doc.expiredAt),
    issuer,
  };
}

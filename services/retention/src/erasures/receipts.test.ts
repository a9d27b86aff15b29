import { generateKeyPairSync } from 'node:crypto';
import { keyIdOf } from '@lethe/platform/crypto';
import { ReceiptSigner, verifyReceipt } from './receipts';

const pem = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const content = {
  erasureId: 'e1',
  commandId: 'c1',
  tenantId: 't1',
  subjectId: 's1',
  mode: 'delete',
  reason: 'ERASURE_REASON_RETENTION_EXPIRED',
  trigger: 'retention-clock',
  issuedAt: new Date('2026-05-01T10:00:00Z'),
  completedAt: new Date('2026-05-01T10:05:00Z'),
  confirmations: [
    { service: 'candidates', outcome: 'done', at: new Date('2026-05-01T10:01:00Z') },
    { service: 'retention', outcome: 'nothing-held' },
  ],
};

describe('erasure receipts', () => {
  it('are signed over their exact bytes and verify offline with the published key, and with no other', () => {
    const signer = new ReceiptSigner(pem());
    const receipt = signer.sign(content);
    expect(receipt).toMatchObject({ algorithm: 'Ed25519', keyId: keyIdOf(signer.publicKey) });
    expect(JSON.parse(receipt.payloadJson)).toMatchObject({ type: 'lethe.erasure-receipt', erasureId: 'e1', confirmations: [{ service: 'candidates', outcome: 'done', at: '2026-05-01T10:01:00.000Z' }, { service: 'retention', outcome: 'nothing-held', at: null }] });
    expect(signer.sign(content).payloadJson).toBe(receipt.payloadJson);
    expect(verifyReceipt(receipt, signer.publicKeyPem)).toBe(true);
    expect(verifyReceipt({ ...receipt, payloadJson: receipt.payloadJson.replace('"delete"', '"reduce"') }, signer.publicKeyPem)).toBe(false);
    expect(verifyReceipt(receipt, new ReceiptSigner(pem()).publicKeyPem)).toBe(false);
    expect(verifyReceipt(receipt, 'not a key')).toBe(false);
  });

  it('name what a service kept and why, by field and code and as a sentence in German and English, signed with the rest', () => {
    const signer = new ReceiptSigner(pem());
    const kept = { fields: ['email', 'lastName'], reason: 'LINKED_CONTACT_PERSON' };
    const receipt = signer.sign({ ...content, confirmations: [{ service: 'candidates', outcome: 'done', retained: kept }] });
    const [candidates] = (JSON.parse(receipt.payloadJson) as { confirmations: { retained: { fields: string[]; reason: string; explanation: Record<string, string> } }[] }).confirmations;
    expect(candidates.retained).toMatchObject(kept);
    expect(candidates.retained.explanation.de).toMatch(/^Diese Angaben wurden nicht gelöscht: E-Mail-Adresse, Nachname\. Grund: Sie sind auch Ansprechpartner·in/);
    expect(candidates.retained.explanation.en).toMatch(/^These details were not deleted: email address, last name\. Why: you are also a contact person/);
    expect(verifyReceipt(receipt, signer.publicKeyPem)).toBe(true);
  });
});

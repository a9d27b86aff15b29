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
});

import { toTimestamp } from '@lethe/protos';
import type { ConsentDoc } from './model';
import { RECEIPT_VERSION, toReceipt } from './receipt';

const at = new Date('2024-05-01T10:00:00Z');

const granted: ConsentDoc = {
  _id: 'req-1',
  tenantId: 'tenant-1',
  subjectId: 'cand-1',
  kind: 'CONSENT_KIND_STORAGE',
  scope: 'storage',
  periodMonths: 12,
  clientName: 'ciphertext',
  language: 'en',
  textId: 'text-1',
  state: 'granted',
  requestedAt: at,
  requestedBy: 'recruiter-1',
  linkId: 'link-1',
  linkExpiresAt: at,
  consentId: 'con-1',
  proof: { method: 'GRANT_METHOD_LINK', actorId: 'cand-1', at, textId: 'text-1', textVersion: 3, textLanguage: 'en', textSha256: 'ab'.repeat(32) },
  validFrom: at,
  validUntil: new Date('2025-05-01T10:00:00Z'),
};

describe('a consent receipt', () => {
  it('proves the grant with ids, dates and the text, and names its issuer', () => {
    expect(toReceipt(granted, 'consent')).toEqual({
      receiptVersion: RECEIPT_VERSION,
      consentId: 'con-1',
      requestId: 'req-1',
      tenantId: 'tenant-1',
      subjectId: 'cand-1',
      kind: 'CONSENT_KIND_STORAGE',
      clientId: '',
      channel: 'CHANNEL_UNSPECIFIED',
      periodMonths: 12,
      proof: { ...granted.proof, at: toTimestamp(at), form: '' },
      validFrom: toTimestamp(at),
      validUntil: toTimestamp(granted.validUntil!),
      state: 'CONSENT_STATE_GRANTED',
      withdrawnAt: null,
      expiredAt: null,
      issuer: 'consent',
    });
  });

  it('holds nothing about the person, not even the encrypted client name', () => {
    expect(JSON.stringify(toReceipt(granted, 'consent'))).not.toContain('ciphertext');
  });

  it('says what became of the consent', () => {
    const withdrawnAt = new Date('2024-06-01T00:00:00Z');
    expect(toReceipt({ ...granted, state: 'withdrawn', withdrawnAt }, 'consent')).toMatchObject({ state: 'CONSENT_STATE_WITHDRAWN', withdrawnAt: toTimestamp(withdrawnAt) });
  });
});

// The consent service's part of the access protocol (ExportSubject): every request and consent of
// a person with its proof, the statement answered and its receipt, the links sent and their use,
// and what retention told consent, field by field as created, and nothing about anyone else.
import { status } from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import type { ExportRecord } from '@lethe/platform/export';
import { unaryCall } from '@lethe/platform/grpc';
import { exportSubject, uniqueName, waitFor } from '@lethe/platform/testkit';
import { fromTimestamp, TOPICS, toTimestamp, type Consent__Output } from '@lethe/protos';
import { statementOf } from '../src/texts/texts';
import { CLEAR_DATA, decideOnPage, erasureDriver, failure, requestClearData, sendRequest, startConsent, type ConsentClient, type ConsentKit, type ErasureDriver } from './kit';

let kit: ConsentKit;
let driver: ErasureDriver;

beforeAll(async () => {
  kit = await startConsent({ CONSENT_PUBLIC_URL: 'https://lethe.example.com' });
  driver = await erasureDriver(kit);
});
afterAll(async () => {
  await driver?.stop();
  await kit?.close();
});

const exportOf = (tenantId: string, subjectId: string) => exportSubject(kit.service, kit.auth, tenantId, subjectId);
const iso = (timestamp: Parameters<typeof fromTimestamp>[0]) => (timestamp ? fromTimestamp(timestamp)!.toISOString() : null);
const isoOf = (date: Date | undefined) => date?.toISOString() ?? null;

/** ListConsents' view of a request, as the export writes it: ISO times. */
function listed(consent: Consent__Output): ExportRecord {
  return {
    ...consent,
    requestedAt: iso(consent.requestedAt),
    linkExpiresAt: iso(consent.linkExpiresAt),
    proof: consent.proof ? { ...consent.proof, at: iso(consent.proof.at) } : null,
    validFrom: iso(consent.validFrom),
    validUntil: iso(consent.validUntil),
    withdrawnAt: iso(consent.withdrawnAt),
    expiredAt: iso(consent.expiredAt),
  };
}

/** What retention publishes when it marks a person and restores them. */
async function markAndRestore(tenantId: string, subjectId: string, markedAt: Date, restoredAt: Date): Promise<void> {
  await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
    { type: 'lethe.retention.v1.SubjectMarkedForDeletion', tenantId, subjectId, payload: { subjectId, mode: 'ERASURE_MODE_DELETE', markedAt: toTimestamp(markedAt), markedBy: 'dpo', earliestDeletionAt: toTimestamp(markedAt) } },
    { type: 'lethe.retention.v1.SubjectRestored', tenantId, subjectId, payload: { subjectId, restoredAt: toTimestamp(restoredAt), restoredBy: 'dpo' } },
  ]);
  await waitFor(async () => (await kit.consent().restrictions.of(tenantId, subjectId))?.mark?.open === false || undefined, 20_000, 'the restore');
}

describe('ExportSubject of the consent service', () => {
  const tenant = uniqueName('tenant');
  const subjectId = uniqueName('cand');
  const otherSubjectId = uniqueName('cand');
  let client: ConsentClient;

  beforeAll(async () => {
    client = await kit.client(tenant);
    // Another person of the tenant, asked for the same client; and a person of another tenant under the same id.
    const other = await requestClearData(client, otherSubjectId, 'client-a', 'Muster GmbH');
    await decideOnPage(kit.service.httpUrl, other.token);
    const elsewhere = await kit.client(uniqueName('tenant'));
    await requestClearData(elsewhere, subjectId, 'client-z', 'Fremdfirma AG');
  });

  it('holds every request with its proof, statement and receipt, the links and what retention decided, and nothing of anyone else', async () => {
    // Granted on the page through the link, then withdrawn by the recruiter.
    const granted = await requestClearData(client, subjectId, 'client-a', 'Muster GmbH');
    await decideOnPage(kit.service.httpUrl, granted.token);
    await unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    // Refused on the page.
    const storage = (await unaryCall(client, 'RequestConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE', periodMonths: 12 })).consent!;
    await decideOnPage(kit.service.httpUrl, (await sendRequest(client, storage.requestId)).token, 'decline');
    // Superseded by a newer request of its scope before it was answered; the newer one granted manually.
    const superseded = await requestClearData(client, subjectId, 'client-b', 'Beispiel AG');
    const manual = await requestClearData(client, subjectId, 'client-b', 'Beispiel AG');
    await unaryCall(client, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-b' });
    // Made and never sent.
    const unsent = (await unaryCall(client, 'RequestConsent', { subjectId, kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_SMS', language: 'en' })).consent!;
    const markedAt = new Date(Date.UTC(2027, 0, 15, 10, 0));
    const restoredAt = new Date(Date.UTC(2027, 0, 15, 11, 0));
    await markAndRestore(tenant, subjectId, markedAt, restoredAt);

    const { consents } = await unaryCall(client, 'ListConsents', { subjectId, page: { pageSize: 100, pageToken: '' } });
    const stored = new Map((await kit.consent().store.list(tenant, subjectId, 100, '')).items.map((doc) => [doc._id, doc]));
    const received = await exportOf(tenant, subjectId);
    expect(Object.keys(received.sections).sort()).toEqual(['consents', 'links', 'receipts', 'restrictions']);
    expect(received.files).toEqual([]);

    // The statements answered, as the page showed them (the built-in texts with the client filled in).
    const texts = kit.consent().texts;
    const clearDataText = await texts.latest(tenant, CLEAR_DATA, 'de');
    const statementFor = (clientName: string) => {
      const shown = statementOf(clearDataText, { clientName });
      return { textId: clearDataText.id, textVersion: clearDataText.version, language: 'de', title: shown.title, body: shown.body, sha256: shown.sha256 };
    };
    const closing = (requestId: string) => ({ closedAt: isoOf(stored.get(requestId)!.closedAt), closedBecause: stored.get(requestId)!.closedBecause ?? '' });

    expect(consents.map((consent) => consent.requestId)).toEqual([unsent.requestId, manual.requestId, superseded.requestId, storage.requestId, granted.requestId]);
    expect(received.sections.consents).toEqual([
      { ...listed(consents[0]!), ...closing(unsent.requestId), statement: null },
      { ...listed(consents[1]!), ...closing(manual.requestId), statement: statementFor('Beispiel AG') },
      { ...listed(consents[2]!), ...closing(superseded.requestId), statement: null },
      { ...listed(consents[3]!), ...closing(storage.requestId), statement: null },
      { ...listed(consents[4]!), ...closing(granted.requestId), statement: statementFor('Muster GmbH') },
    ]);
    const [unsentRecord, manualRecord, supersededRecord, storageRecord, grantedRecord] = received.sections.consents!;
    expect(unsentRecord).toMatchObject({ kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_SMS', language: 'en', state: 'CONSENT_STATE_REQUESTED', linkExpiresAt: null, proof: null, closedAt: null });
    expect(manualRecord).toMatchObject({ clientId: 'client-b', clientName: 'Beispiel AG', state: 'CONSENT_STATE_GRANTED', proof: { method: 'GRANT_METHOD_MANUAL', actorId: 'recruiter-1' } });
    expect(supersededRecord).toMatchObject({ clientName: 'Beispiel AG', state: 'CONSENT_STATE_CLOSED', closedBecause: 'superseded', closedAt: expect.any(String) as unknown });
    expect(storageRecord).toMatchObject({ kind: 'CONSENT_KIND_STORAGE', periodMonths: 12, state: 'CONSENT_STATE_DECLINED', proof: { method: 'GRANT_METHOD_UNSPECIFIED', actorId: subjectId, textSha256: '' } });
    expect(grantedRecord).toMatchObject({
      subjectId,
      clientId: 'client-a',
      clientName: 'Muster GmbH',
      state: 'CONSENT_STATE_WITHDRAWN',
      requestedBy: 'recruiter-1',
      withdrawnBy: 'recruiter-1',
      withdrawnAt: expect.any(String) as unknown,
      proof: { method: 'GRANT_METHOD_LINK', actorId: subjectId, textId: clearDataText.id, textLanguage: 'de', textSha256: statementFor('Muster GmbH').sha256, form: '' },
    });

    // One receipt per consent, as GetConsentReceipt issues it.
    const receiptOf = async (consentId: string) => {
      const receipt = await unaryCall(client, 'GetConsentReceipt', { consentId });
      return { ...receipt, proof: { ...receipt.proof!, at: iso(receipt.proof!.at) }, validFrom: iso(receipt.validFrom), validUntil: iso(receipt.validUntil), withdrawnAt: iso(receipt.withdrawnAt), expiredAt: iso(receipt.expiredAt) };
    };
    expect(received.sections.receipts).toEqual([await receiptOf(consents[1]!.consentId), await receiptOf(consents[4]!.consentId)]);
    expect(received.sections.receipts!.map((receipt) => receipt.state)).toEqual(['CONSENT_STATE_GRANTED', 'CONSENT_STATE_WITHDRAWN']);

    // The four links sent and their use: the page's grant and refusal, the replaced link, the manual grant.
    const links = [...received.sections.links!].sort((a, b) => String(a.issuedAt).localeCompare(String(b.issuedAt)));
    expect(links.map((link) => link.id)).toEqual([granted, storage, superseded, manual].map((request) => stored.get(request.requestId)!.linkId));
    expect(links.every((link) => link.purpose === 'consent' && typeof link.issuedAt === 'string' && typeof link.expiresAt === 'string')).toBe(true);
    expect(links.map((link) => link.scope)).toEqual(['client.client-a', 'storage', 'client.client-b', 'client.client-b']);
    expect(links.map((link) => link.usedAt !== undefined)).toEqual([true, true, false, true]);
    expect(links[2]!.expiresAt).toBe(supersededRecord!.closedAt);
    expect(Object.keys(links[0]!).sort()).toEqual(['expiresAt', 'id', 'issuedAt', 'purpose', 'scope', 'usedAt']);
    expect(Object.keys(links[2]!).sort()).toEqual(['expiresAt', 'id', 'issuedAt', 'purpose', 'scope']);

    expect(received.sections.restrictions).toEqual([{ mark: { open: false, at: restoredAt.toISOString() }, erasureRequest: null }]);

    // Nothing of the other person of the tenant, nor of the person under the same id in the other tenant; no ciphertexts or hashes.
    const json = JSON.stringify(received.sections);
    for (const foreign of [otherSubjectId, 'Fremdfirma AG', 'client-z', 'hash', '"_id"', 'ciphertext']) expect(json).not.toContain(foreign);
    expect(received.sections.consents!.every((consent) => consent.subjectId === subjectId)).toBe(true);
    expect(received.sections.receipts!.every((receipt) => receipt.subjectId === subjectId && receipt.tenantId === tenant)).toBe(true);
  });

  it('yields nothing about a person it does not hold', async () => {
    expect(await exportOf(tenant, uniqueName('nobody'))).toEqual({ sections: {}, files: [], bytes: 0 });
  });

  it('answers only retention’s service token', async () => {
    const asUser = exportSubject(kit.service, kit.auth, tenant, subjectId, { actorId: 'recruiter-1', actorKind: 'user', rights: [RIGHTS.exportSubjects, RIGHTS.readCandidates] });
    expect(await failure(asUser)).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
  });

  it('refuses a person once erased', async () => {
    const erased = uniqueName('cand');
    await requestClearData(client, erased);
    expect((await exportOf(tenant, erased)).sections.consents).toHaveLength(1);
    await driver.erase(tenant, erased);
    expect(await failure(exportOf(tenant, erased))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'SUBJECT_ERASED' });
  });
});

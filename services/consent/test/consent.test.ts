import { createHash } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { isId, newId } from '@lethe/platform/ids';
import { uniqueName } from '@lethe/platform/testkit';
import { fromTimestamp } from '@lethe/protos';
import { statementOf } from '../src/texts/texts';
import {
  ALL_RIGHTS,
  answer,
  checkClearData,
  CLEAR_DATA,
  ConsentService,
  decideOnPage,
  eventsOf,
  failure,
  openPage,
  requestClearData,
  sendRequest,
  startConsent,
  type ConsentClient,
  type ConsentKit,
} from './kit';

let kit: ConsentKit;
let tenant: string;
let client: ConsentClient;

beforeAll(async () => {
  kit = await startConsent({ CONSENT_PUBLIC_URL: 'https://lethe.example.com' });
  tenant = uniqueName('tenant');
  client = await kit.client(tenant);
});
afterAll(async () => {
  await kit?.close();
});

const subject = () => uniqueName('cand');

describe('clear-data consent through the link', () => {
  it('request → link → page → grant → CheckConsent true → withdraw → false, with events and a receipt', async () => {
    const subjectId = subject();
    expect(await checkClearData(client, subjectId)).toBe(false);
    const { requestId, token, linkUrl } = await requestClearData(client, subjectId);
    expect(linkUrl).toBe(`https://lethe.example.com/consent?token=${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [created] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentRequestCreated');
    expect(created.payload).toMatchObject({ requestId, subjectId, kind: CLEAR_DATA, clientId: 'client-a', requestedBy: 'recruiter-1' });

    const decided = await decideOnPage(kit.service.httpUrl, token);
    expect(decided.status).toBe(200);
    expect(decided.body).toContain('data-outcome="granted"');
    expect(await checkClearData(client, subjectId)).toBe(true);

    const [granted] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentGranted');
    expect(granted.payload).toMatchObject({ subjectId, kind: CLEAR_DATA, clientId: 'client-a', method: 'GRANT_METHOD_LINK', requestId, validUntil: null });
    const consentId = granted.payload.consentId as string;

    const receipt = await unaryCall(client, 'GetConsentReceipt', { consentId });
    // The hash is of the exact statement shown: the built-in text with the client company filled in.
    const shown = statementOf(await kit.consent().texts.latest(tenant, CLEAR_DATA, 'de'), { clientName: 'Muster GmbH' });
    expect(receipt).toMatchObject({
      receiptVersion: 'lethe.consent-receipt.v1',
      consentId,
      requestId,
      tenantId: tenant,
      subjectId,
      kind: CLEAR_DATA,
      clientId: 'client-a',
      state: 'CONSENT_STATE_GRANTED',
      issuer: 'consent',
      proof: { method: 'GRANT_METHOD_LINK', actorId: subjectId, textId: 'builtin.CONSENT_KIND_CLEAR_DATA_SHARING.de', textVersion: 0, textLanguage: 'de', textSha256: shown.sha256 },
    });
    expect(shown.body).toContain('Muster GmbH');

    const { withdrawn } = await unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]).toMatchObject({ state: 'CONSENT_STATE_WITHDRAWN', withdrawnBy: 'recruiter-1', clientName: 'Muster GmbH' });
    expect(await checkClearData(client, subjectId)).toBe(false);
    const [withdrawal] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentWithdrawn');
    expect(withdrawal.payload).toMatchObject({ consentId, subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    expect((await unaryCall(client, 'GetConsentReceipt', { consentId })).state).toBe('CONSENT_STATE_WITHDRAWN');
    // Nothing left to withdraw.
    expect((await failure(unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }))).code).toBe(status.NOT_FOUND);
  });

  it('refusing on the page records a decline and publishes it', async () => {
    const subjectId = subject();
    const { requestId, token } = await requestClearData(client, subjectId);
    const decided = await decideOnPage(kit.service.httpUrl, token, 'decline');
    expect(decided.body).toContain('data-outcome="declined"');
    expect(await checkClearData(client, subjectId)).toBe(false);
    const [declined] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentDeclined');
    expect(declined.payload).toMatchObject({ requestId, subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ state: 'CONSENT_STATE_DECLINED', proof: { actorId: subjectId } });
  });

  it('consent for client A says nothing about client B (per client, never blanket)', async () => {
    const subjectId = subject();
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId, 'client-a')).token);
    expect(await checkClearData(client, subjectId, 'client-a')).toBe(true);
    expect(await checkClearData(client, subjectId, 'client-b')).toBe(false);
    // No request for B: no manual grant either.
    expect((await failure(unaryCall(client, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-b' }))).reason).toBe('NO_CONSENT_REQUEST');
    // Withdrawing for B is not a withdrawal for A.
    expect((await failure(unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-b' }))).code).toBe(status.NOT_FOUND);
    expect(await checkClearData(client, subjectId, 'client-a')).toBe(true);
  });
});

describe('links act for the candidate: only messaging obtains them, with its service token', () => {
  const pageStatus = async (token: string) => (await openPage(kit.service.httpUrl, token)).status;
  const requestFor = async (subjectId: string, clientId = 'client-a') =>
    (await unaryCall(client, 'RequestConsent', { subjectId, kind: CLEAR_DATA, clientId, clientName: 'Muster GmbH' })).consent!.requestId;

  it('a recruiter obtains no link from any call, even with links:issue in the token; nor does a candidate or a service without the right', async () => {
    const subjectId = subject();
    const recruiter = await kit.client(tenant, [...ALL_RIGHTS, RIGHTS.issueLinks]);
    const made = await unaryCall(recruiter, 'RequestConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a', clientName: 'Muster GmbH' });
    expect(Object.keys(made)).toEqual(['consent']);
    const { requestId } = made.consent!;

    const candidate = createClient(ConsentService, kit.service.address, { token: await kit.auth.mint({ tenantId: tenant, actorId: subjectId, actorKind: 'candidate', rights: [RIGHTS.issueLinks] }) });
    const withoutRight = await kit.messaging(tenant, [RIGHTS.writeCandidates]);
    const denied = { code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' };
    try {
      for (const caller of [recruiter, candidate, withoutRight]) expect(await failure(unaryCall(caller, 'IssueRequestLink', { requestId }))).toMatchObject(denied);
    } finally {
      candidate.close();
    }
    // Nothing was issued: the request is still not sent.
    expect(await kit.consent().links.model.countDocuments({ tenantId: tenant, subjectId })).toBe(0);
    expect((await failure(unaryCall(recruiter, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }))).reason).toBe('NO_CONSENT_REQUEST');

    // Once messaging has the link, none of the recruiter's calls shows it.
    const link = await sendRequest(recruiter, requestId);
    const answers: unknown[] = [
      await unaryCall(recruiter, 'ListConsents', { subjectId }),
      await unaryCall(recruiter, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }),
      await unaryCall(recruiter, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }),
      await unaryCall(recruiter, 'RequestConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-b', clientName: 'Muster GmbH' }),
    ];
    const { consentId } = await unaryCall(recruiter, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    answers.push(await unaryCall(recruiter, 'GetConsentReceipt', { consentId }), await unaryCall(recruiter, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }));
    const shown = JSON.stringify(answers);
    expect(shown).toContain(requestId);
    expect(shown).not.toContain(link.token);
  });

  it('messaging gets a working link for a request of its tenant', async () => {
    const subjectId = subject();
    const requestId = await requestFor(subjectId);
    const messaging = await kit.messaging(tenant);
    const link = await unaryCall(messaging, 'IssueRequestLink', { requestId });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.url).toBe(`https://lethe.example.com/consent?token=${link.token}`);
    expect(fromTimestamp(link.expiresAt)).toEqual(new Date(kit.clock.now().getTime() + 30 * 86_400_000));

    // Another tenant's request does not exist for it; an id that is none is bad input.
    expect(await failure(unaryCall(await kit.messaging(uniqueName('tenant')), 'IssueRequestLink', { requestId }))).toMatchObject({ code: status.NOT_FOUND });
    expect(await failure(unaryCall(messaging, 'IssueRequestLink', { requestId: newId() }))).toMatchObject({ code: status.NOT_FOUND });
    expect(await failure(unaryCall(messaging, 'IssueRequestLink', { requestId: 'x' }))).toMatchObject({ code: status.INVALID_ARGUMENT, violations: [{ field: 'requestId' }] });

    expect((await decideOnPage(kit.service.httpUrl, link.token)).body).toContain('data-outcome="granted"');
    expect(await checkClearData(client, subjectId)).toBe(true);
  });

  it('a new link makes the one issued before stop working, also on a page opened with it', async () => {
    const subjectId = subject();
    const first = await requestClearData(client, subjectId);
    const openedBefore = await openPage(kit.service.httpUrl, first.token);
    const second = await sendRequest(client, first.requestId);
    expect(second.token).not.toBe(first.token);
    expect(await pageStatus(first.token)).toBe(410);
    const late = await answer(kit.service.httpUrl, { token: first.token, csrf: openedBefore.csrf, textId: openedBefore.textId, textMac: openedBefore.textMac, decision: 'grant' }, openedBefore.cookie);
    expect(late.status).toBe(410);
    expect(await checkClearData(client, subjectId)).toBe(false);
    const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
    expect(consents[0]).toMatchObject({ requestId: first.requestId, state: 'CONSENT_STATE_REQUESTED', linkExpiresAt: second.expiresAt });
    expect((await decideOnPage(kit.service.httpUrl, second.token)).body).toContain('data-outcome="granted"');
  });

  it('no link is issued for a request that was answered or closed, sent or not', async () => {
    const subjectId = subject();
    const messaging = await kit.messaging(tenant);
    const issue = (requestId: string) => failure(unaryCall(messaging, 'IssueRequestLink', { requestId }));
    const closed = { code: status.FAILED_PRECONDITION, reason: 'CONSENT_REQUEST_CLOSED' };
    const answered = { code: status.FAILED_PRECONDITION, reason: 'CONSENT_REQUEST_ANSWERED' };

    // A newer request closes the older ones, sent or not.
    const sent = await requestClearData(client, subjectId);
    const unsent = await requestFor(subjectId);
    const newest = await requestFor(subjectId);
    expect(await issue(sent.requestId)).toMatchObject(closed);
    expect(await issue(unsent)).toMatchObject(closed);
    expect(await pageStatus(sent.token)).toBe(410);

    // Answered through its link, or declined by the recruiter.
    await decideOnPage(kit.service.httpUrl, (await sendRequest(client, newest)).token);
    expect(await issue(newest)).toMatchObject(answered);
    const declined = await requestFor(subjectId, 'client-b');
    await unaryCall(client, 'Decline', { requestId: declined });
    expect(await issue(declined)).toMatchObject(answered);

    // A withdrawal closes the scope's open requests, also one never sent.
    const afterGrant = await requestFor(subjectId);
    await unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    expect(await issue(afterGrant)).toMatchObject(closed);
    expect(await kit.consent().links.model.countDocuments({ tenantId: tenant, subjectId })).toBe(2);
  });
});

describe('manual grant, only after a request was sent', () => {
  it('is refused without a request, and before it was sent; allowed once sent; the link is then used up', async () => {
    const subjectId = subject();
    const refused = await failure(unaryCall(client, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }));
    expect(refused).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'NO_CONSENT_REQUEST' });

    // Made but not sent yet (messaging has not had its link issued): not sent, so no manual grant.
    const { consent } = await unaryCall(client, 'RequestConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a', clientName: 'Muster GmbH' });
    const requestId = consent!.requestId;
    expect(await failure(unaryCall(client, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'NO_CONSENT_REQUEST' });

    const { token } = await sendRequest(client, requestId);
    const granted = await unaryCall(client, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    expect(granted).toMatchObject({ requestId, state: 'CONSENT_STATE_GRANTED', proof: { method: 'GRANT_METHOD_MANUAL', actorId: 'recruiter-1' } });
    expect(granted.proof!.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await checkClearData(client, subjectId)).toBe(true);
    const [event] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentGranted');
    expect(event.payload).toMatchObject({ method: 'GRANT_METHOD_MANUAL', requestId });

    // The request is answered: neither a second manual grant nor the link grants again.
    expect((await failure(unaryCall(client, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }))).reason).toBe('NO_CONSENT_REQUEST');
    const page = await fetch(`${kit.service.httpUrl}/consent?token=${token}`);
    expect(page.status).toBe(409);
  });

  it('needs the right consent:set-manually', async () => {
    const subjectId = subject();
    await requestClearData(client, subjectId);
    const withoutRight = await kit.client(tenant, [RIGHTS.readCandidates, RIGHTS.writeCandidates]);
    expect((await failure(unaryCall(withoutRight, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }))).code).toBe(status.PERMISSION_DENIED);
    expect(await checkClearData(client, subjectId)).toBe(false);
  });

  const grantManually = (subjectId: string) => unaryCall(client, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
  const pageStatus = async (token: string) => (await openPage(kit.service.httpUrl, token)).status;

  it('a newer request closes the older one: its link expires, and only the newer one can be granted', async () => {
    const subjectId = subject();
    const older = await requestClearData(client, subjectId);
    const openedBefore = await openPage(kit.service.httpUrl, older.token);
    const newer = await requestClearData(client, subjectId);
    expect(await pageStatus(older.token)).toBe(410);
    // A page opened before the newer request was made decides nothing either.
    const late = await answer(kit.service.httpUrl, { token: older.token, csrf: openedBefore.csrf, textId: openedBefore.textId, textMac: openedBefore.textMac, decision: 'grant' }, openedBefore.cookie);
    expect(late.status).toBe(410);
    expect(await checkClearData(client, subjectId)).toBe(false);
    expect(await pageStatus(newer.token)).toBe(200);
    const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
    const closed = consents.find((consent) => consent.requestId === older.requestId)!;
    // Never answered, and no longer answerable: the newer request closed it and ended its link.
    expect(closed.state).toBe('CONSENT_STATE_CLOSED');
    expect(fromTimestamp(closed.linkExpiresAt)!.getTime()).toBeLessThanOrEqual(kit.clock.now().getTime());
    expect((await failure(unaryCall(client, 'Decline', { requestId: older.requestId }))).reason).toBe('CONSENT_REQUEST_CLOSED');

    expect(await grantManually(subjectId)).toMatchObject({ requestId: newer.requestId, state: 'CONSENT_STATE_GRANTED' });
  });

  it('after the candidate refused the newest request, an older one cannot be granted manually', async () => {
    const subjectId = subject();
    await requestClearData(client, subjectId);
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId)).token, 'decline');
    expect((await failure(grantManually(subjectId))).reason).toBe('NO_CONSENT_REQUEST');
    expect(await checkClearData(client, subjectId)).toBe(false);
  });

  it('a decline closes every open request of the scope, also one left open before requests superseded each other', async () => {
    const subjectId = subject();
    const older = await requestClearData(client, subjectId);
    const newer = await requestClearData(client, subjectId);
    // As the code before superseding left it: both requests open.
    const { store } = kit.consent();
    await store.repository.updateOne(tenant, { _id: older.requestId }, { $unset: { closedAt: 1, closedBecause: 1 }, $set: { linkExpiresAt: new Date(kit.clock.now().getTime() + 86_400_000) } });
    await unaryCall(client, 'Decline', { requestId: newer.requestId });
    expect((await failure(grantManually(subjectId))).reason).toBe('NO_CONSENT_REQUEST');
    expect(await store.repository.findById(tenant, older.requestId)).toMatchObject({ state: 'requested', closedBecause: 'declined' });
  });

  it('a withdrawal closes the open requests of the scope', async () => {
    const subjectId = subject();
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId)).token);
    const again = await requestClearData(client, subjectId);
    await unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    expect((await failure(grantManually(subjectId))).reason).toBe('NO_CONSENT_REQUEST');
    expect(await pageStatus(again.token)).toBe(410);
    expect(await checkClearData(client, subjectId)).toBe(false);
  });

  it('needs a request whose link has not expired; a new link sends it again', async () => {
    const subjectId = subject();
    const { requestId } = await requestClearData(client, subjectId);
    kit.clock.set(new Date(kit.clock.now().getTime() + 31 * 86_400_000));
    try {
      expect((await failure(grantManually(subjectId))).reason).toBe('NO_CONSENT_REQUEST');
      // Messaging sends the open request again (a reminder): it counts as sent from then.
      await sendRequest(client, requestId);
      expect(await grantManually(subjectId)).toMatchObject({ requestId, state: 'CONSENT_STATE_GRANTED' });
    } finally {
      kit.clock.set(new Date());
    }
  });

  it('Decline by the recruiter ends an unanswered request once', async () => {
    const subjectId = subject();
    const { requestId, token } = await requestClearData(client, subjectId);
    expect(await unaryCall(client, 'Decline', { requestId })).toMatchObject({ state: 'CONSENT_STATE_DECLINED', proof: { actorId: 'recruiter-1' } });
    expect((await failure(unaryCall(client, 'Decline', { requestId }))).reason).toBe('CONSENT_REQUEST_ANSWERED');
    expect((await fetch(`${kit.service.httpUrl}/consent?token=${token}`)).status).toBe(409);
  });
});

describe('storage and campaign consent', () => {
  it('storage consent holds for its period and the sweep ends it with an expiry event', async () => {
    const subjectId = subject();
    const { consent } = await unaryCall(client, 'RequestConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE', periodMonths: 6 });
    expect(consent).toMatchObject({ periodMonths: 6, state: 'CONSENT_STATE_REQUESTED' });
    const page = await decideOnPage(kit.service.httpUrl, (await sendRequest(client, consent!.requestId)).token);
    expect(page.status).toBe(200);
    const check = await unaryCall(client, 'CheckConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE' });
    expect(check.granted).toBe(true);
    const validUntil = fromTimestamp(check.validUntil)!;
    expect(Math.round((validUntil.getTime() - kit.clock.now().getTime()) / (24 * 3600_000))).toBeGreaterThanOrEqual(180);

    const sweep = (now: Date) => kit.consent().consents.sweep(now);
    expect((await sweep(kit.clock.now())).expired).toBe(0);
    kit.clock.set(new Date(validUntil.getTime() + 1000));
    try {
      // Even before the sweep, a check past the period says no.
      expect((await unaryCall(client, 'CheckConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE' })).granted).toBe(false);
      expect((await sweep(kit.clock.now())).expired).toBeGreaterThanOrEqual(1);
      expect((await sweep(kit.clock.now())).expired).toBe(0);
    } finally {
      kit.clock.set(new Date());
    }
    const [expired] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentExpired');
    expect(expired.payload).toMatchObject({ subjectId, kind: 'CONSENT_KIND_STORAGE', consentId: check.consentId });
    expect(fromTimestamp(expired.payload.expiredAt as never)).toEqual(validUntil);
    const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
    expect(consents[0]).toMatchObject({ state: 'CONSENT_STATE_EXPIRED' });
  });

  it('campaign consent is per channel', async () => {
    const subjectId = subject();
    const { consent } = await unaryCall(client, 'RequestConsent', { subjectId, kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_SMS', language: 'en' });
    await decideOnPage(kit.service.httpUrl, (await sendRequest(client, consent!.requestId)).token);
    expect((await unaryCall(client, 'CheckConsent', { subjectId, kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_SMS' })).granted).toBe(true);
    expect((await unaryCall(client, 'CheckConsent', { subjectId, kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_EMAIL' })).granted).toBe(false);
    expect((await unaryCall(client, 'CheckConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE' })).granted).toBe(false);
  });
});

describe('settings and texts', () => {
  it('settings default to consent required and 30-day links, are versioned, and drive CheckConsent and link validity', async () => {
    const own = await kit.client(uniqueName('tenant'));
    const defaults = await unaryCall(own, 'GetConsentSettings', {});
    expect(defaults).toMatchObject({ dataSharingPolicy: 'DATA_SHARING_POLICY_CONSENT_REQUIRED', showAttachments: false, showConsentHint: true, linkValidityDays: 30, version: 0 });
    const subjectId = subject();
    const { consent } = await unaryCall(own, 'RequestConsent', { subjectId, kind: CLEAR_DATA, clientId: 'c1', clientName: 'Kunde AG' });
    // Not sent yet: no link, so no expiry; the link's validity counts from when messaging gets it.
    expect(consent!.linkExpiresAt).toBeNull();
    const daysValid = (link: { expiresAt: Parameters<typeof fromTimestamp>[0] }) => (fromTimestamp(link.expiresAt)!.getTime() - kit.clock.now().getTime()) / 86_400_000;
    const link = await sendRequest(own, consent!.requestId);
    expect(daysValid(link)).toBe(30);
    expect((await unaryCall(own, 'ListConsents', { subjectId })).consents[0].linkExpiresAt).toEqual(link.expiresAt);
    expect((await unaryCall(own, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'c1' })).consentRequired).toBe(true);

    const updated = await unaryCall(own, 'UpdateConsentSettings', {
      settings: { dataSharingPolicy: 'DATA_SHARING_POLICY_NO_CONSENT_REQUIRED', showAttachments: true, showConsentHint: false, linkValidityDays: 7 },
      expectedVersion: 0,
    });
    expect(updated).toMatchObject({ version: 1, updatedBy: 'recruiter-1', linkValidityDays: 7 });
    // The cached check was evicted with the change.
    expect((await unaryCall(own, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'c1' })).consentRequired).toBe(false);
    const second = await unaryCall(own, 'RequestConsent', { subjectId, kind: CLEAR_DATA, clientId: 'c1', clientName: 'Kunde AG' });
    expect(daysValid(await sendRequest(own, second.consent!.requestId))).toBe(7);
    const stale = await failure(
      unaryCall(own, 'UpdateConsentSettings', { settings: { ...updated, linkValidityDays: 8 }, expectedVersion: 0 }).then(() =>
        unaryCall(own, 'UpdateConsentSettings', { settings: { ...updated, linkValidityDays: 9 }, expectedVersion: 1 }),
      ),
    );
    expect(stale).toMatchObject({ code: status.ABORTED, reason: 'VERSION_MISMATCH' });
  });

  it('texts are versioned per kind and language; the page shows the latest and the grant proves its hash', async () => {
    const own = await kit.client(uniqueName('tenant'));
    const first = await unaryCall(own, 'PublishConsentText', { kind: CLEAR_DATA, language: 'de', title: 'Freigabe', body: 'Version eins für {client}.' });
    const second = await unaryCall(own, 'PublishConsentText', { kind: CLEAR_DATA, language: 'de', title: 'Freigabe', body: 'Version zwei für {client}.' });
    expect([first.version, second.version]).toEqual([1, 2]);
    expect((await unaryCall(own, 'ListConsentTexts', { kind: CLEAR_DATA })).texts.map((text) => text.version)).toEqual([2, 1]);

    const subjectId = subject();
    const { token } = await requestClearData(own, subjectId, 'client-t', 'Textfirma GmbH');
    await decideOnPage(kit.service.httpUrl, token);
    const { consentId } = await unaryCall(own, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-t' });
    const receipt = await unaryCall(own, 'GetConsentReceipt', { consentId });
    const shown = createHash('sha256').update('Freigabe\n\nVersion zwei für Textfirma GmbH.').digest('hex');
    expect(receipt.proof).toMatchObject({ textId: second.id, textVersion: 2, textLanguage: 'de', textSha256: shown });
  });
});

describe('ListConsents', () => {
  it('lists newest first, and its page tokens still hold after a newer request arrives', async () => {
    const subjectId = subject();
    const made: string[] = [];
    for (const clientId of ['client-1', 'client-2', 'client-3']) made.push((await requestClearData(client, subjectId, clientId)).requestId);
    const newestFirst = [...made].reverse();
    expect((await unaryCall(client, 'ListConsents', { subjectId })).consents.map((consent) => consent.requestId)).toEqual(newestFirst);

    const first = await unaryCall(client, 'ListConsents', { subjectId, page: { pageSize: 2, pageToken: '' } });
    expect(first.consents.map((consent) => consent.requestId)).toEqual(newestFirst.slice(0, 2));
    // A request made between two pages goes to the top; the next page goes on where the first ended.
    await requestClearData(client, subjectId, 'client-4');
    const second = await unaryCall(client, 'ListConsents', { subjectId, page: { pageSize: 2, pageToken: first.page!.nextPageToken } });
    expect(second.consents.map((consent) => consent.requestId)).toEqual(newestFirst.slice(2));
    expect(second.page!.nextPageToken).toBe('');
  });

  it('ids made within one millisecond still sort in the order they were made', () => {
    const ids = Array.from({ length: 2_000 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isId(id)).toBe(true);
  });
});

describe('tenant isolation', () => {
  it('another tenant sees nothing of this tenant’s requests, consents or receipts', async () => {
    const subjectId = subject();
    const { requestId, token } = await requestClearData(client, subjectId);
    await decideOnPage(kit.service.httpUrl, token);
    const { consentId } = await unaryCall(client, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });

    const other = await kit.client(uniqueName('tenant'));
    expect(await checkClearData(other, subjectId)).toBe(false);
    expect((await unaryCall(other, 'ListConsents', { subjectId })).consents).toEqual([]);
    expect((await failure(unaryCall(other, 'GetConsentReceipt', { consentId }))).code).toBe(status.NOT_FOUND);
    expect((await failure(unaryCall(other, 'Decline', { requestId }))).code).toBe(status.NOT_FOUND);
    expect((await failure(unaryCall(other, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }))).reason).toBe('NO_CONSENT_REQUEST');
    expect((await failure(unaryCall(other, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }))).code).toBe(status.NOT_FOUND);
    expect(await checkClearData(client, subjectId)).toBe(true);
  });
});

describe('bad input changes nothing', () => {
  const violations = async (call: Promise<unknown>) => {
    const details = await failure(call);
    expect(details.code).toBe(status.INVALID_ARGUMENT);
    return [...new Set(details.violations.map((violation) => violation.field))].sort();
  };

  it('RequestConsent', async () => {
    const subjectId = subject();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ subjectId: '', kind: CLEAR_DATA, clientId: 'c', clientName: 'X' }, ['subjectId']],
      [{ subjectId: 'bad id!', kind: CLEAR_DATA, clientId: 'c', clientName: 'X' }, ['subjectId']],
      [{ subjectId, kind: 'CONSENT_KIND_UNSPECIFIED' }, ['kind']],
      [{ subjectId, kind: CLEAR_DATA, clientName: 'X' }, ['clientId']],
      [{ subjectId, kind: CLEAR_DATA, clientId: 'c' }, ['clientName']],
      [{ subjectId, kind: CLEAR_DATA, clientId: 'c/../d', clientName: 'X' }, ['clientId']],
      [{ subjectId, kind: CLEAR_DATA, clientId: 'c', clientName: 'X'.repeat(201) }, ['clientName']],
      [{ subjectId, kind: CLEAR_DATA, clientId: 'c', clientName: 'X', channel: 'CHANNEL_SMS' }, ['channel']],
      [{ subjectId, kind: CLEAR_DATA, clientId: 'c', clientName: 'X', periodMonths: 3 }, ['periodMonths']],
      [{ subjectId, kind: 'CONSENT_KIND_STORAGE' }, ['periodMonths']],
      [{ subjectId, kind: 'CONSENT_KIND_STORAGE', periodMonths: 61 }, ['periodMonths']],
      [{ subjectId, kind: 'CONSENT_KIND_STORAGE', periodMonths: 6, clientId: 'c' }, ['clientId']],
      [{ subjectId, kind: 'CONSENT_KIND_CAMPAIGN' }, ['channel']],
      [{ subjectId, kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_SMS', language: 'fr' }, ['language']],
    ];
    for (const [request, fields] of cases) expect(await violations(unaryCall(client, 'RequestConsent', request as never))).toEqual(fields);
    expect((await unaryCall(client, 'ListConsents', { subjectId })).consents).toEqual([]);
    expect(kit.events.filter((event) => event.subjectId === subjectId)).toEqual([]);
  });

  it('the other calls', async () => {
    const subjectId = subject();
    expect(await violations(unaryCall(client, 'CheckConsent', { subjectId, kind: CLEAR_DATA }))).toEqual(['clientId']);
    expect(await violations(unaryCall(client, 'CheckConsent', { subjectId: '', kind: 'CONSENT_KIND_STORAGE' }))).toEqual(['subjectId']);
    expect(await violations(unaryCall(client, 'GrantManually', { subjectId, kind: 'CONSENT_KIND_CAMPAIGN', channel: 'CHANNEL_UNSPECIFIED' }))).toEqual(['channel']);
    expect(await violations(unaryCall(client, 'Withdraw', { subjectId, kind: 'CONSENT_KIND_UNSPECIFIED' }))).toEqual(['kind']);
    expect(await violations(unaryCall(client, 'Decline', { requestId: 'x' }))).toEqual(['requestId']);
    expect(await violations(unaryCall(client, 'GetConsentReceipt', { consentId: '' }))).toEqual(['consentId']);
    expect(await violations(unaryCall(client, 'ListConsents', { subjectId, page: { pageSize: -1, pageToken: '' } }))).toEqual(['page.pageSize']);
    expect(await violations(unaryCall(client, 'ListConsents', { subjectId, page: { pageSize: 1, pageToken: 'nope' } }))).toEqual(['pageToken']);
    expect(await violations(unaryCall(client, 'UpdateConsentSettings', { expectedVersion: 0 }))).toEqual(['settings']);
    expect(
      await violations(
        unaryCall(client, 'UpdateConsentSettings', { settings: { dataSharingPolicy: 'DATA_SHARING_POLICY_UNSPECIFIED', showAttachments: false, showConsentHint: true, linkValidityDays: 0 }, expectedVersion: 0 }),
      ),
    ).toEqual(['settings.dataSharingPolicy', 'settings.linkValidityDays']);
    expect(await violations(unaryCall(client, 'PublishConsentText', { kind: CLEAR_DATA, language: 'xx', title: '', body: 'b'.repeat(5001) }))).toEqual(['body', 'language', 'title']);
    expect(await violations(unaryCall(client, 'ListConsentTexts', { kind: 'CONSENT_KIND_UNSPECIFIED', language: 'fr' }))).toEqual(['language']);
    expect((await unaryCall(client, 'GetConsentSettings', {})).version).toBe(0);
  });

  it('calls without the right are refused', async () => {
    const reader = await kit.client(tenant, [RIGHTS.readCandidates]);
    const subjectId = subject();
    // One call at a time: a refusal arriving before its turn would be an unhandled rejection.
    for (const call of [
      () => unaryCall(reader, 'RequestConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE', periodMonths: 3 }),
      () => unaryCall(reader, 'Withdraw', { subjectId, kind: 'CONSENT_KIND_STORAGE' }),
      () => unaryCall(reader, 'UpdateConsentSettings', { settings: { dataSharingPolicy: 'DATA_SHARING_POLICY_CONSENT_REQUIRED', showAttachments: false, showConsentHint: true, linkValidityDays: 3 }, expectedVersion: 0 }),
      () => unaryCall(reader, 'PublishConsentText', { kind: CLEAR_DATA, language: 'de', title: 't', body: 'b' }),
    ]) {
      expect((await failure(call())).code).toBe(status.PERMISSION_DENIED);
    }
    const nobody = await kit.client(tenant, []);
    expect((await failure(unaryCall(nobody, 'CheckConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE' }))).code).toBe(status.PERMISSION_DENIED);
  });
});

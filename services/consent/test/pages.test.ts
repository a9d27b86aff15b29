import { createHash } from 'node:crypto';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { answer, checkClearData, CLEAR_DATA, decideOnPage, openPage, requestClearData, sendRequest, startConsent, type ConsentClient, type ConsentKit, type OpenedPage } from './kit';

let kit: ConsentKit;
let tenant: string;
let client: ConsentClient;

beforeAll(async () => {
  kit = await startConsent();
  tenant = uniqueName('tenant');
  client = await kit.client(tenant);
});
afterAll(async () => {
  await kit?.close();
});

const subject = () => uniqueName('cand');

/** The same token with one character changed. */
function tampered(token: string): string {
  return token.slice(0, 20) + (token[20] === 'A' ? 'B' : 'A') + token.slice(21);
}

async function grantsOf(subjectId: string): Promise<number> {
  const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
  return consents.filter((consent) => consent.state === 'CONSENT_STATE_GRANTED').length;
}

describe('the consent page', () => {
  it('names the client company, the purpose, the period and the text, in the link\'s language or the one chosen with the switch', async () => {
    const { token } = await requestClearData(client, subject(), 'client-a', 'Beispiel & Söhne <GmbH>');
    const german = await openPage(kit.service.httpUrl, token, 'de-DE,de;q=0.9,en;q=0.5');
    expect(german.status).toBe(200);
    expect(german.html).toContain('<html lang="de">');
    // Escaped: what the recruiter typed can never become markup.
    expect(german.html).toContain('Beispiel &amp; Söhne &lt;GmbH&gt;');
    expect(german.html).not.toContain('<GmbH>');
    expect(german.html).toContain('Weitergabe Ihres vollständigen Profils');
    expect(german.html).toContain('bis zum Widerruf');
    expect(german.html).toContain('Ich willige ein');
    expect(german.textId).toBe('builtin.CONSENT_KIND_CLEAR_DATA_SHARING.de');

    // The link was issued in German: the browser's preference does not override it, the switch does.
    expect((await openPage(kit.service.httpUrl, token, 'en-GB,en;q=0.9,de;q=0.1')).html).toContain('<html lang="de">');
    const english = await openPage(kit.service.httpUrl, token, 'en-GB,en;q=0.9,de;q=0.1', 'en');
    expect(english.html).toContain('<html lang="en">');
    expect(english.html).toContain('I consent');
    expect(english.html).toContain('Sharing your complete profile');
    expect(english.textId).toBe('builtin.CONSENT_KIND_CLEAR_DATA_SHARING.en');
    expect(english.headers.get('content-language')).toBe('en');

    const storage = await unaryCall(client, 'RequestConsent', { subjectId: subject(), kind: 'CONSENT_KIND_STORAGE', periodMonths: 18 });
    const page = await openPage(kit.service.httpUrl, (await sendRequest(client, storage.consent!.requestId)).token);
    expect(page.html).toContain('18 Monate');
  });

  it('is served with strict security headers: CSP without scripts, no referrer, no caching', async () => {
    const { token } = await requestClearData(client, subject());
    const page = await openPage(kit.service.httpUrl, token);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('script-src');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.html).not.toContain('<script');
    expect(page.cookie).toMatch(/^consent_csrf=[A-Za-z0-9_-]+$/);
    const cookie = page.headers.get('set-cookie')!;
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    for (const outcome of [await openPage(kit.service.httpUrl, 'A'.repeat(43))]) {
      expect(outcome.headers.get('referrer-policy')).toBe('no-referrer');
      expect(outcome.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('token attacks grant nothing', () => {
  it('GET-only prefetch (mail scanners, link previews) never decides', async () => {
    const subjectId = subject();
    const { token, requestId } = await requestClearData(client, subjectId);
    for (let i = 0; i < 5; i++) expect((await openPage(kit.service.httpUrl, token)).status).toBe(200);
    const head = await fetch(`${kit.service.httpUrl}/consent?token=${token}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await grantsOf(subjectId)).toBe(0);
    expect(await checkClearData(client, subjectId)).toBe(false);
    const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
    expect(consents).toMatchObject([{ requestId, state: 'CONSENT_STATE_REQUESTED' }]);
    // The link still works for the candidate afterwards.
    expect((await decideOnPage(kit.service.httpUrl, token)).status).toBe(200);
    expect(await grantsOf(subjectId)).toBe(1);
  });

  it('replay: a used link neither opens nor decides again', async () => {
    const subjectId = subject();
    const { token } = await requestClearData(client, subjectId);
    const page = await openPage(kit.service.httpUrl, token);
    const form = { token, csrf: page.csrf, textId: page.textId, textMac: page.textMac, decision: 'grant' };
    expect((await answer(kit.service.httpUrl, form, page.cookie)).status).toBe(200);
    const replay = await answer(kit.service.httpUrl, form, page.cookie);
    expect(replay.status).toBe(409);
    expect(replay.body).toContain('data-outcome="used"');
    const declineReplay = await answer(kit.service.httpUrl, { ...form, decision: 'decline' }, page.cookie);
    expect(declineReplay.status).toBe(409);
    const reopened = await openPage(kit.service.httpUrl, token);
    expect(reopened.status).toBe(409);
    expect(reopened.html).toContain('Link bereits verwendet');
    expect(await grantsOf(subjectId)).toBe(1);
    expect((await unaryCall(client, 'ListConsents', { subjectId })).consents[0].state).toBe('CONSENT_STATE_GRANTED');
  });

  it('two concurrent answers: exactly one is recorded', async () => {
    const subjectId = subject();
    const { token } = await requestClearData(client, subjectId);
    const page = await openPage(kit.service.httpUrl, token);
    const results = await Promise.all(
      ['grant', 'decline', 'grant', 'decline'].map((decision) => answer(kit.service.httpUrl, { token, csrf: page.csrf, textId: page.textId, textMac: page.textMac, decision }, page.cookie)),
    );
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
    expect(results.filter((result) => result.status === 409)).toHaveLength(3);
    const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
    expect(consents).toHaveLength(1);
    expect(['CONSENT_STATE_GRANTED', 'CONSENT_STATE_DECLINED']).toContain(consents[0].state);
  });

  it('a link token of another purpose, subject or tenant opens nothing', async () => {
    const subjectId = subject();
    const { requestId } = await requestClearData(client, subjectId);
    const { consents, links } = kit.consent();
    const now = kit.clock.now();
    const ttlMs = 86_400_000;
    const forged = [
      // Another purpose (e.g. an erasure-request link of the same person and tenant).
      await links.issue({ tenantId: tenant, subjectId, purpose: 'erasure-request', scope: 'client.client-a', ttlMs, now }),
      // The right purpose and scope, but another subject or another tenant than the request's.
      await links.issue({ tenantId: tenant, subjectId: subject(), purpose: 'consent', scope: 'client.client-a', ttlMs, now }),
      await links.issue({ tenantId: uniqueName('tenant'), subjectId, purpose: 'consent', scope: 'client.client-a', ttlMs, now }),
    ];
    for (const { token } of forged) {
      const page = await openPage(kit.service.httpUrl, token);
      expect(page.status).toBe(404);
      expect(page.html).toContain('data-outcome="invalid"');
    }
    // Even with a valid CSRF pair from a real page, a forged token decides nothing.
    const real = await requestClearData(client, subject());
    const page = await openPage(kit.service.httpUrl, real.token);
    for (const { token } of forged) {
      const posted = await answer(kit.service.httpUrl, { token, csrf: page.csrf, textId: page.textId, textMac: page.textMac, decision: 'grant' }, page.cookie);
      expect(posted.status).toBe(403);
    }
    // Nor does it behind the form: the answer refuses every forged binding.
    for (const { token } of forged) expect(await consents.answer(token, 'grant', 'builtin.CONSENT_KIND_CLEAR_DATA_SHARING.de', now)).toEqual({ ok: false, reason: 'invalid' });
    expect(await grantsOf(subjectId)).toBe(0);
    expect((await unaryCall(client, 'ListConsents', { subjectId })).consents).toMatchObject([{ requestId, state: 'CONSENT_STATE_REQUESTED' }]);
  });

  it('an expired link shows the expired page and decides nothing', async () => {
    const subjectId = subject();
    const { token } = await requestClearData(client, subjectId);
    const page = await openPage(kit.service.httpUrl, token);
    kit.clock.advance({ days: 31 });
    try {
      const expired = await openPage(kit.service.httpUrl, token, 'en');
      expect(expired.status).toBe(410);
      expect(expired.html).toContain('Link expired');
      const posted = await answer(kit.service.httpUrl, { token, csrf: page.csrf, textId: page.textId, textMac: page.textMac, decision: 'grant' }, page.cookie);
      expect(posted.status).toBe(410);
    } finally {
      kit.clock.set(new Date());
    }
    expect(await grantsOf(subjectId)).toBe(0);
  });

  it('a tampered, truncated or missing token is invalid', async () => {
    const subjectId = subject();
    const { token } = await requestClearData(client, subjectId);
    for (const bad of [tampered(token), token.slice(0, 42), `${token}x`, '']) {
      const page = await openPage(kit.service.httpUrl, bad);
      expect(page.status).toBe(404);
      expect(page.html).toContain('Ungültiger Link');
    }
    expect((await fetch(`${kit.service.httpUrl}/consent`)).status).toBe(404);
    expect((await fetch(`${kit.service.httpUrl}/consent?token=a&token=b`)).status).toBe(404);
    const page = await openPage(kit.service.httpUrl, token);
    const posted = await answer(kit.service.httpUrl, { token: tampered(token), csrf: page.csrf, textId: page.textId, textMac: page.textMac, decision: 'grant' }, page.cookie);
    expect(posted.status).toBe(403);
    expect(await grantsOf(subjectId)).toBe(0);
  });
});

describe('CSRF protection of the answer', () => {
  it('refuses a POST without the page’s cookie, with another page’s cookie, or with a forged token', async () => {
    const subjectId = subject();
    const { token } = await requestClearData(client, subjectId);
    const page = await openPage(kit.service.httpUrl, token);
    const other = await openPage(kit.service.httpUrl, (await requestClearData(client, subject())).token);
    const form = { token, csrf: page.csrf, textId: page.textId, textMac: page.textMac, decision: 'grant' };
    const attempts = [
      answer(kit.service.httpUrl, form),
      answer(kit.service.httpUrl, form, other.cookie),
      answer(kit.service.httpUrl, { ...form, csrf: other.csrf }, page.cookie),
      answer(kit.service.httpUrl, { ...form, csrf: 'A'.repeat(43) }, page.cookie),
      answer(kit.service.httpUrl, form, 'consent_csrf=attacker-chosen'),
    ];
    for (const attempt of await Promise.all(attempts)) {
      expect(attempt.status).toBe(403);
      expect(attempt.contentType).toContain('application/problem+json');
      expect(JSON.parse(attempt.body)).toMatchObject({ reason: 'CSRF_CHECK_FAILED' });
    }
    expect(await grantsOf(subjectId)).toBe(0);
    // The link is not used up by the refused attempts.
    expect((await answer(kit.service.httpUrl, form, page.cookie)).status).toBe(200);
    expect(await grantsOf(subjectId)).toBe(1);
  });

  it('bad form input is a 400 problem and changes nothing', async () => {
    const subjectId = subject();
    const { token } = await requestClearData(client, subjectId);
    const page = await openPage(kit.service.httpUrl, token);
    const good = { token, csrf: page.csrf, textId: page.textId, textMac: page.textMac, decision: 'grant' };
    const cases: [Record<string, string | undefined>, string][] = [
      [{ ...good, decision: 'maybe' }, 'decision'],
      [{ ...good, decision: undefined }, 'decision'],
      [{ ...good, csrf: undefined }, 'csrf'],
      [{ ...good, csrf: 'bad csrf!' }, 'csrf'],
      [{ ...good, textId: '' }, 'textId'],
      [{ ...good, textId: '$where' }, 'textId'],
      [{ ...good, textMac: undefined }, 'textMac'],
      [{ ...good, textMac: 'bad mac!' }, 'textMac'],
      [{ ...good, token: 'x'.repeat(101) }, 'token'],
      [{ ...good, lang: 'fr' }, 'lang'],
    ];
    for (const [form, field] of cases) {
      const result = await answer(kit.service.httpUrl, form, page.cookie);
      expect(result.status).toBe(400);
      expect(result.contentType).toContain('application/problem+json');
      expect(JSON.parse(result.body).violations.map((violation: { field: string }) => violation.field)).toContain(field);
    }
    const json = await fetch(`${kit.service.httpUrl}/consent`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: page.cookie! }, body: '{"token":' });
    expect(json.status).toBe(400);
    // A text id of another kind or an unknown one is not a text that was shown: nothing is decided, the link stays usable.
    for (const textId of ['builtin.CONSENT_KIND_STORAGE.de', 'no-such-text']) {
      const wrongText = await answer(kit.service.httpUrl, { ...good, textId }, page.cookie);
      expect(wrongText.status).toBe(400);
      expect(JSON.parse(wrongText.body).violations).toEqual([expect.objectContaining({ field: 'textId', code: 'not_shown' })]);
    }
    expect(await grantsOf(subjectId)).toBe(0);
    expect((await answer(kit.service.httpUrl, good, page.cookie)).status).toBe(200);
  });
});

describe('the answer proves the text the page showed', () => {
  it('refuses a text id of an older or newer version, or of the other language, and records the version shown', async () => {
    const own = await kit.client(uniqueName('tenant'));
    const first = await unaryCall(own, 'PublishConsentText', { kind: CLEAR_DATA, language: 'de', title: 'Freigabe', body: 'Version eins für {client}.' });
    const subjectId = subject();
    const { token } = await requestClearData(own, subjectId, 'client-v', 'Versionsfirma GmbH');
    const shownFirst = await openPage(kit.service.httpUrl, token);
    expect(shownFirst.textId).toBe(first.id);
    // The tenant publishes a newer version while the page is open; a page opened now shows it.
    const second = await unaryCall(own, 'PublishConsentText', { kind: CLEAR_DATA, language: 'de', title: 'Freigabe', body: 'Version zwei für {client}.' });
    const shownSecond = await openPage(kit.service.httpUrl, token);
    expect(shownSecond.textId).toBe(second.id);

    const formOf = (page: OpenedPage, textId = page.textId) => ({ token, csrf: page.csrf, textId, textMac: page.textMac, decision: 'grant' });
    const chosen: [OpenedPage, string][] = [
      [shownFirst, second.id], // newer than shown
      [shownSecond, first.id], // older than shown
      [shownSecond, 'builtin.CONSENT_KIND_CLEAR_DATA_SHARING.de'], // the built-in version 0
      [shownSecond, 'builtin.CONSENT_KIND_CLEAR_DATA_SHARING.en'], // another language
    ];
    for (const [page, textId] of chosen) {
      const refused = await answer(kit.service.httpUrl, formOf(page, textId), page.cookie);
      expect(refused.status).toBe(400);
      expect(refused.contentType).toContain('application/problem+json');
      expect(JSON.parse(refused.body).violations).toEqual([expect.objectContaining({ field: 'textId', code: 'not_shown' })]);
    }
    const { consents } = await unaryCall(own, 'ListConsents', { subjectId });
    expect(consents).toMatchObject([{ state: 'CONSENT_STATE_REQUESTED' }]);

    // The link was not used up: the page opened first grants, and proves the version it showed.
    expect((await answer(kit.service.httpUrl, formOf(shownFirst), shownFirst.cookie)).status).toBe(200);
    const { consentId } = await unaryCall(own, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-v' });
    const receipt = await unaryCall(own, 'GetConsentReceipt', { consentId });
    const shown = createHash('sha256').update('Freigabe\n\nVersion eins für Versionsfirma GmbH.').digest('hex');
    expect(receipt.proof).toMatchObject({ textId: first.id, textVersion: 1, textLanguage: 'de', textSha256: shown });
  });
});

describe('grant and decline are both explicit', () => {
  it('a form posted without a decision, or with both, is a 400 problem and decides nothing', async () => {
    const subjectId = subject();
    const { token } = await requestClearData(client, subjectId);
    const page = await openPage(kit.service.httpUrl, token);
    const fields = { token, csrf: page.csrf!, textId: page.textId!, textMac: page.textMac!, lang: 'de' };
    const withoutDecision = await answer(kit.service.httpUrl, fields, page.cookie);
    expect(withoutDecision.status).toBe(400);
    expect(withoutDecision.contentType).toContain('application/problem+json');
    expect(JSON.parse(withoutDecision.body).violations).toEqual([expect.objectContaining({ field: 'decision', code: 'required' })]);
    const both = new URLSearchParams({ ...fields, decision: 'grant' });
    both.append('decision', 'decline');
    const twice = await fetch(`${kit.service.httpUrl}/consent`, { method: 'POST', body: both, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: page.cookie! } });
    expect(twice.status).toBe(400);
    const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
    expect(consents).toMatchObject([{ state: 'CONSENT_STATE_REQUESTED' }]);
    expect((await answer(kit.service.httpUrl, { ...fields, decision: 'decline' }, page.cookie)).status).toBe(200);
    expect((await unaryCall(client, 'ListConsents', { subjectId })).consents).toMatchObject([{ state: 'CONSENT_STATE_DECLINED' }]);
  });

  it('the page has two submit buttons with their own decision, and a disabled default button before them', async () => {
    const page = await openPage(kit.service.httpUrl, (await requestClearData(client, subject())).token);
    const buttons = [...page.html.matchAll(/<button[^>]*>/g)].map(([tag]) => tag);
    expect(buttons).toEqual([
      '<button type="submit" disabled hidden>',
      '<button type="submit" name="decision" value="grant" id="grant">',
      '<button type="submit" name="decision" value="decline" id="decline">',
    ]);
  });
});

describe('the manual and the link path meet', () => {
  it('after a manual grant the link shows "already used"', async () => {
    const subjectId = subject();
    const { token } = await requestClearData(client, subjectId);
    const page = await openPage(kit.service.httpUrl, token);
    await unaryCall(client, 'GrantManually', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    const posted = await answer(kit.service.httpUrl, { token, csrf: page.csrf, textId: page.textId, textMac: page.textMac, decision: 'decline' }, page.cookie);
    expect(posted.status).toBe(409);
    expect(await checkClearData(client, subjectId)).toBe(true);
  });
});

import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import { z } from 'zod';
import { LetheError } from '@lethe/platform/errors';
import { linkTokenHash } from '@lethe/platform/links';
import { parseInput } from '@lethe/platform/validation';
import type { Consents } from '../consents/consents';
import { LANGUAGES, type Language } from '../texts/texts';
import { consentPage, outcomePage, type Outcome } from './render';

/** A form posted without the cookie of the page it came from (cross-site, replayed or forged). */
class CsrfError extends LetheError {
  readonly kind = 'permission_denied';
  constructor() {
    super('the form is not from the consent page of this link; open the link again', { reason: 'CSRF_CHECK_FAILED' });
  }
}

const STATUS_OF: Record<Outcome, number> = { granted: 200, declined: 200, invalid: 404, expired: 410, used: 409 };

export interface ConsentPagesOptions {
  consents: Consents;
  now: () => Date;
  /** Derives the CSRF key, so every replica checks forms of every other. */
  keyMaterial: Buffer;
  /** Secure cookies (the public URL is https). */
  secureCookies: boolean;
}

const answerSchema = z.object({
  token: z.string().max(100, 'is not a link token'),
  csrf: z.string().min(1, 'is required').max(100).regex(/^[A-Za-z0-9_-]+$/, 'is malformed'),
  textId: z.string().min(1, 'is required').max(100).regex(/^[A-Za-z0-9_.-]+$/, 'is malformed'),
  decision: z.enum(['grant', 'decline'], { errorMap: () => ({ message: 'must be grant or decline' }) }),
  lang: z.enum(LANGUAGES).optional(),
});

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * The public consent pages (server-rendered, German or English by Accept-Language):
 * GET /consent?token=… only shows the page (mail scanners prefetch links; a GET never decides);
 * POST /consent decides, with a double-submit CSRF check: the page sets a random nonce cookie
 * (SameSite=Strict, HttpOnly) and its form carries HMAC(key, link hash, nonce), so only a form
 * served for this very link, posted from this site, passes.
 */
export function consentPages({ consents, now, keyMaterial, secureCookies }: ConsentPagesOptions): (app: Express) => void {
  const csrfKey = Buffer.from(hkdfSync('sha256', keyMaterial, Buffer.alloc(0), 'lethe-consent-csrf', 32));
  const cookieName = secureCookies ? '__Host-consent_csrf' : 'consent_csrf';
  const csrfOf = (linkHash: string, nonce: string) => createHmac('sha256', csrfKey).update(`${linkHash}.${nonce}`).digest('base64url');

  const languageOf = (req: Request, fallback: Language = 'de'): Language => {
    const accepted = req.acceptsLanguages(...LANGUAGES);
    return accepted ? (accepted.slice(0, 2) as Language) : fallback;
  };

  /** Strict headers for every page: no scripts at all, the one style by nonce, no referrer (the URL holds the token), no caching. */
  const send = (res: Response, status: number, language: Language, nonce: string, html: string) => {
    res
      .status(status)
      .set({
        'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
        pragma: 'no-cache',
        'x-robots-tag': 'noindex, nofollow',
        'content-language': language,
      })
      .type('html')
      .send(html);
  };

  return (app) => {
    app.get('/consent', async (req, res) => {
      const nonce = randomBytes(16).toString('base64url');
      const token = typeof req.query.token === 'string' ? req.query.token : undefined;
      const opened = await consents.open(token, now());
      if (!opened.ok) {
        const language = languageOf(req);
        send(res, STATUS_OF[opened.reason], language, nonce, outcomePage(language, nonce, opened.reason));
        return;
      }
      const { doc } = opened;
      const language = languageOf(req, doc.language);
      const { clientName, statement } = await consents.pageOf(doc, language);
      const cookieNonce = randomBytes(16).toString('base64url');
      res.cookie(cookieName, cookieNonce, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: secureCookies ? '/' : '/consent' });
      send(
        res,
        200,
        language,
        nonce,
        consentPage({
          language,
          nonce,
          kind: doc.kind,
          clientName,
          periodMonths: doc.periodMonths,
          statement,
          linkExpiresAt: doc.linkExpiresAt,
          token: token!,
          csrf: csrfOf(linkTokenHash(token)!, cookieNonce),
        }),
      );
    });

    app.post('/consent', async (req, res) => {
      const form = parseInput(answerSchema, req.body ?? {});
      const nonce = randomBytes(16).toString('base64url');
      const language = form.lang ?? languageOf(req);
      const linkHash = linkTokenHash(form.token);
      if (!linkHash) {
        send(res, STATUS_OF.invalid, language, nonce, outcomePage(language, nonce, 'invalid'));
        return;
      }
      const cookieNonce = cookieOf(req, cookieName);
      const expected = cookieNonce ? Buffer.from(csrfOf(linkHash, cookieNonce)) : undefined;
      const given = Buffer.from(form.csrf);
      if (!expected || expected.length !== given.length || !timingSafeEqual(expected, given)) throw new CsrfError();
      const outcome = await consents.answer(form.token, form.decision, form.textId, now());
      res.clearCookie(cookieName, { path: secureCookies ? '/' : '/consent' });
      const shown: Outcome = outcome.ok ? (form.decision === 'grant' ? 'granted' : 'declined') : outcome.reason;
      send(res, STATUS_OF[shown], language, nonce, outcomePage(language, nonce, shown));
    });
  };
}

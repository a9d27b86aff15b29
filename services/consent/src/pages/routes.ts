import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Express, Request } from 'express';
import { z } from 'zod';
import { LetheError, ValidationError } from '@lethe/platform/errors';
import { pageLanguage, pageNonce, sendPage } from '@lethe/platform/http';
import { linkTokenHash } from '@lethe/platform/links';
import { fields, parseInput } from '@lethe/platform/validation';
import type { Consents } from '../consents/consents';
import { LANGUAGES } from '../texts/texts';
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

// Length first: a pattern never reads more of a posted value than the field may hold.
const mac = z.string().min(1, 'is required').pipe(fields.pattern(/^[A-Za-z0-9_-]+$/, 'is malformed', { max: 100 }));

const answerSchema = z.object({
  token: z.string().max(100, 'is not a link token'),
  csrf: mac,
  textId: z.string().min(1, 'is required').pipe(fields.pattern(/^[A-Za-z0-9_.-]+$/, 'is malformed', { max: 100 })),
  textMac: mac,
  // Only a click on one of the two buttons sends a decision; a form submitted otherwise has none.
  decision: z.enum(['grant', 'decline'], { errorMap: () => ({ message: 'must be grant or decline' }) }),
  lang: z.enum(LANGUAGES).optional(),
});

/** Whether a MAC posted back is the one expected, in constant time. */
function sameMac(expected: string, given: string): boolean {
  const [a, b] = [Buffer.from(expected), Buffer.from(given)];
  return a.length === b.length && timingSafeEqual(a, b);
}

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
 * served for this very link, posted from this site, passes. The text a grant proves is the one the
 * page showed: the form carries its id with HMAC(text key, link hash, nonce, text id), and any other
 * id (an older or newer version, another language) is refused as bad input before anything is used up.
 */
export function consentPages({ consents, now, keyMaterial, secureCookies }: ConsentPagesOptions): (app: Express) => void {
  const csrfKey = Buffer.from(hkdfSync('sha256', keyMaterial, Buffer.alloc(0), 'lethe-consent-csrf', 32));
  const cookieName = secureCookies ? '__Host-consent_csrf' : 'consent_csrf';
  const textKey = Buffer.from(hkdfSync('sha256', keyMaterial, Buffer.alloc(0), 'lethe-consent-shown-text', 32));
  const csrfOf = (linkHash: string, nonce: string) => createHmac('sha256', csrfKey).update(`${linkHash}.${nonce}`).digest('base64url');
  const textMacOf = (linkHash: string, nonce: string, textId: string) => createHmac('sha256', textKey).update(`${linkHash}.${nonce}.${textId}`).digest('base64url');

  return (app) => {
    app.get('/consent', async (req, res) => {
      const nonce = pageNonce();
      const token = typeof req.query.token === 'string' ? req.query.token : undefined;
      const opened = await consents.open(token, now());
      if (!opened.ok) {
        const language = pageLanguage(req);
        sendPage(res, STATUS_OF[opened.reason], language, nonce, outcomePage(language, nonce, opened.reason));
        return;
      }
      const { doc } = opened;
      const language = pageLanguage(req, doc.language);
      const { clientName, statement } = await consents.pageOf(doc, language);
      const cookieNonce = randomBytes(16).toString('base64url');
      const linkHash = linkTokenHash(token)!;
      res.cookie(cookieName, cookieNonce, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: secureCookies ? '/' : '/consent' });
      sendPage(
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
          linkExpiresAt: opened.link.expiresAt,
          token: token!,
          csrf: csrfOf(linkHash, cookieNonce),
          textMac: textMacOf(linkHash, cookieNonce, statement.text.id),
        }),
      );
    });

    app.post('/consent', async (req, res) => {
      const form = parseInput(answerSchema, req.body ?? {});
      const nonce = pageNonce();
      const language = form.lang ?? pageLanguage(req);
      const linkHash = linkTokenHash(form.token);
      if (!linkHash) {
        sendPage(res, STATUS_OF.invalid, language, nonce, outcomePage(language, nonce, 'invalid'));
        return;
      }
      const cookieNonce = cookieOf(req, cookieName);
      if (!cookieNonce || !sameMac(csrfOf(linkHash, cookieNonce), form.csrf)) throw new CsrfError();
      if (!sameMac(textMacOf(linkHash, cookieNonce, form.textId), form.textMac)) {
        throw new ValidationError([{ field: 'textId', description: 'is not the text this page showed; open the link again', code: 'not_shown' }]);
      }
      const outcome = await consents.answer(form.token, form.decision, form.textId, now());
      res.clearCookie(cookieName, { path: secureCookies ? '/' : '/consent' });
      const shown: Outcome = outcome.ok ? (form.decision === 'grant' ? 'granted' : 'declined') : outcome.reason;
      sendPage(res, STATUS_OF[shown], language, nonce, outcomePage(language, nonce, shown));
    });
  };
}

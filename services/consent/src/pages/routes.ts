import type { Express } from 'express';
import { z } from 'zod';
import { ValidationError } from '@lethe/platform/errors';
import { PageForms, pageLanguage, pageNonce, sameSeal, sendPage } from '@lethe/platform/http';
import { linkTokenHash } from '@lethe/platform/links';
import { fields, parseInput } from '@lethe/platform/validation';
import type { Consents } from '../consents/consents';
import { LANGUAGES } from '../texts/texts';
import { consentPage, outcomePage, type Outcome } from './render';

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
  const forms = new PageForms({ keyMaterial, name: 'consent', path: '/consent', secureCookies });

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
      const linkHash = linkTokenHash(token)!;
      const seal = forms.shown(res);
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
          csrf: seal('csrf', linkHash),
          textMac: seal('text', linkHash, statement.text.id),
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
      const seal = forms.posted(req, form.csrf, linkHash);
      if (!sameSeal(seal('text', linkHash, form.textId), form.textMac)) {
        throw new ValidationError([{ field: 'textId', description: 'is not the text this page showed; open the link again', code: 'not_shown' }]);
      }
      const outcome = await consents.answer(form.token, form.decision, form.textId, now());
      forms.done(res);
      const shown: Outcome = outcome.ok ? (form.decision === 'grant' ? 'granted' : 'declined') : outcome.reason;
      sendPage(res, STATUS_OF[shown], language, nonce, outcomePage(language, nonce, shown));
    });
  };
}

import type { Express } from 'express';
import { z } from 'zod';
import { ValidationError } from '@lethe/platform/errors';
import type { ControllerSource } from '@lethe/platform/controller';
import { PageForms, pageFrame, pageNonce, sameSeal, sendPage } from '@lethe/platform/http';
import { linkTokenHash } from '@lethe/platform/links';
import { fields, parseInput } from '@lethe/platform/validation';
import type { Consents } from '../consents/consents';
import { LANGUAGES } from '../texts/texts';
import { consentPage, outcomePage, type Outcome } from './render';

const STATUS_OF: Record<Outcome, number> = { granted: 200, declined: 200, invalid: 404, expired: 410, used: 409 };

export interface ConsentPagesOptions {
  consents: Consents;
  /** Who asks: the tenant's controller, named on every page. */
  controllers: ControllerSource;
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
export function consentPages({ consents, controllers, now, keyMaterial, secureCookies }: ConsentPagesOptions): (app: Express) => void {
  const forms = new PageForms({ keyMaterial, name: 'consent', path: '/consent', secureCookies });

  return (app) => {
    app.get('/consent', async (req, res) => {
      const nonce = pageNonce();
      const token = typeof req.query.token === 'string' ? req.query.token : undefined;
      const opened = await consents.open(token, now());
      if (!opened.ok) {
        // A link that opens nothing names no tenant.
        const frame = pageFrame(req, null);
        sendPage(res, STATUS_OF[opened.reason], frame.language, nonce, outcomePage(frame, nonce, opened.reason));
        return;
      }
      const { doc } = opened;
      const frame = pageFrame(req, await controllers.controllerOf(doc.tenantId), doc.language);
      const { language } = frame;
      const { clientName, statement } = await consents.pageOf(doc, language);
      const linkHash = linkTokenHash(token)!;
      const seal = forms.shown(res);
      sendPage(
        res,
        200,
        language,
        nonce,
        consentPage({
          frame,
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
      const linkHash = linkTokenHash(form.token);
      if (!linkHash) {
        const frame = pageFrame(req, null, form.lang);
        sendPage(res, STATUS_OF.invalid, frame.language, nonce, outcomePage(frame, nonce, 'invalid'));
        return;
      }
      const seal = forms.posted(req, form.csrf, linkHash);
      if (!sameSeal(seal('text', linkHash, form.textId), form.textMac)) {
        throw new ValidationError([{ field: 'textId', description: 'is not the text this page showed; open the link again', code: 'not_shown' }]);
      }
      const outcome = await consents.answer(form.token, form.decision, form.textId, now());
      forms.done(res);
      const shown: Outcome = outcome.ok ? (form.decision === 'grant' ? 'granted' : 'declined') : outcome.reason;
      const frame = pageFrame(req, outcome.ok ? await controllers.controllerOf(outcome.doc.tenantId) : null, form.lang);
      sendPage(res, STATUS_OF[shown], frame.language, nonce, outcomePage(frame, nonce, shown));
    });
  };
}

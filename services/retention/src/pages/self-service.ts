import type { Express, Request, Response } from 'express';
import { z } from 'zod';
import type { ControllerSource } from '@lethe/platform/controller';
import { LetheError } from '@lethe/platform/errors';
import { PageForms, pageFrame, showPage, type PageLanguage } from '@lethe/platform/http';
import { linkTokenHash, type LinkRefusal } from '@lethe/platform/links';
import { fields, parseInput } from '@lethe/platform/validation';
import { REFUSAL_OF, SELF_SERVICE_PATH, SELF_SERVICE_PURPOSE, type SelfServiceLinks } from '../self-service/links';
import { ACTIONS_OF, REASON_MAX_CHARS, type SelfServiceAction } from '../self-service/rules';
import type { SelfService, SelfServiceView } from '../self-service/self-service';
import { offerPage, outcomePage, type Outcome, type PageContent } from './render';

/** A link that opens nothing: gone when it was used or ran out, unknown otherwise (tampered, foreign, another purpose). */
const STATUS_OF: Record<LinkRefusal, number> = { invalid: 404, expired: 410, used: 410 };

const ACTIONS = ['open-request', 'withdraw-request', 'delete-now', 'request-export'] as const satisfies readonly SelfServiceAction[];

/** A posted form: length first, so no pattern reads more than a field may hold. */
const formSchema = z.object({
  token: z.string().max(100, 'is not a link token'),
  csrf: z.string().min(1, 'is required').pipe(fields.pattern(/^[A-Za-z0-9_-]+$/, 'is malformed', { max: 100 })),
  action: z.string().max(40, 'is not an action').pipe(z.enum(ACTIONS, { errorMap: () => ({ message: `must be one of ${ACTIONS.join(', ')}` }) })),
  reason: fields.optional(REASON_MAX_CHARS),
  lang: z.enum(['de', 'en']).optional(),
});

export interface SelfServicePagesOptions {
  selfService: SelfService;
  links: SelfServiceLinks;
  /** Who asks: the tenant's controller, named on every page. */
  controllers: ControllerSource;
  now: () => Date;
  /** Derives the CSRF key, so every replica checks the forms of every other. */
  keyMaterial: Buffer;
  /** Secure cookies (the public URL is https). */
  secureCookies: boolean;
}

/**
 * The candidate's self-service page (`/self-service?token=…`), reached only by links in messages to
 * them: it shows what the link's purpose allows — open an erasure request (with an optional reason),
 * withdraw it, be deleted now (or, with an application in progress, the erasure request instead),
 * ask for their data. A GET only shows (mail scanners open links); a POST acts, only from a page
 * this site served for the same link (double-submit CSRF seal), and uses the link up with the change.
 * A link that is used, expired, tampered with, of another purpose or another tenant changes nothing.
 * Every page is no-store, never framed, sends no referrer, runs no script, and escapes what it shows.
 */
export function selfServicePages({ selfService, links, controllers, now, keyMaterial, secureCookies }: SelfServicePagesOptions): (app: Express) => void {
  const forms = new PageForms({ keyMaterial, name: 'self_service', path: SELF_SERVICE_PATH, secureCookies });

  /** A page of the link's tenant, or of none for a link that names none. */
  const show = async (req: Request, res: Response, status: number, tenantId: string | undefined, content: (language: PageLanguage) => PageContent) => {
    const frame = pageFrame(req, tenantId ? await controllers.controllerOf(tenantId) : null);
    showPage(res, status, { ...frame, ...content(frame.language) });
  };
  const refused = (req: Request, res: Response, refusal: LinkRefusal) => show(req, res, STATUS_OF[refusal], undefined, (language) => outcomePage(language, refusal));
  const outcome = (req: Request, res: Response, tenantId: string, which: Outcome, deadline?: Date) => {
    forms.done(res);
    return show(req, res, 200, tenantId, (language) => outcomePage(language, which, deadline));
  };
  /** The link's page, with a fresh form. */
  const offer = (req: Request, res: Response, status: number, token: string, view: SelfServiceView) => {
    const seal = forms.shown(res);
    return show(req, res, status, view.link.tenantId, (language) =>
      offerPage({ language, offer: view.offer, deadline: view.request?.deadlineAt ?? view.deadlineIfOpened, reason: view.request?.reason, linkExpiresAt: view.link.expiresAt, token, csrf: seal('csrf', linkTokenHash(token)!) }),
    );
  };

  return (app) => {
    app.get(SELF_SERVICE_PATH, async (req, res) => {
      const token = typeof req.query.token === 'string' ? req.query.token : '';
      const opened = await selfService.view({ token }, now());
      if (!opened.ok) return refused(req, res, opened.reason);
      await offer(req, res, 200, token, opened.view);
    });

    app.post(SELF_SERVICE_PATH, async (req, res) => {
      const form = parseInput(formSchema, req.body ?? {});
      const linkHash = linkTokenHash(form.token);
      if (!linkHash) return refused(req, res, 'invalid');
      forms.posted(req, form.csrf, linkHash);
      const link = { token: form.token };
      const check = await links.inspect(link, SELF_SERVICE_PURPOSE.names, now());
      if (!check.ok) return refused(req, res, check.reason);
      const { purpose, tenantId } = check.link;
      // A form changed to an action its link does not allow opens nothing.
      if (!ACTIONS_OF[purpose].includes(form.action)) return refused(req, res, 'invalid');
      try {
        switch (form.action) {
          case 'open-request': {
            const opened = await selfService.openRequest(link, purpose === 'delete-now' ? 'delete-now' : 'erasure-request-open', form.reason ?? '', now());
            return await outcome(req, res, tenantId, 'opened', opened.deadlineAt);
          }
          case 'withdraw-request':
            await selfService.withdrawRequest(link, '', now());
            return await outcome(req, res, tenantId, 'withdrawn');
          case 'delete-now':
            await selfService.deleteNow(link, now());
            return await outcome(req, res, tenantId, 'deleting');
          case 'request-export':
            await selfService.requestExport(link, now());
            return await outcome(req, res, tenantId, 'export-started');
        }
      } catch (err) {
        if (!(err instanceof LetheError)) throw err;
        // A person erased meanwhile took their links along.
        const refusal = REFUSAL_OF[err.reason ?? ''] ?? (err.reason === 'SUBJECT_ERASED' || err.reason === 'SUBJECT_ANONYMISED' ? 'invalid' : undefined);
        if (refusal) return refused(req, res, refusal);
        if (err.reason !== 'APPLICATION_ACTIVE' && err.reason !== 'DELETION_HELD' && err.reason !== 'NO_OPEN_REQUEST') throw err;
        // Things changed since the page was shown: the page as it is now, the link unused.
        const current = await selfService.view(link, now());
        if (!current.ok) return refused(req, res, current.reason);
        return offer(req, res, 409, form.token, current.view);
      }
    });
  };
}

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Express, Request, Response } from 'express';
import type { Controller, ControllerSource } from '@lethe/platform/controller';
import { downloadHeaders, outcomeParts, pageFrame, showPage, type PageLanguage } from '@lethe/platform/http';
import type { LinkTokens } from '@lethe/platform/links';
import { DOWNLOAD_LINK_PURPOSE, DOWNLOAD_PATH, type SubjectExports } from '../exports/exports';

export interface DownloadPageOptions {
  exports: SubjectExports;
  links: LinkTokens;
  /** Who asks: the tenant's controller, named on the page that refuses a link. */
  controllers: ControllerSource;
  now: () => Date;
}

type Refusal = 'invalid' | 'expired';

const STATUS_OF: Record<Refusal, number> = { invalid: 404, expired: 410 };
const TEXTS: Record<PageLanguage, Record<Refusal, readonly [string, string]>> = {
  de: {
    invalid: ['Link ungültig', 'Dieser Link ist nicht gültig. Bitte nutzen Sie den Link aus unserer letzten Nachricht oder fordern Sie Ihre Daten erneut an.'],
    expired: ['Download nicht mehr verfügbar', 'Ihr Datenpaket wurde nach einigen Tagen gelöscht. Sie können Ihre Daten jederzeit erneut anfordern.'],
  },
  en: {
    invalid: ['Invalid link', 'This link is not valid. Please use the link from our latest message, or request your data again.'],
    expired: ['Download no longer available', 'Your data package was deleted after a few days. You can request your data again at any time.'],
  },
};

async function* resumed(first: IteratorResult<Buffer>, rest: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  if (!first.done) yield first.value;
  yield* rest;
}

function refuse(req: Request, res: Response, controller: Controller | undefined, refusal: Refusal): void {
  const frame = pageFrame(req, controller);
  showPage(res, STATUS_OF[refusal], { ...frame, ...outcomeParts(refusal, TEXTS[frame.language][refusal]) });
}

/**
 * GET /self-service/download?token=…: the candidate's newest package of their data, as a zip to
 * save (never shown inline, not cached, no referrer). The link is bound to the person and purpose,
 * valid until the package expires, and not used up: downloading changes nothing. An expired,
 * tampered or foreign-purpose link, and any link after the person's erasure (their links and
 * packages are gone), get a page that says so.
 */
export function downloadPage({ exports, links, controllers, now }: DownloadPageOptions): (app: Express) => void {
  return (app) => {
    app.get(DOWNLOAD_PATH, async (req, res) => {
      const check = await links.inspect(req.query.token, DOWNLOAD_LINK_PURPOSE, now());
      if (!check.ok) return refuse(req, res, undefined, check.reason === 'expired' ? 'expired' : 'invalid');
      const { tenantId, subjectId } = check.link;
      const ready = await exports.newestReady(tenantId, subjectId);
      if (!ready) return refuse(req, res, await controllers.controllerOf(tenantId).catch(() => undefined), 'expired');
      // The first piece is read before anything is sent: a package gone meanwhile (expired, erased) still gets a page.
      const first = await ready.content.next().catch(() => undefined);
      if (!first) return refuse(req, res, undefined, 'expired');
      const day = (ready.view.completedAt ?? now()).toISOString().slice(0, 10);
      res.status(200).set({ ...downloadHeaders('application/zip', `data-export-${day}.zip`), 'content-length': String(ready.view.sizeBytes) });
      await pipeline(Readable.from(resumed(first, ready.content)), res).catch((err: unknown) => res.destroy(err as Error));
    });
  };
}

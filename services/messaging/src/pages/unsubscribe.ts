import type { Express, Request } from 'express';
import type { ControllerSource } from '@lethe/platform/controller';
import { escapeHtml, outcomeParts, pageFrame, showPage, type PageFrame } from '@lethe/platform/http';
import type { LinkTokens } from '@lethe/platform/links';
import type { SubjectFence } from '@lethe/platform/erasure';
import type { SubjectStates } from '../subjects/store';
import type { Channel } from '../templates/catalogue';

/** The purpose of a campaign's unsubscribe link: it opens nothing else. */
export const UNSUBSCRIBE_PURPOSE = 'unsubscribe';
/** How long an unsubscribe link works: as long as the campaign messages that carry it are read. */
export const UNSUBSCRIBE_LINK_DAYS = 365;

const WORDS = {
  de: {
    title: 'Abmelden',
    ask: 'Möchten Sie keine weiteren Nachrichten dieser Art mehr erhalten?',
    confirm: 'Abmelden',
    done: ['Abgemeldet', 'Sie erhalten keine weiteren Nachrichten dieser Art über diesen Kanal.'],
    invalid: ['Ungültiger Link', 'Dieser Link ist ungültig. Bitte verwenden Sie den Link aus Ihrer Nachricht.'],
  },
  en: {
    title: 'Unsubscribe',
    ask: 'Do you want to stop receiving messages of this kind?',
    confirm: 'Unsubscribe',
    done: ['Unsubscribed', 'You will receive no further messages of this kind on this channel.'],
    invalid: ['Invalid link', 'This link is not valid. Please use the link from your message.'],
  },
} as const;

export interface UnsubscribePagesOptions {
  links: LinkTokens;
  subjects: SubjectStates;
  fence: SubjectFence;
  /** Who asks: the tenant's controller, named on every page. */
  controllers: ControllerSource;
  now: () => Date;
}

/**
 * The unsubscribe page of campaign messages: GET asks (a mail scanner opening links changes
 * nothing), POST unsubscribes — from the page's button, or straight from the mail client
 * (RFC 8058 one-click, `List-Unsubscribe=One-Click`). The link's token is the only credential and
 * may be used again: unsubscribing twice is still unsubscribed.
 */
export function unsubscribePages({ links, subjects, fence, controllers, now }: UnsubscribePagesOptions): (app: Express) => void {
  const tokenOf = (req: Request): string | undefined => {
    const fromQuery = typeof req.query.token === 'string' ? req.query.token : undefined;
    const fromForm = req.body && typeof (req.body as Record<string, unknown>).token === 'string' ? ((req.body as Record<string, unknown>).token as string) : undefined;
    return fromQuery ?? fromForm;
  };
  const outcome = (frame: PageFrame, which: 'done' | 'invalid') => ({ ...frame, ...outcomeParts(which, WORDS[frame.language][which]) });
  // A link that opens nothing names no tenant.
  const invalid = (req: Request) => outcome(pageFrame(req, null), 'invalid');

  return (app) => {
    app.get('/unsubscribe', async (req, res) => {
      const token = tokenOf(req);
      const check = await links.inspect(token, UNSUBSCRIBE_PURPOSE, now());
      if (!check.ok) return showPage(res, 404, invalid(req));
      const frame = pageFrame(req, await controllers.controllerOf(check.link.tenantId));
      const words = WORDS[frame.language];
      showPage(res, 200, {
        ...frame,
        title: words.title,
        content: `<h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.ask)}</p>
<form method="post" action="/unsubscribe"><input type="hidden" name="token" value="${escapeHtml(token!)}"><input type="hidden" name="lang" value="${frame.language}"><button type="submit" id="unsubscribe">${escapeHtml(words.confirm)}</button></form>`,
      });
    });

    app.post('/unsubscribe', async (req, res) => {
      const check = await links.inspect(tokenOf(req), UNSUBSCRIBE_PURPOSE, now());
      if (!check.ok) return showPage(res, 404, invalid(req));
      const { tenantId, subjectId, scope } = check.link;
      await fence.writeUnlessErased({ tenantId, subjectId }, () => subjects.set(tenantId, subjectId, { unsubscribe: scope as Channel }));
      showPage(res, 200, outcome(pageFrame(req, await controllers.controllerOf(tenantId)), 'done'));
    });
  };
}

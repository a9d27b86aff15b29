import type { Express, Request, Response } from 'express';
import { z } from 'zod';
import type { ControllerSource } from '@lethe/platform/controller';
import { controllerFooter, downloadHeaders, escapeHtml, outcomeParts, pageFrame, pageNonce, sendPage, showPage, type PageFrame } from '@lethe/platform/http';
import type { LinkTokens } from '@lethe/platform/links';
import { parseInput } from '@lethe/platform/validation';
import type { Drafts } from '../drafts/drafts';
import { FEEDBACK_LINK, PROFILE_LINK, type Sending } from '../sent/sending';
import type { ClientFeedback, SentEntry, SentLedger } from '../sent/store';

const WORDS = {
  de: {
    invalid: ['Link ungültig', 'Dieser Link ist ungültig oder abgelaufen. Bitte wenden Sie sich an Ihre Ansprechperson.'],
    recalled: ['Profil zurückgezogen', 'Dieses Profil wurde zurückgezogen und steht nicht mehr zur Verfügung. Bitte löschen Sie Kopien davon.'],
    askInterested: 'Haben Sie Interesse an {label}?',
    askNotInterested: 'Kein Interesse an {label}?',
    confirm: 'Antwort senden',
    done: ['Vielen Dank', 'Ihre Antwort wurde übermittelt.'],
    used: ['Bereits beantwortet', 'Zu diesem Profil liegt Ihre Antwort bereits vor.'],
    pdf: 'Als PDF herunterladen',
  },
  en: {
    invalid: ['Invalid link', 'This link is not valid or has expired. Please contact your contact person.'],
    recalled: ['Profile withdrawn', 'This profile has been withdrawn and is no longer available. Please delete any copies of it.'],
    askInterested: 'Are you interested in {label}?',
    askNotInterested: 'Not interested in {label}?',
    confirm: 'Send answer',
    done: ['Thank you', 'Your answer has been sent.'],
    used: ['Already answered', 'Your answer to this profile has been received already.'],
    pdf: 'Download as PDF',
  },
} as const;

const STATUS_OF = { invalid: 404, recalled: 410, used: 409 } as const;

const answerSchema = z.object({
  token: z.string().max(100, 'is not a link token'),
  answer: z.enum(['interested', 'not-interested'], { errorMap: () => ({ message: 'must be interested or not-interested' }) }),
});

export interface ProfilePagesOptions {
  links: LinkTokens;
  ledger: SentLedger;
  drafts: Drafts;
  sending: Sending;
  /** Who sends the profile: the agency's controller details, named on every page. */
  controllers: ControllerSource;
  now: () => Date;
}

/**
 * What a client company reaches through the links in the message: the profile (HTML, and the same
 * content as PDF), and the answer "interested" / "not interested" — asked on a GET, given by a POST,
 * so a mail scanner opening links answers nothing. A recalled profile is gone (410). Every page is
 * no-store, never framed, sends no referrer (the URL holds the link's token) and runs no script.
 */
export function profilePages({ links, ledger, drafts, sending, controllers, now }: ProfilePagesOptions): (app: Express) => void {
  /** The frame of a page of the tenant (none for a link that opens nothing), in the profile's language unless one was chosen. */
  const frameOf = async (req: Request, entry?: SentEntry): Promise<PageFrame> => pageFrame(req, entry ? await controllers.controllerOf(entry.tenantId) : null, entry?.language);
  const message = (res: Response, status: number, frame: PageFrame, which: 'invalid' | 'recalled' | 'used' | 'done', outcome: string) =>
    showPage(res, status, { ...frame, ...outcomeParts(outcome, WORDS[frame.language][which]) });
  /** The ledger entry a link opens (using the link up when it acts), or why it opens none. */
  const opened = async (token: unknown, purpose: string, use = false): Promise<SentEntry | 'invalid' | 'recalled' | 'used'> => {
    const check = use ? await links.consume(token, purpose, now()) : await links.inspect(token, purpose, now());
    if (!check.ok) return check.reason === 'used' ? 'used' : 'invalid';
    const entry = await ledger.get(check.link.tenantId, check.link.scope ?? '').catch(() => undefined);
    if (!entry || entry.candidateId !== check.link.subjectId) return 'invalid';
    return entry.state === 'recalled' ? 'recalled' : entry;
  };
  const tokenOf = (req: Request) => (typeof req.query.token === 'string' ? req.query.token : undefined);

  /**
   * The profile the request's link opens, as it was sent; or, when there is none to show, the
   * page that says why has been sent and the answer is undefined.
   */
  const openedProfile = async (req: Request, res: Response) => {
    const entry = await opened(tokenOf(req), PROFILE_LINK);
    if (typeof entry === 'string') return void message(res, STATUS_OF[entry], await frameOf(req), entry, entry);
    const frame = await frameOf(req, entry);
    const content = await ledger.contentOf(entry);
    if (!content) return void message(res, 410, frame, 'recalled', 'recalled');
    return { entry, frame, profile: { tenantId: entry.tenantId, kind: entry.kind, language: entry.language, content } };
  };
  const fileQuery = z.object({ file: z.string().max(64) });

  return (app) => {
    app.get('/profiles', async (req, res) => {
      const found = await openedProfile(req, res);
      if (!found) return;
      const { entry, frame, profile } = found;
      const token = encodeURIComponent(tokenOf(req) ?? '');
      const { html } = await drafts.render(profile, entry.sentAt, (fileId) => `/profiles/files?token=${token}&file=${encodeURIComponent(fileId)}`);
      const nonce = pageNonce();
      const pdfLink = `<p class="download"><a href="${escapeHtml(`/profiles/pdf?token=${token}`)}">${escapeHtml(WORDS[entry.language].pdf)}</a></p>`;
      // The profile is written in one language: its footer names the agency in it, without a switch.
      const footer = controllerFooter({ language: entry.language, controller: frame.controller });
      sendPage(res, 200, entry.language, nonce, withNonce(html, nonce).replace('</body>', `${pdfLink}${footer}</body>`));
    });

    app.get('/profiles/pdf', async (req, res) => {
      const found = await openedProfile(req, res);
      if (!found) return;
      const { pdf } = await drafts.renderPdf(found.profile, found.entry.sentAt);
      res.status(200).set(downloadHeaders('application/pdf', 'profile.pdf')).send(pdf);
    });

    /** A file sent with the profile, streamed from the candidate's record while the profile stands. */
    app.get('/profiles/files', async (req, res) => {
      const found = await openedProfile(req, res);
      if (!found) return;
      const { entry, frame, profile } = found;
      const query = fileQuery.safeParse(req.query);
      const attachment = query.success ? profile.content.attachments.find((sent) => sent.fileId === query.data.file) : undefined;
      if (!attachment) return message(res, 404, frame, 'invalid', 'invalid');
      const parts = sending.attachment(entry, attachment.fileId);
      const first = await parts.next();
      if (first.done || !('file' in first.value)) return message(res, 410, frame, 'recalled', 'recalled');
      res.status(200).set(downloadHeaders(first.value.file.contentType || 'application/octet-stream', attachment.name));
      for await (const part of parts) if ('chunk' in part) res.write(part.chunk);
      res.end();
    });

    app.get('/feedback', async (req, res) => {
      const form = answerSchema.safeParse({ token: tokenOf(req) ?? '', answer: req.query.answer });
      const entry = form.success ? await opened(form.data.token, FEEDBACK_LINK) : 'invalid';
      if (typeof entry === 'string' || !form.success) {
        const refusal = typeof entry === 'string' ? entry : 'invalid';
        return message(res, STATUS_OF[refusal], await frameOf(req), refusal, refusal);
      }
      const frame = await frameOf(req, entry);
      const content = await ledger.contentOf(entry);
      const words = WORDS[frame.language];
      const question = (form.data.answer === 'interested' ? words.askInterested : words.askNotInterested).replace('{label}', content?.candidateLabel ?? '');
      const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
      showPage(res, 200, {
        ...frame,
        title: question,
        content: `<h1>${escapeHtml(question)}</h1><form method="post" action="/feedback">${hidden('token', form.data.token)}${hidden('answer', form.data.answer)}${hidden('lang', frame.language)}<button type="submit" id="answer">${escapeHtml(words.confirm)}</button></form>`,
      });
    });

    app.post('/feedback', async (req, res) => {
      const form = parseInput(answerSchema, req.body ?? {});
      // The answer is given once: a second click changes nothing.
      const entry = await opened(form.token, FEEDBACK_LINK, true);
      if (typeof entry === 'string') return message(res, STATUS_OF[entry], await frameOf(req), entry, entry);
      await sending.recordFeedback(entry, form.answer as ClientFeedback);
      message(res, 200, await frameOf(req, entry), 'done', 'answered');
    });
  };
}

/** The rendered profile's own style allowed by the response's nonce (it has no script). */
function withNonce(html: string, nonce: string): string {
  return html.replace(/<style>/g, `<style nonce="${nonce}">`);
}

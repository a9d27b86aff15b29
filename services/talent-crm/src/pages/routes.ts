import type { Express, Request, Response } from 'express';
import { z } from 'zod';
import { ValidationError, type FieldViolation } from '@lethe/platform/errors';
import type { ControllerSource } from '@lethe/platform/controller';
import { PageForms, pageFrame, sameSeal, showPage, type PageLanguage } from '@lethe/platform/http';
import { isId } from '@lethe/platform/ids';
import { linkTokenHash, type LinkRefusal } from '@lethe/platform/links';
import type { RateLimiter } from '@lethe/platform/redis';
import { fields, parseInput, toFieldViolations } from '@lethe/platform/validation';
import type { FollowUps, OpenedRequest } from '../follow-ups/follow-ups';
import { PAGE_PATH, type FollowUpPurposeName } from '../follow-ups/follow-up';
import { answersSchema, type Questions } from '../forms/answers';
import type { TalentForm } from '../forms/form';
import { firstStepQuestions, type TalentForms } from '../forms/forms';
import { EMPTY_PROFILE } from '../talents/profile';
import type { TalentProfile } from '../talents/talent';
import { enteredValues, formPage, outcomePageParts, PAGE_STYLE, questionsPage, type Entered, type Outcome } from './render';

const STATUS_OF: Record<LinkRefusal | 'no-form', number> = { invalid: 404, expired: 410, used: 409, 'no-form': 404 };

// Length first: a pattern never reads more of a posted value than the field may hold.
const seal = z.string().min(1, 'is required').pipe(fields.pattern(/^[A-Za-z0-9_-]+$/, 'is malformed', { max: 100 }));

/** What a form page carries besides the answers: its CSRF seal and the consent statement it showed, sealed to the page. */
const formEnvelope = z.object({
  csrf: seal,
  consentTextId: z.string().min(1, 'is required').pipe(fields.pattern(/^[A-Za-z0-9_.-]+$/, 'is malformed', { max: 100 })),
  consentSha256: fields.pattern(/^[0-9a-f]{64}$/, 'is malformed', { max: 64 }),
  consentMonths: fields.pattern(/^\d{1,2}$/, 'is malformed', { max: 2 }).transform(Number),
  consentSeal: seal,
  storageConsent: z.literal('yes', { errorMap: () => ({ message: 'must be yes' }) }).optional(),
});

/** What a page a link opens carries besides the answers. */
const linkEnvelope = z.object({ token: z.string().max(100, 'is not a link token'), csrf: seal });

/** A talent form's id in a path: the form's own ids only, so nothing else is looked up. */
const formIdOf = (req: Request) => (typeof req.params.formId === 'string' && isId(req.params.formId) ? req.params.formId : undefined);

export interface TalentPagesOptions {
  forms: TalentForms;
  followUps: FollowUps;
  /** Who asks: the tenant's controller, named on every page. */
  controllers: ControllerSource;
  /** Derives the pages' CSRF keys, so every replica checks the forms of every other. */
  keyMaterial: Buffer;
  /** Secure cookies (the public URL is https). */
  secureCookies: boolean;
  /** A public form's requests count against its tenant's `pages` limit. */
  rateLimits: RateLimiter;
}

/**
 * The pages talents reach: the public talent form (`/talent-forms/<id>`), a two-step form's second
 * step (`/talent-forms/details?token=…`) and the follow-up form (`/follow-up?token=…`). A GET only
 * shows (a mail scanner opening a link decides nothing); a POST acts, only from a page this site
 * served for the same form or link (double-submit CSRF seals). The storage consent is given on the
 * form's submit: the page shows the consent service's current statement, sealed to the page, and
 * without the box ticked nothing is stored. Answers the person must correct come back on the page
 * (400), shown escaped and cut to what each field holds; a form that was tampered with is refused
 * (400 or 403 problem). Every page is no-store, never framed, sends no referrer and runs no script.
 */
export function talentPages({ forms, followUps, controllers, keyMaterial, secureCookies, rateLimits }: TalentPagesOptions): (app: Express) => void {
  const formPages = new PageForms({ keyMaterial, name: 'talent_form', path: '/talent-forms', secureCookies });
  const linkPages: Record<FollowUpPurposeName, PageForms> = {
    'form-details': new PageForms({ keyMaterial, name: 'talent_details', path: PAGE_PATH['form-details'], secureCookies }),
    'follow-up': new PageForms({ keyMaterial, name: 'follow_up', path: PAGE_PATH['follow-up'], secureCookies }),
  };
  /** The frame of a page of the tenant (none for a link or form that names no tenant), in the language it was issued in unless one was chosen. */
  const frameOf = async (req: Request, tenantId: string | undefined, language?: PageLanguage) => pageFrame(req, tenantId ? await controllers.controllerOf(tenantId) : null, language);
  const outcome = async (req: Request, res: Response, status: number, which: Outcome, tenantId?: string, language?: PageLanguage) => {
    const frame = await frameOf(req, tenantId, language);
    showPage(res, status, { ...frame, ...outcomePageParts(frame.language, which) });
  };

  /** The form's page, with what the person entered and what was wrong when it comes back. */
  const showForm = async (req: Request, res: Response, status: number, form: TalentForm, entered?: Entered) => {
    const frame = await frameOf(req, form.tenantId, form.language);
    const statement = await forms.statementOf(form, frame.language);
    const months = String(form.storageConsentMonths);
    const sealOf = formPages.shown(res);
    showPage(res, status, {
      ...frame,
      ...formPage({
        language: frame.language,
        form,
        questions: firstStepQuestions(form),
        statement: { textId: statement.textId, textVersion: statement.textVersion, title: statement.title, body: statement.body, sha256: statement.sha256, months: form.storageConsentMonths },
        csrf: sealOf('csrf', form.id),
        statementSeal: sealOf('statement', form.id, statement.textId, statement.sha256, months),
        entered,
      }),
      style: PAGE_STYLE,
    });
  };

  /** The answers of a page, or the violations the person is to correct. */
  const answersOf = (req: Request, questions: Questions, extra: FieldViolation[] = []): { ok: true; answers: Partial<TalentProfile> } | { ok: false; entered: Entered } => {
    const parsed = answersSchema(questions).safeParse(req.body ?? {});
    const violations = [...(parsed.success ? [] : toFieldViolations(parsed.error)), ...extra];
    if (parsed.success && violations.length === 0) return { ok: true, answers: parsed.data };
    return { ok: false, entered: { values: enteredValues(req.body, questions.asked), violations } };
  };

  const linkRoutes = (app: Express, purpose: FollowUpPurposeName) => {
    const path = PAGE_PATH[purpose];
    const kind = purpose === 'form-details' ? 'details' : 'follow-up';
    const pageForms = linkPages[purpose];
    const show = async (req: Request, res: Response, status: number, token: string, opened: OpenedRequest, entered?: Entered) => {
      const { request, firstName, questions } = opened;
      const frame = await frameOf(req, request.tenantId, request.language);
      const sealOf = pageForms.shown(res);
      showPage(res, status, { ...frame, ...questionsPage({ language: frame.language, kind, action: path, firstName, questions, token, csrf: sealOf('csrf', linkTokenHash(token)!), entered }), style: PAGE_STYLE });
    };

    app.get(path, async (req, res) => {
      const token = typeof req.query.token === 'string' ? req.query.token : '';
      const opened = await followUps.open(token, purpose);
      if (!opened.ok) return outcome(req, res, STATUS_OF[opened.reason], opened.reason);
      await show(req, res, 200, token, opened.opened);
    });

    app.post(path, async (req, res) => {
      const { token, csrf } = parseInput(linkEnvelope, req.body ?? {});
      const linkHash = linkTokenHash(token);
      if (!linkHash) return outcome(req, res, STATUS_OF.invalid, 'invalid');
      pageForms.posted(req, csrf, linkHash);
      const opened = await followUps.open(token, purpose);
      if (!opened.ok) return outcome(req, res, STATUS_OF[opened.reason], opened.reason);
      const { request } = opened.opened;
      const given = answersOf(req, opened.opened.questions);
      if (!given.ok) return show(req, res, 400, token, opened.opened, given.entered);
      const answered = await followUps.answer(token, opened.opened, given.answers);
      if (!answered.ok) return outcome(req, res, STATUS_OF[answered.reason], answered.reason, request.tenantId, request.language);
      pageForms.done(res);
      await outcome(req, res, 200, 'answered', request.tenantId, request.language);
    });
  };

  return (app) => {
    // Before `/talent-forms/:formId`, which would take `details` for a form's id.
    linkRoutes(app, 'form-details');
    linkRoutes(app, 'follow-up');

    /** The active form the path names, its request counted against the form's tenant. */
    const publicFormOf = async (req: Request) => {
      const id = formIdOf(req);
      const form = id ? await forms.publicForm(id) : undefined;
      if (form) await rateLimits.take('pages', { tenantId: form.tenantId });
      return form;
    };

    app.get('/talent-forms/:formId', async (req, res) => {
      const form = await publicFormOf(req);
      if (!form) return outcome(req, res, STATUS_OF['no-form'], 'no-form');
      await showForm(req, res, 200, form);
    });

    app.post('/talent-forms/:formId', async (req, res) => {
      const form = await publicFormOf(req);
      if (!form) return outcome(req, res, STATUS_OF['no-form'], 'no-form');
      const envelope = parseInput(formEnvelope, req.body ?? {});
      const sealOf = formPages.posted(req, envelope.csrf, form.id);
      if (!sameSeal(sealOf('statement', form.id, envelope.consentTextId, envelope.consentSha256, String(envelope.consentMonths)), envelope.consentSeal)) {
        throw new ValidationError([{ field: 'consentTextId', code: 'not_shown', description: 'is not the consent statement this page showed; open the form again' }]);
      }
      const consentMissing: FieldViolation[] = envelope.storageConsent ? [] : [{ field: 'storageConsent', code: 'required', description: 'is required: without storage consent nothing is stored' }];
      const given = answersOf(req, firstStepQuestions(form), consentMissing);
      if (!given.ok) return showForm(req, res, 400, form, given.entered);
      await forms.submit(form, { ...EMPTY_PROFILE, ...given.answers }, { textId: envelope.consentTextId, sha256: envelope.consentSha256, months: envelope.consentMonths });
      formPages.done(res);
      await outcome(req, res, 200, 'received', form.tenantId, form.language);
    });
  };
}


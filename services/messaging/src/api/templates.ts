import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { parseInput } from '@lethe/platform/validation';
import type { MessagingServiceDefinition } from '@lethe/protos';
import { kindOf, LANGUAGES, type Language } from '../templates/catalogue';
import { MAX_SUBJECT_CHARS, MAX_TEMPLATE_CHARS, render, samplesOf, templateTextViolations, type Templates } from '../templates/templates';
import { ValidationError } from '@lethe/platform/errors';
import { channelOf, toTemplateMessage } from './convert';

export const channelSchema = z.string().transform((value, ctx) => {
  const channel = channelOf(value);
  if (!channel) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be CHANNEL_EMAIL, CHANNEL_SMS or CHANNEL_WHATSAPP' });
  return channel ?? 'email';
});

export const languageSchema = z
  .string()
  .max(8, 'must be "de" or "en"')
  .transform((value, ctx): Language => {
    if (value === '') return 'de';
    if (!(LANGUAGES as readonly string[]).includes(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be "de" or "en"' });
    return value as Language;
  });

const keySchema = z
  .string()
  .min(1, 'is required')
  .max(60, 'must be at most 60 characters')
  .pipe(z.string().refine((key) => kindOf(key) !== undefined, 'is not a template key (one of the shipped keys, or custom.<name>)'));

const templateIdSchema = z.object({ key: keySchema, channel: channelSchema, language: languageSchema });

// Oversized texts are refused here, before a template engine ever parses them.
const textSchema = {
  subject: z.string().max(MAX_SUBJECT_CHARS, `must be at most ${MAX_SUBJECT_CHARS} characters`),
  body: z.string().max(MAX_TEMPLATE_CHARS, `must be at most ${MAX_TEMPLATE_CHARS} characters`),
};

const saveSchema = templateIdSchema.extend(textSchema);
const previewSchema = templateIdSchema.extend({ ...textSchema, draft: z.boolean() });

export interface TemplatesApiDeps {
  templates: Templates;
  now: () => Date;
}

/** The tenant's templates: saving a version, reading, listing, previewing with sample values. */
export function templateHandlers({ templates, now }: TemplatesApiDeps): HandlerTable<MessagingServiceDefinition, 'SaveTemplate' | 'GetTemplate' | 'ListTemplates' | 'PreviewTemplate'> {
  return {
    SaveTemplate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { key, channel, language, subject, body } = parseInput(saveSchema, request);
      return toTemplateMessage(await templates.save(ctx.tenantId, { key, channel, language }, { subject, body }, ctx.actorId, now()));
    }),
    GetTemplate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toTemplateMessage(await templates.resolve(ctx.tenantId, parseInput(templateIdSchema, request)));
    }),
    ListTemplates: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return { templates: (await templates.list(ctx.tenantId)).map(toTemplateMessage) };
    }),
    PreviewTemplate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { draft, subject, body, ...id } = parseInput(previewSchema, request);
      const kind = kindOf(id.key)!;
      let template;
      if (draft) {
        const violations = templateTextViolations(kind, id.channel, { subject, body });
        if (violations.length > 0) throw new ValidationError(violations);
        template = { kind, channel: id.channel, text: { subject, body } };
      } else {
        template = await templates.resolve(ctx.tenantId, id);
      }
      const rendered = render(template, samplesOf(kind));
      return { subject: rendered.subject, text: rendered.text, html: id.channel === 'email' ? rendered.html : '' };
    }),
  };
}

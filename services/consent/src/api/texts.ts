import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type ConsentServiceDefinition, type ConsentText as ConsentTextMessage } from '@lethe/protos';
import { kindSchema } from '../consents/scope';
import type { TextStore } from '../texts/store';
import { languageSchema, type ConsentText } from '../texts/texts';

const publishTextSchema = z.object({
  kind: kindSchema,
  language: languageSchema,
  title: fields.required(200),
  body: fields.required(5000),
});

const listTextsSchema = z.object({
  kind: z.union([z.literal('CONSENT_KIND_UNSPECIFIED').transform(() => undefined), kindSchema]),
  language: z
    .string()
    .max(8, 'must be de or en')
    .pipe(z.union([z.literal('').transform(() => undefined), languageSchema])),
});

export function toTextMessage(text: ConsentText): ConsentTextMessage {
  return {
    ...text,
    publishedAt: text.publishedAt ? toTimestamp(text.publishedAt) : null,
    publishedBy: text.publishedBy ?? '',
  };
}

export interface TextsApiDeps {
  texts: TextStore;
  now: () => Date;
}

/** The tenant's consent texts, versioned per kind and language. */
export function textHandlers({ texts, now }: TextsApiDeps): HandlerTable<ConsentServiceDefinition, 'PublishConsentText' | 'ListConsentTexts'> {
  return {
    PublishConsentText: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const input = parseInput(publishTextSchema, request);
      return toTextMessage(await texts.publish(ctx.tenantId, input, ctx.actorId, now()));
    }),
    ListConsentTexts: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const filter = parseInput(listTextsSchema, request);
      return { texts: (await texts.list(ctx.tenantId, filter)).map(toTextMessage) };
    }),
  };
}

import { z } from 'zod';
import { requireRight, requireServiceRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import type { ConsentServiceDefinition } from '@lethe/protos';
import type { Consents } from '../consents/consents';
import { STORAGE_PERIOD_MONTHS } from '../consents/scope';
import { languageSchema } from '../texts/texts';
import { toConsentMessage } from './consents';

// A form asks for storage consent only: the one consent a person gives about their own data being kept.
const storageKind = z.literal('CONSENT_KIND_STORAGE', { errorMap: () => ({ message: 'must be STORAGE (the consent a form asks for)' }) });
const periodMonths = z
  .number()
  .int()
  .min(STORAGE_PERIOD_MONTHS.min, `must be ${STORAGE_PERIOD_MONTHS.min}–${STORAGE_PERIOD_MONTHS.max} months`)
  .max(STORAGE_PERIOD_MONTHS.max, `must be ${STORAGE_PERIOD_MONTHS.min}–${STORAGE_PERIOD_MONTHS.max} months`);

const statementSchema = z.object({
  kind: storageKind,
  language: z
    .string()
    .max(8, 'must be de or en')
    .pipe(z.union([z.literal('').transform(() => 'de' as const), languageSchema])),
  periodMonths,
});

const formGrantSchema = z.object({
  subjectId: fields.id(),
  kind: storageKind,
  periodMonths,
  textId: z.string().min(1, 'is required').pipe(fields.pattern(/^[A-Za-z0-9_.-]+$/, 'is not a text id', { max: 100 })),
  textSha256: fields.pattern(/^[0-9a-f]{64}$/, 'must be a hex SHA-256', { max: 64 }),
  form: fields.required(200),
});

export interface FormsApiDeps {
  consents: Consents;
  now: () => Date;
}

/**
 * Consent a person gives on a form another Lethe service shows them: the statement to show, and the
 * grant, which only that service records (a service token with consent:record-form), so no
 * recruiter can record a consent as given by the person.
 */
export function formHandlers({ consents, now }: FormsApiDeps): HandlerTable<ConsentServiceDefinition, 'GetConsentStatement' | 'RecordFormConsent'> {
  return {
    GetConsentStatement: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const input = parseInput(statementSchema, request);
      const statement = await consents.storageStatement(ctx.tenantId, input.language, input.periodMonths);
      const { text } = statement;
      return { textId: text.id, textVersion: text.version, language: text.language, title: statement.title, body: statement.body, sha256: statement.sha256 };
    }),
    RecordFormConsent: unary(async (request, ctx) => {
      requireServiceRight(ctx, RIGHTS.recordFormConsent);
      const { kind: _storage, ...grant } = parseInput(formGrantSchema, request);
      return toConsentMessage(await consents.recordFormGrant(ctx.tenantId, ctx.actorId, grant, now()), undefined);
    }),
  };
}

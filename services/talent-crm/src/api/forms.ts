import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { LIMITS, fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type TalentCrmServiceDefinition, type TalentForm as TalentFormMessage } from '@lethe/protos';
import { FORM_FIELD, talentFormSchema, type TalentForm, type TalentFormValues } from '../forms/form';
import type { TalentForms } from '../forms/forms';

/**
 * A request's form: its id checked by `id` (on create, only capped: a new form gets its own), its
 * values by the one form schema, both reported together (the answer's own fields a save ignores).
 */
const formOf = (id: z.ZodType<string, z.ZodTypeDef, string>) =>
  z
    .object({ id: fields.text(LIMITS.id) })
    .passthrough()
    .nullable()
    .transform((form, ctx): { id: string; values: TalentFormValues } => {
      if (!form) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'is required' });
        return z.NEVER;
      }
      const [formId, values] = [id.safeParse(form.id), talentFormSchema.safeParse(form)];
      if (!formId.success) for (const issue of formId.error.issues) ctx.addIssue({ ...issue, path: ['id', ...issue.path] });
      if (!values.success) for (const issue of values.error.issues) ctx.addIssue(issue);
      return formId.success && values.success ? { id: formId.data, values: values.data } : z.NEVER;
    });

const createSchema = z.object({ form: formOf(z.string()) });
const updateSchema = z.object({ form: formOf(fields.id()), expectedVersion: z.number().int().min(0, 'must not be negative') });

export function toTalentFormMessage(form: TalentForm): TalentFormMessage {
  return {
    id: form.id,
    title: form.title,
    description: form.description,
    language: form.language,
    fields: form.fields.map(FORM_FIELD.toProto),
    twoStep: form.twoStep,
    detailFields: form.detailFields.map(FORM_FIELD.toProto),
    poolIds: form.poolIds,
    tags: form.tags,
    interestOptions: form.interestOptions,
    storageConsentMonths: form.storageConsentMonths,
    active: form.active,
    version: form.version,
    updatedAt: toTimestamp(form.updatedAt),
  };
}

export interface FormsApiDeps {
  forms: TalentForms;
}

/** The tenant's public talent forms (their pages: /talent-forms/<id>); managed with the settings right. */
export function formHandlers({ forms }: FormsApiDeps): HandlerTable<TalentCrmServiceDefinition, 'CreateTalentForm' | 'UpdateTalentForm' | 'ListTalentForms'> {
  return {
    CreateTalentForm: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { form } = parseInput(createSchema, request);
      return toTalentFormMessage(await forms.create(ctx.tenantId, ctx.actorId, form.values));
    }),
    UpdateTalentForm: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { form, expectedVersion } = parseInput(updateSchema, request);
      return toTalentFormMessage(await forms.update(ctx.tenantId, ctx.actorId, form.id, form.values, expectedVersion));
    }),
    ListTalentForms: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      return { forms: (await forms.list(ctx.tenantId)).map(toTalentFormMessage) };
    }),
  };
}

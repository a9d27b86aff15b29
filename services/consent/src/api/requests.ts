import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import type { ConsentServiceDefinition } from '@lethe/protos';
import type { Consents } from '../consents/consents';
import type { ConsentDoc } from '../consents/model';
import { refineScope, requestDetailIssues, scopeFields, subjectScopeSchema } from '../consents/scope';
import { languageSchema } from '../texts/texts';
import { idOf, toConsentMessage } from './consents';

const requestConsentSchema = z
  .object({
    subjectId: fields.id(),
    ...scopeFields,
    clientName: z.string().trim().max(200, 'must be at most 200 characters'),
    periodMonths: z.number().int(),
    language: z.union([z.literal('').transform(() => 'de' as const), languageSchema]),
  })
  .transform((value, ctx) => {
    const scope = refineScope(value, ctx);
    for (const issue of requestDetailIssues(value.kind, value)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [issue.path], message: issue.message });
    return {
      subjectId: value.subjectId,
      scope,
      clientName: value.clientName || undefined,
      periodMonths: value.periodMonths || undefined,
      language: value.language,
    };
  });

const requestIdSchema = z.object({ requestId: idOf('request') });

export interface RequestsApiDeps {
  consents: Consents;
  /** Where candidates reach the pages; without it the link is a path. */
  publicUrl?: string;
  now: () => Date;
}

/** Consent requests and their answers by a recruiter: asking, setting consent manually, recording a refusal. */
export function requestHandlers({ consents, publicUrl, now }: RequestsApiDeps): HandlerTable<ConsentServiceDefinition, 'RequestConsent' | 'GrantManually' | 'Decline'> {
  const withName = async (doc: ConsentDoc) => toConsentMessage(doc, await consents.clientNameOf(doc));
  return {
    RequestConsent: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const input = parseInput(requestConsentSchema, request);
      const { doc, token } = await consents.request(ctx.tenantId, ctx.actorId, input, now());
      const linkPath = `/consent?token=${token}`;
      return { consent: toConsentMessage(doc, input.clientName), linkToken: token, linkUrl: publicUrl ? `${publicUrl}${linkPath}` : linkPath };
    }),
    GrantManually: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.setConsentManually);
      const { subjectId, scope } = parseInput(subjectScopeSchema, request);
      return withName(await consents.grantManually(ctx.tenantId, ctx.actorId, subjectId, scope, now()));
    }),
    Decline: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const { requestId } = parseInput(requestIdSchema, request);
      return withName(await consents.decline(ctx.tenantId, ctx.actorId, requestId, now()));
    }),
  };
}

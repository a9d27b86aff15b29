import { z } from 'zod';
import { requireRight, requireServiceRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type ConsentServiceDefinition } from '@lethe/protos';
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
    language: z
      .string()
      .max(8, 'must be de or en')
      .pipe(z.union([z.literal('').transform(() => 'de' as const), languageSchema])),
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

/**
 * Consent requests and their answers by a recruiter: asking, setting consent manually, recording a
 * refusal; and the request's link, which only messaging obtains, for the message to the candidate.
 */
export function requestHandlers({
  consents,
  publicUrl,
  now,
}: RequestsApiDeps): HandlerTable<ConsentServiceDefinition, 'RequestConsent' | 'IssueRequestLink' | 'GrantManually' | 'Decline'> {
  const withName = async (doc: ConsentDoc) => toConsentMessage(doc, await consents.clientNameOf(doc));
  return {
    RequestConsent: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const input = parseInput(requestConsentSchema, request);
      const doc = await consents.request(ctx.tenantId, ctx.actorId, input, now());
      return { consent: toConsentMessage(doc, input.clientName) };
    }),
    IssueRequestLink: unary(async (request, ctx) => {
      // The link acts for the candidate: it is handed to a service only, never to a user's call.
      requireServiceRight(ctx, RIGHTS.issueLinks);
      const { requestId } = parseInput(requestIdSchema, request);
      const link = await consents.issueLink(ctx.tenantId, requestId, now());
      const linkPath = `/consent?token=${link.token}`;
      return { token: link.token, url: publicUrl ? `${publicUrl}${linkPath}` : linkPath, expiresAt: toTimestamp(link.expiresAt) };
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

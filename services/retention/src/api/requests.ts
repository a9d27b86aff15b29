import { z } from 'zod';
import { requireRight, requireServiceRight, RIGHTS, type RequestContext } from '@lethe/platform/auth';
import { unary } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type ErasureRequest } from '@lethe/protos';
import { REQUEST_STATE, REQUESTED_BY } from '../requests/rules';
import type { ErasureRequestView } from '../requests/store';
import { DEFAULT_LINK_DAYS, MAX_LINK_DAYS, SELF_SERVICE_PURPOSE } from '../self-service/links';
import { REASON_MAX_CHARS } from '../self-service/rules';
import type { RetentionApiDeps, RetentionHandlers } from './deps';
import { downloadLinkMessage } from './exports';
import { pageRequest } from './fields';

function toErasureRequestMessage(request: ErasureRequestView): ErasureRequest {
  return {
    requestId: request.requestId,
    subjectId: request.subjectId,
    state: REQUEST_STATE.toProto(request.state),
    requestedBy: REQUESTED_BY.toProto(request.requestedBy),
    openedBy: request.openedBy,
    openedAt: toTimestamp(request.openedAt),
    deadlineAt: toTimestamp(request.deadlineAt),
    reason: request.reason,
    withdrawnBy: request.withdrawnBy ? REQUESTED_BY.toProto(request.withdrawnBy) : 'REQUESTED_BY_UNSPECIFIED',
    withdrawnAt: request.withdrawnAt ? toTimestamp(request.withdrawnAt) : null,
    withdrawReason: request.withdrawReason,
    erasureId: request.erasureId ?? '',
  };
}

/** Either the candidate's link token (which names the subject) or a subject id with recruiter rights. */
const erasureRequestInput = z
  .object({
    subjectId: z.string().max(64, 'must be at most 64 characters'),
    linkToken: z.string().max(200, 'must be at most 200 characters'),
    reason: fields.optional(REASON_MAX_CHARS),
  })
  .superRefine((request, ctx) => {
    if (request.linkToken && request.subjectId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['subjectId'], message: 'must be empty when a link token is given (the link names the subject)' });
    if (!request.linkToken && !fields.id().safeParse(request.subjectId).success) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['subjectId'], message: 'is required (an id) unless a link token is given' });
  });

const PURPOSE_NAMES = SELF_SERVICE_PURPOSE.names.map((name) => SELF_SERVICE_PURPOSE.toProto(name).replace('SELF_SERVICE_PURPOSE_', '')).join(', ');

const linkRequest = z.object({
  subjectId: fields.id(),
  purpose: z
    .string()
    .refine((purpose) => SELF_SERVICE_PURPOSE.fromProto(purpose) !== undefined, `must be one of ${PURPOSE_NAMES}`)
    .transform((purpose) => SELF_SERVICE_PURPOSE.fromProto(purpose)!),
  validDays: z.number().int().min(0, `must be 1–${MAX_LINK_DAYS} (0: ${DEFAULT_LINK_DAYS})`).max(MAX_LINK_DAYS, `must be at most ${MAX_LINK_DAYS}`).transform((days) => days || DEFAULT_LINK_DAYS),
});

/**
 * Erasure requests, by a recruiter with the right or by the candidate through single-use links
 * bound to purpose and tenant, which only messaging obtains, for the message to the candidate.
 * A link acts as the self-service pages do (SelfService), pinned to the caller's tenant.
 */
export function requestHandlers({ requests, selfService, selfServiceLinks, exports, publicUrl, policies, now }: RetentionApiDeps): RetentionHandlers<'OpenErasureRequest' | 'WithdrawErasureRequest' | 'GetErasureRequest' | 'ListErasureRequests' | 'CreateSelfServiceLink'> {
  const recruiter = (ctx: RequestContext) => {
    requireRight(ctx, RIGHTS.writeCandidates);
    return { kind: 'recruiter' as const, actorId: ctx.actorId };
  };

  return {
    OpenErasureRequest: unary(async (request, ctx) => {
      const input = parseInput(erasureRequestInput, request);
      const reason = input.reason ?? '';
      if (input.linkToken) return toErasureRequestMessage(await selfService.openRequest({ token: input.linkToken, tenantId: ctx.tenantId }, 'erasure-request-open', reason, now()));
      const actor = recruiter(ctx);
      return toErasureRequestMessage(await requests.open(ctx.tenantId, input.subjectId, actor, reason, now(), await policies.get(ctx.tenantId)));
    }),
    WithdrawErasureRequest: unary(async (request, ctx) => {
      const input = parseInput(erasureRequestInput, request);
      const reason = input.reason ?? '';
      if (input.linkToken) return toErasureRequestMessage(await selfService.withdrawRequest({ token: input.linkToken, tenantId: ctx.tenantId }, reason, now()));
      return toErasureRequestMessage(await requests.withdraw(ctx.tenantId, input.subjectId, recruiter(ctx), reason, now()));
    }),
    GetErasureRequest: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { subjectId } = parseInput(z.object({ subjectId: fields.id() }), request);
      return toErasureRequestMessage(await requests.store.get(ctx.tenantId, subjectId));
    }),
    ListErasureRequests: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { page } = parseInput(z.object({ page: pageRequest }), request);
      const result = await requests.store.listOpen(ctx.tenantId, page.pageSize, page.pageToken);
      return { requests: result.items.map(toErasureRequestMessage), page: { nextPageToken: result.nextPageToken } };
    }),
    CreateSelfServiceLink: unary(async (request, ctx) => {
      // The link acts for the candidate: it is handed to a service only (messaging, for the message to them), never to a user's call.
      requireServiceRight(ctx, RIGHTS.issueLinks);
      if (request.purpose === 'SELF_SERVICE_PURPOSE_DOWNLOAD_DATA_EXPORT') return downloadLinkMessage({ exports, publicUrl, now }, ctx.tenantId, request);
      const valid = parseInput(linkRequest, request);
      const link = await selfServiceLinks.issue(ctx.tenantId, valid.subjectId, valid.purpose, valid.validDays, now());
      return { token: link.token, url: publicUrl ? `${publicUrl}${link.path}` : link.path, expiresAt: toTimestamp(link.expiresAt) };
    }),
  };
}

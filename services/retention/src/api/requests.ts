import { z } from 'zod';
import { requireRight, requireServiceRight, RIGHTS, type RequestContext } from '@lethe/platform/auth';
import { PreconditionError, type Reason } from '@lethe/platform/errors';
import { unary } from '@lethe/platform/grpc';
import type { LinkRefusal } from '@lethe/platform/links';
import { fields, parseInput } from '@lethe/platform/validation';
import { protoEnum, toTimestamp, type ErasureRequest, type SelfServicePurpose } from '@lethe/protos';
import { REQUEST_STATE, REQUESTED_BY, type Actor } from '../requests/rules';
import type { ErasureRequestView } from '../requests/store';
import type { RetentionApiDeps, RetentionHandlers } from './deps';
import { pageRequest } from './fields';

/** The link purposes of the candidate's self-service: opening or withdrawing their erasure request. */
const SELF_SERVICE_PURPOSE = protoEnum({
  'erasure-request-open': 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST',
  'erasure-request-withdraw': 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST',
} as const satisfies Record<string, SelfServicePurpose>);
type LinkPurpose = (typeof SELF_SERVICE_PURPOSE.names)[number];

const LINK_REFUSED: Record<LinkRefusal, Reason> = { invalid: 'LINK_INVALID', expired: 'LINK_EXPIRED', used: 'LINK_USED' };
const linkRefused = (reason: LinkRefusal) => new PreconditionError(LINK_REFUSED[reason], `the link is ${reason}`);
const DAY_MS = 24 * 3600_000;

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
    reason: fields.optional(2000),
  })
  .superRefine((request, ctx) => {
    if (request.linkToken && request.subjectId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['subjectId'], message: 'must be empty when a link token is given (the link names the subject)' });
    if (!request.linkToken && !fields.id().safeParse(request.subjectId).success) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['subjectId'], message: 'is required (an id) unless a link token is given' });
  });

const linkRequest = z.object({
  subjectId: fields.id(),
  purpose: z
    .string()
    .refine((purpose) => SELF_SERVICE_PURPOSE.fromProto(purpose) !== undefined, 'must be OPEN_ERASURE_REQUEST or WITHDRAW_ERASURE_REQUEST')
    .transform((purpose) => SELF_SERVICE_PURPOSE.fromProto(purpose)!),
  validDays: z.number().int().min(0, 'must be 1–30 (0: 30)').max(30, 'must be at most 30').transform((days) => days || 30),
});

/** Who acts on an erasure request, and the link use that goes with it (none for a recruiter). */
interface Acting {
  subjectId: string;
  actor: Actor;
  /** Uses the candidate's link up; run as the subject's only writer, with the change it allows. */
  useLink?: () => Promise<void>;
}

/**
 * Erasure requests, by a recruiter with the right or by the candidate through single-use links
 * bound to purpose and tenant, which only messaging obtains, for the message to the candidate.
 */
export function requestHandlers({ requests, links, policies, fence, publicUrl, now }: RetentionApiDeps): RetentionHandlers<'OpenErasureRequest' | 'WithdrawErasureRequest' | 'GetErasureRequest' | 'ListErasureRequests' | 'CreateSelfServiceLink'> {
  const actingOf = async (ctx: RequestContext, input: { subjectId: string; linkToken: string }, purpose: LinkPurpose): Promise<Acting> => {
    if (!input.linkToken) {
      requireRight(ctx, RIGHTS.writeCandidates);
      return { subjectId: input.subjectId, actor: { kind: 'recruiter', actorId: ctx.actorId } };
    }
    const check = await links.inspect(input.linkToken, purpose, now(), { tenantId: ctx.tenantId });
    if (!check.ok) throw linkRefused(check.reason);
    const { subjectId } = check.link;
    const useLink = async () => {
      const used = await links.consume(input.linkToken, purpose, now(), { tenantId: ctx.tenantId, subjectId });
      if (!used.ok) throw linkRefused(used.reason);
    };
    return { subjectId, actor: { kind: 'candidate', actorId: `candidate:${subjectId}` }, useLink };
  };
  /** Runs the change, with the link's use first and in the same hold on the subject when a link acts. */
  const acting = <T>(tenantId: string, { subjectId, useLink }: Acting, change: () => Promise<T>): Promise<T> =>
    useLink
      ? fence.write({ tenantId, subjectId }, async () => {
          await useLink();
          return change();
        })
      : change();

  return {
    OpenErasureRequest: unary(async (request, ctx) => {
      const input = parseInput(erasureRequestInput, request);
      const who = await actingOf(ctx, input, 'erasure-request-open');
      const policy = await policies.get(ctx.tenantId);
      return toErasureRequestMessage(await acting(ctx.tenantId, who, () => requests.open(ctx.tenantId, who.subjectId, who.actor, input.reason ?? '', now(), policy)));
    }),
    WithdrawErasureRequest: unary(async (request, ctx) => {
      const input = parseInput(erasureRequestInput, request);
      const who = await actingOf(ctx, input, 'erasure-request-withdraw');
      return toErasureRequestMessage(await acting(ctx.tenantId, who, () => requests.withdraw(ctx.tenantId, who.subjectId, who.actor, input.reason ?? '', now())));
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
      const valid = parseInput(linkRequest, request);
      // A link for a person erased meanwhile would outlive their erasure: issued as their only writer.
      const link = await fence.write({ tenantId: ctx.tenantId, subjectId: valid.subjectId }, () =>
        links.issue({ tenantId: ctx.tenantId, subjectId: valid.subjectId, purpose: valid.purpose, ttlMs: valid.validDays * DAY_MS, now: now() }),
      );
      const linkPath = `/self-service?token=${link.token}`;
      return { token: link.token, url: publicUrl ? `${publicUrl}${linkPath}` : linkPath, expiresAt: toTimestamp(link.expiresAt) };
    }),
  };
}

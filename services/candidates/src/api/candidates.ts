import { z } from 'zod';
import { hasRight, requireRight, RIGHTS, type RequestContext } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type Candidate, type Duplicate } from '@lethe/protos';
import type { Actor, CandidateSearch, CandidateView, DuplicateMatch } from '../candidates/candidates';
import { candidateInputSchema, parseUpdateMask, personalSchema, toPersonalData, toPersonalValues } from '../candidates/input';
import { mergeCandidates } from '../candidates/merge';
import { idRequest, metaStatusFilter, optionalId, page, required, statusKeyFilter, timestamp } from './fields';
import type { ApiDeps, candidatesDefinition } from './index';

const STATE = { active: 'CANDIDATE_STATE_ACTIVE', reduced: 'CANDIDATE_STATE_REDUCED', anonymised: 'CANDIDATE_STATE_ANONYMISED' } as const;
export const timestampOrNull = (date: Date | undefined) => (date ? toTimestamp(date) : null);

/** The proto Candidate of a stored document and its decrypted personal values. */
export function toCandidateMessage({ doc, values }: CandidateView): Candidate {
  return {
    id: doc._id,
    personal: toPersonalData(values),
    tags: doc.tags,
    ownerId: doc.ownerId,
    source: doc.source,
    inboundChannel: doc.inboundChannel,
    createdAt: timestampOrNull(doc.createdAt),
    updatedAt: timestampOrNull(doc.updatedAt),
    createdBy: doc.createdBy,
    updatedBy: doc.updatedBy,
    state: STATE[doc.state],
    markedForDeletion: Boolean(doc.markedForDeletion),
    earliestDeletionAt: timestampOrNull(doc.markedForDeletion?.earliestDeletionAt),
    erasureRequested: Boolean(doc.erasureRequest),
    anonymisedName: doc.anonymisedName ?? '',
    version: doc.version,
  };
}

function toDuplicateMessages(duplicates: DuplicateMatch[]): Duplicate[] {
  return duplicates.map((duplicate) => ({ candidateId: duplicate.candidateId, matchedOn: duplicate.matchedOn, markedForDeletion: duplicate.markedForDeletion }));
}

export const actorOf = (ctx: RequestContext): Actor => ({ tenantId: ctx.tenantId, actorId: ctx.actorId });

/** Candidates marked for deletion and anonymised ones show only to callers with the right, and only when they ask. */
export function includeHidden(ctx: RequestContext, asked: boolean): boolean {
  if (asked) requireRight(ctx, RIGHTS.seeMarked);
  return asked;
}


/** Largest batch of BulkCreateCandidates. */
const MAX_BULK = 1_000;

const listRequest = z.object({
  page,
  tags: fields.list(z.string().trim().min(1).max(50), 20),
  skill: fields.optional(100),
  ownerId: optionalId,
  source: fields.optional(64),
  createdAfter: timestamp,
  createdBefore: timestamp,
  updatedAfter: timestamp,
  updatedBefore: timestamp,
  includeMarked: z.boolean(),
  includeErasureRequested: z.boolean(),
  applicationStatusKey: statusKeyFilter,
  applicationMetaStatus: metaStatusFilter,
});

type Methods = 'CreateCandidate' | 'GetCandidate' | 'UpdateCandidate' | 'ListCandidates' | 'ListCandidateIds' | 'FindCandidatesByEmail' | 'FindCandidatesByName' | 'CheckDuplicates' | 'BulkCreateCandidates' | 'MergeCandidates';

export function candidateHandlers({ candidates, recruiting, merge }: ApiDeps): HandlerTable<typeof candidatesDefinition, Methods> {
  /** A list request's filters as the candidates' search: an application status selects the candidates having it. */
  const searchOf = async (ctx: RequestContext, valid: z.infer<typeof listRequest>): Promise<CandidateSearch> => {
    const byStatus = { statusKey: valid.applicationStatusKey, metaStatus: valid.applicationMetaStatus };
    return {
      tags: valid.tags,
      skill: valid.skill,
      ownerId: valid.ownerId || undefined,
      source: valid.source,
      createdAfter: valid.createdAfter,
      createdBefore: valid.createdBefore,
      updatedAfter: valid.updatedAfter,
      updatedBefore: valid.updatedBefore,
      includeMarked: includeHidden(ctx, valid.includeMarked),
      includeErasureRequested: valid.includeErasureRequested,
      candidateIds: byStatus.statusKey || byStatus.metaStatus ? await recruiting.applications.candidatesWith(ctx.tenantId, byStatus) : undefined,
    };
  };
  return {
    CreateCandidate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const { candidate: input, allowDuplicates } = parseInput(z.object({ candidate: required(candidateInputSchema), allowDuplicates: z.boolean() }), request);
      const { view, duplicates } = await candidates.create(actorOf(ctx), input!, toPersonalValues(input!.personal), allowDuplicates);
      return { candidate: toCandidateMessage(view), duplicates: toDuplicateMessages(duplicates) };
    }),

    GetCandidate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { id } = parseInput(idRequest, request);
      const view = await candidates.view(ctx.tenantId, id);
      // Without the right to see marked records, a marked candidate answers as its lock does.
      if (view.doc.markedForDeletion && !hasRight(ctx, RIGHTS.seeMarked)) await candidates.require(ctx.tenantId, id, 'edit');
      return toCandidateMessage(view);
    }),

    UpdateCandidate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(
        z.object({
          id: fields.id(),
          candidate: required(candidateInputSchema),
          updateMask: z.object({ paths: fields.list(z.string().max(100), 50) }).nullable(),
          expectedVersion: z.number().int().min(0),
          allowDuplicates: z.boolean(),
        }),
        request,
      );
      const mask = parseUpdateMask(valid.updateMask?.paths ?? []);
      const input = valid.candidate!;
      const { view, duplicates } = await candidates.update(actorOf(ctx), valid.id, input, toPersonalValues(input.personal), mask, valid.expectedVersion, valid.allowDuplicates);
      return { candidate: toCandidateMessage(view), duplicates: toDuplicateMessages(duplicates) };
    }),

    ListCandidates: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(listRequest, request);
      const { views, nextPageToken } = await candidates.list(ctx.tenantId, await searchOf(ctx, valid), valid.page.pageSize, valid.page.pageToken);
      return { candidates: views.map(toCandidateMessage), page: { nextPageToken } };
    }),

    ListCandidateIds: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(listRequest, request);
      const page = await candidates.listIds(ctx.tenantId, await searchOf(ctx, valid), valid.page.pageSize, valid.page.pageToken);
      return { candidateIds: page.items, page: { nextPageToken: page.nextPageToken } };
    }),

    FindCandidatesByEmail: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ email: personalSchema.shape.email.refine((value) => value !== undefined, 'is required'), includeMarked: z.boolean() }), request);
      const views = await candidates.findBy(ctx.tenantId, 'email', { email: valid.email }, includeHidden(ctx, valid.includeMarked));
      return { candidates: views.map(toCandidateMessage), page: { nextPageToken: '' } };
    }),

    FindCandidatesByName: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ firstName: fields.required(100), lastName: fields.required(100), includeMarked: z.boolean() }), request);
      const views = await candidates.findBy(ctx.tenantId, 'name', { firstName: valid.firstName, lastName: valid.lastName }, includeHidden(ctx, valid.includeMarked));
      return { candidates: views.map(toCandidateMessage), page: { nextPageToken: '' } };
    }),

    CheckDuplicates: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ personal: required(personalSchema), excludeCandidateId: optionalId }), request);
      return { duplicates: toDuplicateMessages(await candidates.duplicatesOf(ctx.tenantId, toPersonalValues(valid.personal!), valid.excludeCandidateId || undefined)) };
    }),

    BulkCreateCandidates: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      // The count first: a batch over the limit is refused before any of its candidates is parsed.
      const batch = z.array(z.unknown()).min(1, 'must not be empty').max(MAX_BULK, `must have at most ${MAX_BULK} entries`).pipe(z.array(candidateInputSchema));
      const valid = parseInput(z.object({ candidates: batch, allowDuplicates: z.boolean() }), request);
      const inputs = valid.candidates.map((input) => ({ input, values: toPersonalValues(input.personal) }));
      return { candidateIds: await candidates.createMany(actorOf(ctx), inputs, valid.allowDuplicates) };
    }),

    MergeCandidates: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ keptCandidateId: fields.id(), mergedCandidateId: fields.id() }), request);
      const outcome = await mergeCandidates(merge, actorOf(ctx), valid.keptCandidateId, valid.mergedCandidateId);
      return { candidate: toCandidateMessage(outcome.view), filesMoved: outcome.filesMoved, activitiesMoved: outcome.activitiesMoved, applicationsRelinked: outcome.applicationsRelinked };
    }),
  };
}

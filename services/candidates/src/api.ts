import { z } from 'zod';
import { clientStream, defineService, fields, hasRight, parseInput, requireRight, RIGHTS, serverStream, unary, type RequestContext, type ServiceRegistration } from '@lethe/platform';
import { ActivityKind, loadGrpcObject, toTimestamp, type CandidatesProto, type Duplicate } from '@lethe/protos';
import { restartsRetentionClock } from './activity/activity-log';
import { candidateInputSchema, parseUpdateMask, personalSchema, toCandidateMessage, toPersonalValues } from './candidates/input';
import { mergeCandidates, type MergeParts } from './candidates/merge';
import { candidatesWithApplications } from './recruiting-link';
import type { DuplicateMatch } from './candidates/store';
import { fileRequest, toFileMessage, uploadFile } from './files/api';
import { metaStatusFilter, optionalId, page, statusKeyFilter, timestamp } from './request-schemas';
import { settingsSchema, toSettingsMessage, type SettingsStore } from './settings';

const definition = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService.service;

const idRequest = z.object({ id: fields.id() });
const activityKinds = Object.keys(ActivityKind).filter((kind) => kind !== 'ACTIVITY_KIND_UNSPECIFIED') as [string, ...string[]];

const listRequest = z.object({
  page,
  tags: z.array(z.string().trim().min(1).max(50)).max(20),
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

function toDuplicateMessages(duplicates: DuplicateMatch[]): Duplicate[] {
  return duplicates.map((duplicate) => ({ candidateId: duplicate.candidateId, matchedOn: duplicate.matchedOn, markedForDeletion: duplicate.markedForDeletion }));
}

/** Marked candidates show only to callers with the right, and only when they ask (seed 004). */
function includeMarked(ctx: RequestContext, asked: boolean): boolean {
  if (asked) requireRight(ctx, RIGHTS.seeMarked);
  return asked;
}

export interface ApiParts extends MergeParts {
  settings: SettingsStore;
}

/** Largest batch of BulkCreateCandidates. */
const MAX_BULK = 1_000;

export function candidatesApi(parts: ApiParts): ServiceRegistration {
  const { candidates, activities, files, settings, now } = parts;
  const actor = (ctx: RequestContext) => ({ tenantId: ctx.tenantId, actorId: ctx.actorId });

  return defineService(definition).implement({
    CreateCandidate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const { candidate, allowDuplicates } = parseInput(
        z.object({ candidate: candidateInputSchema.nullable().refine((value) => value !== null, 'is required'), allowDuplicates: z.boolean() }),
        request,
      );
      const input = candidate!;
      const { view, duplicates } = await candidates.create(actor(ctx), input, toPersonalValues(input.personal), allowDuplicates);
      return { candidate: toCandidateMessage(view.doc, view.values), duplicates: toDuplicateMessages(duplicates) };
    }),

    GetCandidate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { id } = parseInput(idRequest, request);
      const view = await candidates.view(ctx.tenantId, id);
      if (view.doc.markedForDeletion && !hasRight(ctx, RIGHTS.seeMarked)) {
        await candidates.require(ctx.tenantId, id, 'edit');
      }
      return toCandidateMessage(view.doc, view.values);
    }),

    UpdateCandidate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(
        z.object({
          id: fields.id(),
          candidate: candidateInputSchema.nullable().refine((value) => value !== null, 'is required'),
          updateMask: z.object({ paths: z.array(z.string().max(100)).max(50) }).nullable(),
          expectedVersion: z.number().int().min(0),
          allowDuplicates: z.boolean(),
        }),
        request,
      );
      const mask = parseUpdateMask(valid.updateMask?.paths ?? []);
      const input = valid.candidate!;
      const { view, duplicates } = await candidates.update(actor(ctx), valid.id, input, toPersonalValues(input.personal), mask, valid.expectedVersion, valid.allowDuplicates);
      return { candidate: toCandidateMessage(view.doc, view.values), duplicates: toDuplicateMessages(duplicates) };
    }),

    ListCandidates: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(listRequest, request);
      const byApplications = { statusKey: valid.applicationStatusKey, metaStatus: valid.applicationMetaStatus };
      const withApplications = byApplications.statusKey || byApplications.metaStatus ? await candidatesWithApplications(parts.recruiting(), ctx.tenantId, byApplications) : undefined;
      const { views, nextPageToken } = await candidates.list(
        ctx.tenantId,
        {
          tags: valid.tags,
          skill: valid.skill,
          ownerId: valid.ownerId || undefined,
          source: valid.source,
          createdAfter: valid.createdAfter,
          createdBefore: valid.createdBefore,
          updatedAfter: valid.updatedAfter,
          updatedBefore: valid.updatedBefore,
          includeMarked: includeMarked(ctx, valid.includeMarked),
          includeErasureRequested: valid.includeErasureRequested,
          candidateIds: withApplications,
        },
        valid.page.pageSize,
        valid.page.pageToken,
      );
      return { candidates: views.map((view) => toCandidateMessage(view.doc, view.values)), page: { nextPageToken } };
    }),

    FindCandidatesByEmail: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ email: personalSchema.shape.email.refine((value) => value !== undefined, 'is required'), includeMarked: z.boolean() }), request);
      const token = candidates.tokensOf(ctx.tenantId, { email: valid.email }).email ?? null;
      const views = await candidates.findByToken(ctx.tenantId, 'email', token, includeMarked(ctx, valid.includeMarked));
      return { candidates: views.map((view) => toCandidateMessage(view.doc, view.values)), page: { nextPageToken: '' } };
    }),

    FindCandidatesByName: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ firstName: fields.required(100), lastName: fields.required(100), includeMarked: z.boolean() }), request);
      const token = candidates.tokensOf(ctx.tenantId, { firstName: valid.firstName, lastName: valid.lastName }).name ?? null;
      const views = await candidates.findByToken(ctx.tenantId, 'name', token, includeMarked(ctx, valid.includeMarked));
      return { candidates: views.map((view) => toCandidateMessage(view.doc, view.values)), page: { nextPageToken: '' } };
    }),

    CheckDuplicates: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ personal: personalSchema.nullable().refine((value) => value !== null, 'is required'), excludeCandidateId: optionalId }), request);
      const duplicates = await candidates.duplicatesOf(ctx.tenantId, toPersonalValues(valid.personal!), valid.excludeCandidateId || undefined);
      return { duplicates: toDuplicateMessages(duplicates) };
    }),

    RecordActivity: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(
        z.object({
          candidateId: fields.id(),
          kind: z.enum(activityKinds, { errorMap: () => ({ message: 'must be an activity kind' }) }),
          occurredAt: timestamp.refine((value) => value === undefined || value.getTime() <= now().getTime() + 60_000, 'must not be in the future'),
        }),
        request,
      );
      await candidates.require(ctx.tenantId, valid.candidateId, 'edit');
      const occurredAt = valid.occurredAt ?? now();
      const kind = valid.kind as keyof typeof ActivityKind;
      const id = await activities.record({ tenantId: ctx.tenantId, candidateId: valid.candidateId, kind, actorId: ctx.actorId, occurredAt });
      return { id, candidateId: valid.candidateId, kind, actorId: ctx.actorId, occurredAt: toTimestamp(occurredAt), restartsRetentionClock: restartsRetentionClock(kind) };
    }),

    ListActivities: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ candidateId: fields.id(), page }), request);
      await candidates.require(ctx.tenantId, valid.candidateId, 'read');
      const result = await activities.list(ctx.tenantId, valid.candidateId, valid.page.pageSize, valid.page.pageToken);
      return {
        activities: result.items.map((row) => ({
          id: row._id,
          candidateId: row.candidateId,
          kind: row.kind,
          actorId: row.actorId,
          occurredAt: toTimestamp(row.occurredAt),
          restartsRetentionClock: restartsRetentionClock(row.kind),
        })),
        page: { nextPageToken: result.nextPageToken },
      };
    }),

    GetSettings: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toSettingsMessage(await settings.get(ctx.tenantId));
    }),

    UpdateSettings: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const valid = parseInput(z.object({ settings: settingsSchema.nullable().refine((value) => value !== null, 'is required') }), request);
      return toSettingsMessage(await settings.update(ctx.tenantId, valid.settings!, ctx.actorId, now()));
    }),

    BulkCreateCandidates: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ candidates: z.array(candidateInputSchema).min(1, 'must not be empty').max(MAX_BULK, `must have at most ${MAX_BULK} entries`), allowDuplicates: z.boolean() }), request);
      const inputs = valid.candidates.map((input) => ({ input, values: toPersonalValues(input.personal) }));
      return { candidateIds: await candidates.createMany(actor(ctx), inputs, valid.allowDuplicates) };
    }),

    MergeCandidates: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ keptCandidateId: fields.id(), mergedCandidateId: fields.id() }), request);
      const outcome = await mergeCandidates(parts, actor(ctx), valid.keptCandidateId, valid.mergedCandidateId);
      return {
        candidate: toCandidateMessage(outcome.view.doc, outcome.view.values),
        filesMoved: outcome.filesMoved,
        activitiesMoved: outcome.activitiesMoved,
        applicationsRelinked: outcome.applicationsRelinked,
      };
    }),

    UploadFile: clientStream((requests, ctx) => uploadFile(requests, ctx, { candidates, files, activities, now })),

    DownloadFile: serverStream(async function* (request, ctx) {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(fileRequest, request);
      await candidates.require(ctx.tenantId, valid.candidateId, 'read');
      const file = await files.get(ctx.tenantId, valid.candidateId, valid.fileId);
      yield { file: toFileMessage(file) };
      for await (const chunk of files.content(file.doc)) yield { chunk };
    }),

    ListFiles: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ candidateId: fields.id() }), request);
      await candidates.require(ctx.tenantId, valid.candidateId, 'read');
      return { files: (await files.list(ctx.tenantId, valid.candidateId)).map(toFileMessage) };
    }),

    DeleteFile: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(fileRequest, request);
      await candidates.require(ctx.tenantId, valid.candidateId, 'edit');
      await files.delete(ctx.tenantId, valid.candidateId, valid.fileId);
      return {};
    }),
  });
}

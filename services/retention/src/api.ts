import { z } from 'zod';
import { defineService, fields, parseInput, requireRight, RIGHTS, unary, type ErasureModeName, type ServiceRegistration } from '@lethe/platform';
import { loadGrpcObject, toTimestamp, type Erasure, type ErasureMode, type ErasureState, type Mark, type RetentionPolicy as RetentionPolicyMessage, type RetentionProto } from '@lethe/protos';
import type { ClockStore } from './clock/store';
import type { ErasureDoc, ErasureOrchestrator } from './erasure/orchestrator';
import { earliestDeletion, type MarkDoc, type MarkStore } from './marks/marks';
import { scheduleOf } from './clock/schedule';
import { policySchema, type PolicyStore, type RetentionPolicy } from './policy/policy';

const definition = loadGrpcObject<RetentionProto>().lethe.retention.v1.RetentionService.service;

const MODE_OF: Record<ErasureModeName, ErasureMode> = { delete: 'ERASURE_MODE_DELETE', anonymise: 'ERASURE_MODE_ANONYMISE', reduce: 'ERASURE_MODE_REDUCE' };
const MODE_NAME: Partial<Record<ErasureMode, ErasureModeName>> = { ERASURE_MODE_DELETE: 'delete', ERASURE_MODE_ANONYMISE: 'anonymise', ERASURE_MODE_REDUCE: 'reduce' };

function toPolicyMessage(policy: RetentionPolicy): RetentionPolicyMessage {
  const { defaultMode, updatedAt, ...rest } = policy;
  return { ...rest, defaultMode: MODE_OF[defaultMode], updatedAt: updatedAt ? toTimestamp(updatedAt) : null, updatedBy: policy.updatedBy ?? '' };
}

const updateRequest = z.object({
  policy: z
    .object({ defaultMode: z.string() })
    .passthrough()
    .nullable()
    .refine((value) => value !== null, 'is required')
    .transform((value) => ({ ...value!, defaultMode: MODE_NAME[value!.defaultMode as ErasureMode] ?? value!.defaultMode }))
    .pipe(policySchema),
  expectedVersion: z.number().int().min(0),
});

const STATE_OF: Record<ErasureDoc['state'], ErasureState> = { pending: 'ERASURE_STATE_PENDING', done: 'ERASURE_STATE_DONE', stuck: 'ERASURE_STATE_STUCK' };
const STATE_NAME: Partial<Record<string, ErasureDoc['state']>> = { ERASURE_STATE_PENDING: 'pending', ERASURE_STATE_DONE: 'done', ERASURE_STATE_STUCK: 'stuck' };

function toErasureMessage(doc: ErasureDoc): Erasure {
  return {
    id: doc._id,
    subjectId: doc.subjectId,
    commandId: doc.commandId,
    mode: MODE_OF[doc.mode],
    reason: doc.reason,
    state: STATE_OF[doc.state],
    attempt: doc.attempt,
    issuedAt: toTimestamp(doc.issuedAt),
    completedAt: doc.completedAt ? toTimestamp(doc.completedAt) : null,
    services: Object.entries(doc.services)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([service, state]) => ({ service, state: state.state, at: state.at ? toTimestamp(state.at) : null, counts: state.counts ?? {}, failureReason: state.failureReason ?? '' })),
    trigger: doc.trigger.kind,
  };
}

const pageRequest = z
  .object({ pageSize: z.number().int().min(0, 'must not be negative'), pageToken: z.string().max(200) })
  .nullable()
  .transform((page) => page ?? { pageSize: 0, pageToken: '' });

const listErasuresRequest = z.object({
  page: pageRequest,
  state: z.string().refine((state) => state === 'ERASURE_STATE_UNSPECIFIED' || state in STATE_NAME, 'must be PENDING, DONE or STUCK'),
  subjectId: z.string().refine((value) => value === '' || fields.id().safeParse(value).success, 'must be an id'),
});

const MARK_STATE = { marked: 'MARK_STATE_MARKED', restored: 'MARK_STATE_RESTORED', executed: 'MARK_STATE_EXECUTED' } as const;

function toMarkMessage(mark: MarkDoc): Mark {
  return {
    subjectId: mark.subjectId,
    mode: MODE_OF[mark.mode],
    state: MARK_STATE[mark.state],
    markedAt: toTimestamp(mark.markedAt),
    markedBy: mark.markedBy,
    earliestDeletionAt: toTimestamp(mark.earliestDeletionAt),
    waitRule: mark.waitRule,
  };
}

export interface RetentionApiDeps {
  policies: PolicyStore;
  clocks: ClockStore;
  orchestrator: ErasureOrchestrator;
  marks: MarkStore;
  now: () => Date;
}

export function retentionApi({ policies, clocks, orchestrator, marks, now }: RetentionApiDeps): ServiceRegistration {
  return defineService(definition).implement({
    GetPolicy: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toPolicyMessage(await policies.get(ctx.tenantId));
    }),
    UpdatePolicy: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { policy, expectedVersion } = parseInput(updateRequest, request);
      return toPolicyMessage(await policies.update(ctx.tenantId, policy, expectedVersion, ctx.actorId, now()));
    }),
    ExplainRetention: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { subjectId } = parseInput(z.object({ subjectId: fields.id() }), request);
      const [clock, policy] = await Promise.all([clocks.get(ctx.tenantId, subjectId), policies.get(ctx.tenantId)]);
      const schedule = scheduleOf(clock ?? { statuses: {} }, policy);
      const anchor = { 'final-status': 'CLOCK_ANCHOR_FINAL_STATUS', 'last-activity': 'CLOCK_ANCHOR_LAST_ACTIVITY', none: 'CLOCK_ANCHOR_UNSPECIFIED' } as const;
      return {
        subjectId,
        anchor: anchor[schedule.anchor],
        anchorAt: schedule.anchorAt ? toTimestamp(schedule.anchorAt) : null,
        anchorEventId: schedule.anchorEventId ?? '',
        onHold: schedule.holds.length > 0,
        holds: schedule.holds,
        steps: schedule.steps.map((step) => ({ mode: MODE_OF[step.mode], dueAt: toTimestamp(step.dueAt), rule: step.rule })),
        policyVersion: policy.version,
      };
    }),
    GetErasure: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { id } = parseInput(z.object({ id: z.string().min(1, 'is required').max(80).regex(/^[a-z0-9-]+$/, 'must be an erasure id') }), request);
      return toErasureMessage(await orchestrator.get(ctx.tenantId, id));
    }),
    ListErasures: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(listErasuresRequest, request);
      const page = await orchestrator.list(ctx.tenantId, { state: STATE_NAME[valid.state], subjectId: valid.subjectId || undefined }, valid.page.pageSize, valid.page.pageToken);
      return { erasures: page.items.map(toErasureMessage), page: { nextPageToken: page.nextPageToken } };
    }),
    MarkForDeletion: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(
        z.object({ subjectId: fields.id(), mode: z.string().refine((mode) => mode === 'ERASURE_MODE_UNSPECIFIED' || mode in MODE_NAME, 'must be DELETE, ANONYMISE or REDUCE') }),
        request,
      );
      const policy = await policies.get(ctx.tenantId);
      const chosen = MODE_NAME[valid.mode as ErasureMode];
      if (chosen && chosen !== policy.defaultMode) requireRight(ctx, RIGHTS.chooseDeletionMode);
      const markedAt = now();
      const earliest = earliestDeletion(markedAt, await clocks.assignmentsOf(ctx.tenantId, valid.subjectId), policy);
      return toMarkMessage(await marks.mark(ctx.tenantId, valid.subjectId, chosen ?? policy.defaultMode, ctx.actorId, markedAt, earliest));
    }),
    RestoreMarked: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.restoreMarked);
      const { subjectId } = parseInput(z.object({ subjectId: fields.id() }), request);
      return toMarkMessage(await marks.restore(ctx.tenantId, subjectId, ctx.actorId, now()));
    }),
    ListMarked: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.seeMarked);
      const { page } = parseInput(z.object({ page: pageRequest }), request);
      const result = await marks.listMarked(ctx.tenantId, page.pageSize, page.pageToken);
      return { marks: result.items.map(toMarkMessage), page: { nextPageToken: result.nextPageToken } };
    }),
  });
}

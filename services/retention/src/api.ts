import { z } from 'zod';
import {
  defineService,
  fields,
  parseInput,
  PreconditionError,
  requireRight,
  RIGHTS,
  unary,
  ANONYMISED_NOTES,
  anonymisedNotesName,
  type ErasureModeName,
  type LinkTokens,
  type RequestContext,
  type ServiceRegistration,
} from '@lethe/platform';
import {
  fromTimestamp,
  loadGrpcObject,
  toTimestamp,
  type DeletionLogEntry,
  type Erasure,
  type ErasureMode,
  type ErasureRequest,
  type ErasureRequestState,
  type ErasureState,
  type Mark,
  type RetentionPolicy as RetentionPolicyMessage,
  type RetentionProto,
} from '@lethe/protos';
import type { ClockStore } from './clock/store';
import type { DeletionLogDoc, ErasureDoc, ErasureOrchestrator } from './erasure/orchestrator';
import { RECEIPT_ALGORITHM, type ReceiptSigner } from './erasure/receipts';
import type { MarkDoc, MarkStore } from './marks/marks';
import type { MassActionKind, MassActions } from './mass/mass-actions';
import { scheduleOf } from './clock/schedule';
import { DEFAULT_POLICY, policySchema, type PolicyStore, type RetentionPolicy } from './policy/policy';
import { previewPolicy } from './policy/preview';
import { applicantVolume, type ApplicationIntake } from './reports/applicant-volume';
import { erasureRequestMode, type Actor, type ErasureRequestStore, type ErasureRequestView } from './requests/requests';

const definition = loadGrpcObject<RetentionProto>().lethe.retention.v1.RetentionService.service;

const MODE_OF: Record<ErasureModeName, ErasureMode> = { delete: 'ERASURE_MODE_DELETE', anonymise: 'ERASURE_MODE_ANONYMISE', reduce: 'ERASURE_MODE_REDUCE' };
const MODE_NAME: Partial<Record<ErasureMode, ErasureModeName>> = { ERASURE_MODE_DELETE: 'delete', ERASURE_MODE_ANONYMISE: 'anonymise', ERASURE_MODE_REDUCE: 'reduce' };

function toPolicyMessage(policy: RetentionPolicy): RetentionPolicyMessage {
  const { defaultMode, anonymisedNotes, updatedAt, ...rest } = policy;
  return { ...rest, defaultMode: MODE_OF[defaultMode], anonymisedNotes: ANONYMISED_NOTES[anonymisedNotes], updatedAt: updatedAt ? toTimestamp(updatedAt) : null, updatedBy: policy.updatedBy ?? '' };
}

const policyInput = z
  .object({ defaultMode: z.string(), anonymisedNotes: z.string() })
  .passthrough()
  .nullable()
  .refine((value) => value !== null, 'is required')
  .transform((value) => ({
    ...value!,
    defaultMode: MODE_NAME[value!.defaultMode as ErasureMode] ?? value!.defaultMode,
    // Unspecified: the default; an unknown value stays for the schema to refuse.
    anonymisedNotes: value!.anonymisedNotes === 'ANONYMISED_NOTES_UNSPECIFIED' ? DEFAULT_POLICY.anonymisedNotes : (anonymisedNotesName(value!.anonymisedNotes) ?? value!.anonymisedNotes),
  }))
  .pipe(policySchema);

const updateRequest = z.object({ policy: policyInput, expectedVersion: z.number().int().min(0) });

const previewRequest = z.object({
  policy: policyInput,
  horizonMonths: z.number().int().min(0, 'must be 1–24 (0: 12)').max(24, 'must be at most 24').transform((months) => months || 12),
});

const MASS_ACTION: Record<string, MassActionKind> = { MASS_ACTION_REDUCE: 'reduce', MASS_ACTION_ANONYMISE: 'anonymise', MASS_ACTION_MARK_FOR_DELETION: 'mark' };

const massActionRequest = z
  .object({
    action: z.string().refine((action) => action in MASS_ACTION, 'must be REDUCE, ANONYMISE or MARK_FOR_DELETION'),
    filter: z
      .object({
        subjectIds: z.array(fields.id()).max(1000, 'must name at most 1000 subjects'),
        anchorBefore: z.object({ seconds: z.union([z.string(), z.number()]), nanos: z.number() }).nullable(),
        onlyFinal: z.boolean(),
      })
      .nullable()
      .refine((filter) => filter !== null && (filter.subjectIds.length > 0 || filter.anchorBefore !== null || filter.onlyFinal), 'must select subjects: ids, anchor_before or only_final')
      .transform((filter) => ({ subjectIds: filter!.subjectIds, anchorBefore: fromTimestamp(filter!.anchorBefore) ?? undefined, onlyFinal: filter!.onlyFinal })),
    dryRun: z.boolean(),
  })
  .transform((request) => ({ ...request, action: MASS_ACTION[request.action] }));

/** Link purposes of the candidate's self-service (seed 002: the candidate opens or withdraws the request). */
const LINK_PURPOSE = { open: 'erasure-request-open', withdraw: 'erasure-request-withdraw' } as const;
const PURPOSE_OF: Record<string, string> = { SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST: LINK_PURPOSE.open, SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST: LINK_PURPOSE.withdraw };
const DAY_MS = 24 * 3600_000;

/** Either the candidate's link token (which names the subject) or a subject id with recruiter rights. */
const erasureRequestInput = z
  .object({
    subjectId: z.string().max(64),
    linkToken: z.string().max(200),
    reason: fields.optional(2000),
  })
  .superRefine((request, ctx) => {
    if (request.linkToken && request.subjectId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['subjectId'], message: 'must be empty when a link token is given (the link names the subject)' });
    if (!request.linkToken && !fields.id().safeParse(request.subjectId).success) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['subjectId'], message: 'is required (an id) unless a link token is given' });
  });

const REQUEST_STATE: Record<ErasureRequestView['state'], ErasureRequestState> = { open: 'ERASURE_REQUEST_STATE_OPEN', withdrawn: 'ERASURE_REQUEST_STATE_WITHDRAWN', executed: 'ERASURE_REQUEST_STATE_EXECUTED' };
const REQUESTER = { candidate: 'REQUESTED_BY_CANDIDATE', recruiter: 'REQUESTED_BY_RECRUITER' } as const;

function toErasureRequestMessage(request: ErasureRequestView): ErasureRequest {
  return {
    requestId: request.requestId,
    subjectId: request.subjectId,
    state: REQUEST_STATE[request.state],
    requestedBy: REQUESTER[request.requestedBy],
    openedBy: request.openedBy,
    openedAt: toTimestamp(request.openedAt),
    deadlineAt: toTimestamp(request.deadlineAt),
    reason: request.reason,
    withdrawnBy: request.withdrawnBy ? REQUESTER[request.withdrawnBy] : 'REQUESTED_BY_UNSPECIFIED',
    withdrawnAt: request.withdrawnAt ? toTimestamp(request.withdrawnAt) : null,
    withdrawReason: request.withdrawReason,
    erasureId: request.erasureId ?? '',
  };
}

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

function toDeletionLogMessage(entry: DeletionLogDoc): DeletionLogEntry {
  return {
    erasureId: entry.erasureId,
    subjectId: entry.subjectId,
    subjectCreatedAt: entry.subjectCreated?.at ? toTimestamp(entry.subjectCreated.at) : null,
    subjectCreatedBy: entry.subjectCreated?.by ?? '',
    markedAt: toTimestamp(entry.markedAt),
    markedBy: entry.markedBy ?? '',
    trigger: entry.trigger.kind,
    mode: MODE_OF[entry.mode],
    reason: entry.reason,
    executedAt: toTimestamp(entry.executedAt),
    confirmedBy: entry.confirmedBy,
  };
}

/** Erasure ids are time-ordered: base-36 time, a dash, a UUID. */
const erasureIdField = () => z.string().min(1, 'is required').max(80).regex(/^[a-z0-9-]+$/, 'must be an erasure id');

const pageRequest = z
  .object({ pageSize: z.number().int().min(0, 'must not be negative'), pageToken: z.string().max(200) })
  .nullable()
  .transform((page) => page ?? { pageSize: 0, pageToken: '' });

const optionalSubjectId = () => z.string().refine((value) => value === '' || fields.id().safeParse(value).success, 'must be an id');

const listErasuresRequest = z.object({
  page: pageRequest,
  state: z.string().refine((state) => state === 'ERASURE_STATE_UNSPECIFIED' || state in STATE_NAME, 'must be PENDING, DONE or STUCK'),
  subjectId: optionalSubjectId(),
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
  requests: ErasureRequestStore;
  massActions: MassActions;
  links: LinkTokens;
  receipts: ReceiptSigner;
  intake: ApplicationIntake;
  now: () => Date;
}

export function retentionApi({ policies, clocks, orchestrator, marks, requests, massActions, links, receipts, intake, now }: RetentionApiDeps): ServiceRegistration {
  /** Who acts on an erasure request: the candidate through a link (consumed here) or a recruiter with the right. */
  const actorOf = async (ctx: RequestContext, input: { subjectId: string; linkToken: string }, purpose: string): Promise<{ subjectId: string; actor: Actor }> => {
    if (!input.linkToken) {
      requireRight(ctx, RIGHTS.writeCandidates);
      return { subjectId: input.subjectId, actor: { kind: 'recruiter', actorId: ctx.actorId } };
    }
    const check = await links.consume(input.linkToken, purpose, now(), { tenantId: ctx.tenantId });
    if (!check.ok) throw new PreconditionError(`LINK_${check.reason.toUpperCase()}`, `the link is ${check.reason}`);
    return { subjectId: check.link.subjectId, actor: { kind: 'candidate', actorId: `candidate:${check.link.subjectId}` } };
  };

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
      const [clock, policy, mark, requestDeadline] = await Promise.all([
        clocks.get(ctx.tenantId, subjectId),
        policies.get(ctx.tenantId),
        marks.openMark(ctx.tenantId, subjectId),
        requests.openDeadline(ctx.tenantId, subjectId),
      ]);
      const schedule = scheduleOf(clock ?? { statuses: {} }, policy);
      // What people decided comes before the clock; a clock whose deletion went out has no steps left.
      const steps = [
        ...(mark?.executeAt ? [{ mode: mark.mode, dueAt: mark.executeAt, rule: `marked_for_deletion ${mark.waitRule}` }] : []),
        ...(requestDeadline ? [{ mode: erasureRequestMode(policy), dueAt: requestDeadline, rule: 'erasure_request' }] : []),
        ...(clock?.deleteIssued ? [] : schedule.steps),
      ].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
      const anchor = { 'final-status': 'CLOCK_ANCHOR_FINAL_STATUS', 'last-activity': 'CLOCK_ANCHOR_LAST_ACTIVITY', none: 'CLOCK_ANCHOR_UNSPECIFIED' } as const;
      return {
        subjectId,
        anchor: anchor[schedule.anchor],
        anchorAt: schedule.anchorAt ? toTimestamp(schedule.anchorAt) : null,
        anchorEventId: schedule.anchorEventId ?? '',
        onHold: schedule.holds.length > 0,
        holds: schedule.holds,
        steps: steps.map((step) => ({ mode: MODE_OF[step.mode], dueAt: toTimestamp(step.dueAt), rule: step.rule })),
        policyVersion: policy.version,
      };
    }),
    GetErasure: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { id } = parseInput(z.object({ id: erasureIdField() }), request);
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
      return toMarkMessage(await marks.mark(ctx.tenantId, valid.subjectId, chosen ?? policy.defaultMode, ctx.actorId, now(), policy));
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
    PreviewPolicy: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { policy, horizonMonths } = parseInput(previewRequest, request);
      const preview = await previewPolicy(clocks, ctx.tenantId, policy, await policies.get(ctx.tenantId), now(), horizonMonths);
      return {
        subjects: preview.subjects,
        dueNowReductions: preview.dueNow.reductions,
        dueNowDeletions: preview.dueNow.deletions,
        months: preview.months,
        onHold: preview.onHold,
        currentDueNowDeletions: preview.currentDueNowDeletions,
      };
    }),
    RunMassAction: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.dataProtection);
      const { action, filter, dryRun } = parseInput(massActionRequest, request);
      const result = await massActions.run(ctx.tenantId, action, filter, { dryRun, actorId: ctx.actorId, now: now(), policy: await policies.get(ctx.tenantId) });
      return { matched: result.matched, affected: result.affected, subjectIds: result.sample };
    }),
    OpenErasureRequest: unary(async (request, ctx) => {
      const input = parseInput(erasureRequestInput, request);
      const { subjectId, actor } = await actorOf(ctx, input, LINK_PURPOSE.open);
      return toErasureRequestMessage(await requests.open(ctx.tenantId, subjectId, actor, input.reason ?? '', now(), await policies.get(ctx.tenantId)));
    }),
    WithdrawErasureRequest: unary(async (request, ctx) => {
      const input = parseInput(erasureRequestInput, request);
      const { subjectId, actor } = await actorOf(ctx, input, LINK_PURPOSE.withdraw);
      return toErasureRequestMessage(await requests.withdraw(ctx.tenantId, subjectId, actor, input.reason ?? '', now()));
    }),
    GetErasureRequest: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { subjectId } = parseInput(z.object({ subjectId: fields.id() }), request);
      return toErasureRequestMessage(await requests.get(ctx.tenantId, subjectId));
    }),
    ListErasureRequests: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { page } = parseInput(z.object({ page: pageRequest }), request);
      const result = await requests.listOpen(ctx.tenantId, page.pageSize, page.pageToken);
      return { requests: result.items.map(toErasureRequestMessage), page: { nextPageToken: result.nextPageToken } };
    }),
    CreateSelfServiceLink: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(
        z.object({
          subjectId: fields.id(),
          purpose: z.string().refine((purpose) => purpose in PURPOSE_OF, 'must be OPEN_ERASURE_REQUEST or WITHDRAW_ERASURE_REQUEST'),
          validDays: z.number().int().min(0, 'must be 1–30 (0: 30)').max(30, 'must be at most 30').transform((days) => days || 30),
        }),
        request,
      );
      const link = await links.issue({ tenantId: ctx.tenantId, subjectId: valid.subjectId, purpose: PURPOSE_OF[valid.purpose], ttlMs: valid.validDays * DAY_MS, now: now() });
      return { token: link.token, expiresAt: toTimestamp(link.expiresAt) };
    }),
    GetErasureReceipt: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { erasureId } = parseInput(z.object({ erasureId: erasureIdField() }), request);
      return orchestrator.receipt(ctx.tenantId, erasureId);
    }),
    GetReceiptPublicKey: unary(async () => ({ keyId: receipts.keyId, algorithm: RECEIPT_ALGORITHM, publicKeyPem: receipts.publicKeyPem })),
    ListDeletionLog: unary(async (request, ctx) => {
      // Seed 004: the log is read where the records marked for deletion are listed.
      requireRight(ctx, RIGHTS.seeMarked);
      const valid = parseInput(z.object({ page: pageRequest, subjectId: optionalSubjectId() }), request);
      const page = await orchestrator.deletionLog(ctx.tenantId, { subjectId: valid.subjectId || undefined }, valid.page.pageSize, valid.page.pageToken);
      return { entries: page.items.map(toDeletionLogMessage), page: { nextPageToken: page.nextPageToken } };
    }),
    GetApplicantVolume: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { year } = parseInput(z.object({ year: z.number().int().min(0).max(9999).refine((y) => y === 0 || y >= 2000, 'must be a year from 2000, or 0 (this year)') }), request);
      const volume = await applicantVolume(clocks, intake, ctx.tenantId, year || now().getUTCFullYear());
      return volume;
    }),
  });
}

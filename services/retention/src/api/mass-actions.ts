import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type MassActionResult, type MassActionRunState } from '@lethe/protos';
import type { MassActionOutcome } from '../mass/mass-actions';
import type { MassActionRunStateName } from '../mass/runs';
import { MASS_ACTION } from '../mass/selection';
import type { RetentionApiDeps, RetentionHandlers } from './deps';

const timestampOrUndefined = (date: Date | undefined) => (date ? toTimestamp(date) : undefined);

/** A status key of the candidates' catalogue (lower-case letters, digits, _ . -). */
const STATUS_KEY = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

/** ListCandidates' filters, as candidates checks them; its page and what it hides by default are the search's own. */
const candidateSearch = z
  .object({
    page: z.object({ pageSize: z.number().int(), pageToken: z.string().max(200, 'must be at most 200 characters') }).nullable(),
    tags: fields.list(z.string().trim().min(1, 'must not be empty').max(50, 'must be at most 50 characters'), 20),
    skill: fields.optional(100),
    ownerId: fields.optionalId('must be an id'),
    source: fields.optional(64),
    createdAfter: fields.timestamp(),
    createdBefore: fields.timestamp(),
    updatedAfter: fields.timestamp(),
    updatedBefore: fields.timestamp(),
    applicationStatusKey: fields.pattern(STATUS_KEY, 'must be a status key', { max: 64, trim: true, blank: true }),
    applicationMetaStatus: z.enum(['META_STATUS_UNSPECIFIED', 'META_STATUS_ACTIVE', 'META_STATUS_FINAL', 'META_STATUS_HOLD'], { errorMap: () => ({ message: 'must be ACTIVE, FINAL or HOLD' }) }),
  })
  .nullable()
  .transform((search) =>
    search
      ? {
          tags: search.tags,
          skill: search.skill,
          ownerId: search.ownerId,
          source: search.source,
          createdAfter: timestampOrUndefined(search.createdAfter),
          createdBefore: timestampOrUndefined(search.createdBefore),
          updatedAfter: timestampOrUndefined(search.updatedAfter),
          updatedBefore: timestampOrUndefined(search.updatedBefore),
          applicationStatusKey: search.applicationStatusKey,
          applicationMetaStatus: search.applicationMetaStatus,
        }
      : undefined,
  );

const massActionRequest = z
  .object({
    action: z
      .string()
      .refine((action) => MASS_ACTION.fromProto(action) !== undefined, 'must be REDUCE, ANONYMISE or MARK_FOR_DELETION')
      .transform((action) => MASS_ACTION.fromProto(action)!),
    filter: z
      .object({
        subjectIds: fields.list(fields.id(), 1000, 'must name at most 1000 subjects'),
        anchorBefore: fields.timestamp(),
        onlyFinal: z.boolean(),
        candidates: candidateSearch,
      })
      .nullable()
      .refine(
        (filter) => filter !== null && (filter.subjectIds.length > 0 || filter.anchorBefore !== undefined || filter.onlyFinal || filter.candidates !== undefined),
        'must select subjects: ids, anchor_before, only_final or candidates',
      )
      .transform((filter) => ({ subjectIds: filter!.subjectIds, anchorBefore: filter!.anchorBefore, onlyFinal: filter!.onlyFinal, candidates: filter!.candidates })),
    dryRun: z.boolean(),
    inBackground: z.boolean(),
  })
  .refine((request) => !(request.dryRun && request.inBackground), { path: ['inBackground'], message: 'must be false for a dry run (it records nothing to follow)' });

const RUN_STATE: Record<MassActionRunStateName, MassActionRunState> = {
  running: 'MASS_ACTION_RUN_STATE_RUNNING',
  done: 'MASS_ACTION_RUN_STATE_DONE',
  failed: 'MASS_ACTION_RUN_STATE_FAILED',
  interrupted: 'MASS_ACTION_RUN_STATE_INTERRUPTED',
};

function toResult(outcome: MassActionOutcome): MassActionResult {
  return {
    matched: outcome.matched,
    affected: outcome.affected,
    subjectIds: outcome.sample,
    runId: outcome._id ?? '',
    state: outcome.state ? RUN_STATE[outcome.state] : 'MASS_ACTION_RUN_STATE_UNSPECIFIED',
    processed: outcome.affected + outcome.skipped,
    skipped: outcome.skipped,
    skippedSubjects: outcome.skippedSample.map(({ subjectId, reason }) => ({ subjectId, reason })),
    action: outcome.action ? MASS_ACTION.toProto(outcome.action) : 'MASS_ACTION_UNSPECIFIED',
    startedAt: timestampOrUndefined(outcome.startedAt),
    finishedAt: timestampOrUndefined(outcome.finishedAt),
  };
}

/** Data-protection mass actions and their runs, with the data-protection right. */
export function massActionHandlers({ massActions, policies, rateLimits, now }: RetentionApiDeps): RetentionHandlers<'RunMassAction' | 'GetMassActionRun'> {
  return {
    RunMassAction: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.dataProtection);
      const { action, filter, dryRun, inBackground } = parseInput(massActionRequest, request);
      await rateLimits.takeCall('expensive', ctx);
      const outcome = await massActions.run(ctx.tenantId, action, filter, { dryRun, inBackground, actorId: ctx.actorId, now, policy: await policies.get(ctx.tenantId) });
      const result = toResult(outcome);
      // The action asked for, on a dry run too.
      return { ...result, action: MASS_ACTION.toProto(action) };
    }),
    GetMassActionRun: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.dataProtection);
      const { runId } = parseInput(z.object({ runId: fields.id() }), request);
      return toResult(await massActions.get(ctx.tenantId, runId, now()));
    }),
  };
}

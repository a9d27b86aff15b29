import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { ActivityKind, toTimestamp, type Activity } from '@lethe/protos';
import { restartsRetentionClock } from '../activity/rules';
import type { ActivityDoc } from '../activity/store';
import { actorOf } from './candidates';
import { page, timestamp } from './fields';
import type { ApiDeps, candidatesDefinition } from './index';

const activityKinds = Object.keys(ActivityKind).filter((kind) => kind !== 'ACTIVITY_KIND_UNSPECIFIED') as [keyof typeof ActivityKind, ...(keyof typeof ActivityKind)[]];

/** Activities may be recorded with a time up to this much ahead (clocks of callers differ). */
const CLOCK_SKEW_MS = 60_000;

export const toActivityMessage = (row: ActivityDoc): Activity => ({
  id: row._id,
  candidateId: row.candidateId,
  kind: row.kind,
  actorId: row.actorId,
  occurredAt: toTimestamp(row.occurredAt),
  restartsRetentionClock: restartsRetentionClock(row.kind),
  refs: row.refs,
});

export function activityHandlers({ candidates, activities, now }: ApiDeps): HandlerTable<typeof candidatesDefinition, 'RecordActivity' | 'ListActivities'> {
  return {
    RecordActivity: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(
        z.object({
          candidateId: fields.id(),
          kind: z.enum(activityKinds, { errorMap: () => ({ message: 'must be an activity kind' }) }),
          occurredAt: timestamp.refine((value) => value === undefined || value.getTime() <= now().getTime() + CLOCK_SKEW_MS, 'must not be in the future'),
        }),
        request,
      );
      const occurredAt = valid.occurredAt ?? now();
      const id = await candidates.recordActivity(actorOf(ctx), valid.candidateId, valid.kind, occurredAt);
      return { id, candidateId: valid.candidateId, kind: valid.kind, actorId: ctx.actorId, occurredAt: toTimestamp(occurredAt), restartsRetentionClock: restartsRetentionClock(valid.kind) };
    }),

    ListActivities: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ candidateId: fields.id(), page }), request);
      await candidates.require(ctx.tenantId, valid.candidateId, 'read');
      const result = await activities.list(ctx.tenantId, valid.candidateId, valid.page.pageSize, valid.page.pageToken);
      return {
        activities: result.items.map(toActivityMessage),
        page: { nextPageToken: result.nextPageToken },
      };
    }),
  };
}

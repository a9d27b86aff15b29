import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { ERASURE_MODE } from '@lethe/platform/erasure';
import { unary } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp } from '@lethe/protos';
import { dueDatesOf } from '../clock/dates';
import { explainedSteps } from '../clock/explain';
import { CLOCK_ANCHOR } from '../clock/schedule';
import { erasureRequestMode } from '../requests/rules';
import type { RetentionApiDeps, RetentionHandlers } from './deps';
import { toLegalHoldMessage } from './legal-holds';

/** Why a subject is kept and what happens to it when: the clock's anchor and holds, every step in date order, and when the candidate is told (unless the tenant switched notices off). */
export function explainHandlers({ clocks, policies, marks, requests, legalHolds, now }: RetentionApiDeps): RetentionHandlers<'ExplainRetention'> {
  return {
    ExplainRetention: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { subjectId } = parseInput(z.object({ subjectId: fields.id() }), request);
      const [clock, policy, mark, requestDeadline, legalHold] = await Promise.all([
        clocks.get(ctx.tenantId, subjectId),
        policies.get(ctx.tenantId),
        marks.store.openMark(ctx.tenantId, subjectId),
        requests.store.openDeadline(ctx.tenantId, subjectId),
        legalHolds.activeOf(ctx.tenantId, subjectId, now()),
      ]);
      const { schedule, dates } = dueDatesOf(clock ?? { statuses: {} }, policy, { deleteIssued: Boolean(clock?.deleteIssued) });
      const steps = explainedSteps({
        schedule,
        deleteIssued: Boolean(clock?.deleteIssued),
        mark,
        request: requestDeadline ? { deadlineAt: requestDeadline, mode: erasureRequestMode(policy) } : undefined,
        legalHoldUntil: legalHold?.until,
      });
      return {
        subjectId,
        anchor: schedule.anchor === 'none' ? 'CLOCK_ANCHOR_UNSPECIFIED' : CLOCK_ANCHOR.toProto(schedule.anchor),
        anchorAt: schedule.anchorAt ? toTimestamp(schedule.anchorAt) : null,
        anchorEventId: schedule.anchorEventId ?? '',
        onHold: schedule.holds.length > 0,
        holds: schedule.holds,
        steps: steps.map((step) => ({ mode: ERASURE_MODE.toProto(step.mode), dueAt: toTimestamp(step.dueAt), rule: step.rule })),
        policyVersion: policy.version,
        candidateNoticeAt: dates.candidateNoticeAt ? toTimestamp(dates.candidateNoticeAt) : null,
        legalHold: legalHold ? toLegalHoldMessage(legalHold) : null,
      };
    }),
  };
}

import { protoEnum, type JobOrderMeaning, type MarkState } from '@lethe/protos';
import type { RetentionPolicyValues } from '../policy/policy';

/** A mark waits for its execution (`marked`), was lifted (`restored`), or its erasure was issued (`executed`). */
export const MARK_STATE = protoEnum({
  marked: 'MARK_STATE_MARKED',
  restored: 'MARK_STATE_RESTORED',
  executed: 'MARK_STATE_EXECUTED',
} as const satisfies Record<string, MarkState>);
export type MarkStateName = (typeof MARK_STATE.names)[number];

/** What a job-order assignment means for a marked subject's earliest deletion. */
export const JOB_ORDER_MEANING = protoEnum({
  'normal-processing': 'JOB_ORDER_MEANING_NORMAL_PROCESSING',
  placement: 'JOB_ORDER_MEANING_PLACEMENT',
} as const satisfies Record<string, JobOrderMeaning>);
export type JobOrderMeaningName = (typeof JOB_ORDER_MEANING.names)[number];

const HOUR_MS = 3600_000;

/**
 * The earliest deletion time of a marked subject: the tenant's wait without a job-order assignment
 * (6 hours at least); otherwise the tenant's wait for normal processing or, if any assignment is a
 * placement, for placements.
 */
export function earliestDeletion(markedAt: Date, assignments: readonly JobOrderMeaningName[], policy: RetentionPolicyValues): { at: Date; rule: string } {
  if (assignments.includes('placement')) {
    return { at: new Date(markedAt.getTime() + policy.waitDaysPlacement * 24 * HOUR_MS), rule: `wait_days_placement=${policy.waitDaysPlacement}` };
  }
  if (assignments.length > 0) {
    return { at: new Date(markedAt.getTime() + policy.waitDaysNormalProcessing * 24 * HOUR_MS), rule: `wait_days_normal_processing=${policy.waitDaysNormalProcessing}` };
  }
  return { at: new Date(markedAt.getTime() + policy.waitHoursWithoutAssignment * HOUR_MS), rule: `wait_hours_without_assignment=${policy.waitHoursWithoutAssignment}` };
}

/** From when a mark is in its owner's daily digest: the tenant's lead time before its execution, but not before it was made. */
export function markOwnerNoticeAt(markedAt: Date, executeAt: Date, policy: Pick<RetentionPolicyValues, 'ownerNoticeDays'>): Date {
  return new Date(Math.max(markedAt.getTime(), executeAt.getTime() - policy.ownerNoticeDays * 24 * HOUR_MS));
}

/** Whether a subject's mark in `state` can be made (again): an open mark stays as it is, an executed one is final. */
export function markTransition(state: MarkStateName | undefined, to: 'marked' | 'restored'): 'apply' | 'unchanged' | 'executed' {
  if (state === 'executed') return 'executed';
  if (state === to) return 'unchanged';
  return 'apply';
}

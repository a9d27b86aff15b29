import type { RetentionPolicyValues } from '../policy/policy';
import { DAY_MS, scheduleOf, type Schedule, type SubjectClock } from './schedule';

/** What a stored clock already went through, as far as its due dates care. */
export interface ClockHistory {
  /** Its deletion went out: the clock has ended, nothing is scheduled any more. */
  deleteIssued?: boolean;
  /** The deletion date the candidate was told of. */
  candidateNoticeFor?: Date;
}

/** The dates the sweep looks for; unset when nothing is due of that kind. */
export interface DueDates {
  reduceAt?: Date;
  deleteAt?: Date;
  /** When the candidate is to be told of the deletion (the policy's notice days before it); never when the tenant switched notices off. */
  candidateNoticeAt?: Date;
  /** From when the subject belongs in its owner's daily digest (the policy's lead time before its next step). */
  ownerNoticeAt?: Date;
}

/**
 * The due dates of a subject's clock under a policy. Once issued, a step is the erasure protocol's
 * business and is not scheduled again (a reduction once, a deletion ends the clock); the candidate
 * is told once per deletion date, so a restarted clock means a new notice.
 */
export function dueDatesOf(clock: SubjectClock, policy: RetentionPolicyValues, history: ClockHistory = {}): { schedule: Schedule; dates: DueDates } {
  const schedule = scheduleOf(clock, policy);
  const due = (mode: 'reduce' | 'delete') => schedule.steps.find((step) => step.mode === mode)?.dueAt;
  const reduceAt = clock.reduced ? undefined : due('reduce');
  const deleteAt = history.deleteIssued ? undefined : due('delete');
  const candidateNoticeAt = deleteAt && !policy.candidateNoticesOff && history.candidateNoticeFor?.getTime() !== deleteAt.getTime() ? new Date(deleteAt.getTime() - policy.candidateNoticeDays * DAY_MS) : undefined;
  const nextStep = [reduceAt, deleteAt].filter((date): date is Date => date !== undefined).sort((a, b) => a.getTime() - b.getTime())[0];
  const ownerNoticeAt = nextStep && new Date(nextStep.getTime() - policy.ownerNoticeDays * DAY_MS);
  return { schedule, dates: { reduceAt, deleteAt, candidateNoticeAt, ownerNoticeAt } };
}

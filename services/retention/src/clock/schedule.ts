import { addMonths } from '@lethe/platform/service';
import { protoEnum, type ClockAnchor, type FinalOutcome as FinalOutcomeValue, type MetaStatus as MetaStatusValue } from '@lethe/protos';
import type { RetentionPolicyValues } from '../policy/policy';

/** A status's meta status as the candidates' events carry it: running, ended, or in the talent pool. */
export const META_STATUS = protoEnum({
  active: 'META_STATUS_ACTIVE',
  final: 'META_STATUS_FINAL',
  hold: 'META_STATUS_HOLD',
} as const satisfies Record<string, MetaStatusValue>);
export type MetaStatus = (typeof META_STATUS.names)[number];

/** How a final status ended; `none` for a status that is not final. */
export const FINAL_OUTCOME = protoEnum({
  hired: 'FINAL_OUTCOME_HIRED',
  rejected: 'FINAL_OUTCOME_REJECTED',
  withdrawn: 'FINAL_OUTCOME_WITHDRAWN',
} as const satisfies Record<string, FinalOutcomeValue>);
export type FinalOutcome = (typeof FINAL_OUTCOME.names)[number] | 'none';

/** What a subject's clock counts from; `none` (unspecified) while it has neither. */
export const CLOCK_ANCHOR = protoEnum({
  'final-status': 'CLOCK_ANCHOR_FINAL_STATUS',
  'last-activity': 'CLOCK_ANCHOR_LAST_ACTIVITY',
} as const satisfies Record<string, ClockAnchor>);
export type Anchor = (typeof CLOCK_ANCHOR.names)[number] | 'none';

/** What retention knows of one subject: ids, statuses and times only. */
export interface SubjectClock {
  lastActivityAt?: Date;
  lastActivityEventId?: string;
  /** The current status of each application and presentation of the subject, by its id. */
  statuses: Record<string, { meta: MetaStatus; outcome: FinalOutcome; setAt: Date; eventId: string }>;
  /** Reduced already: the skeleton stays until deletion. */
  reduced?: boolean;
  /**
   * The subject's valid storage consents (talent pool) by consent id, each with its end. A person
   * may renew before the old consent ends: the hold lasts until the last of them ends.
   */
  storageConsents?: Record<string, Date>;
  /** When the subject became a talent: the tenant's storage-consent deadline counts from it. */
  talentCreatedAt?: Date;
  /** The subject's legal hold, current or ended (see `legalHoldEnd`). */
  legalHold?: LegalHoldRecord;
}

/** A legal hold on the subject: nothing is deleted, anonymised or reduced until it ends. */
export interface LegalHoldRecord {
  /** The reason, encrypted under the subject's key (a recruiter's free text). */
  reason: string;
  until: Date;
  setAt: Date;
  setBy: string;
  /** When it was lifted, or ended by itself at `until`; unset while it holds. */
  endedAt?: Date;
  liftedBy?: string;
}

/**
 * Where the clock's steps may start after a legal hold: its end (the lift, or `until`). Kept after
 * the hold ended, so a step that fell due meanwhile is not executed the moment it ends.
 */
export function legalHoldEnd(hold: LegalHoldRecord | undefined): Date | undefined {
  return hold && (hold.endedAt ?? hold.until);
}

export const DAY_MS = 24 * 3600_000;

/** A newer activity moves the clock; one that arrives late does not. */
export function recordActivity(clock: SubjectClock, occurredAt: Date, eventId: string): void {
  if (!clock.lastActivityAt || occurredAt > clock.lastActivityAt) {
    clock.lastActivityAt = occurredAt;
    clock.lastActivityEventId = eventId;
  }
}

/** When the subject's last valid storage consent ends, if one is valid at all. */
export function storageConsentUntil(clock: Pick<SubjectClock, 'storageConsents'>): Date | undefined {
  const ends = Object.values(clock.storageConsents ?? {});
  return ends.length > 0 ? new Date(Math.max(...ends.map((end) => end.getTime()))) : undefined;
}

export interface Step {
  mode: 'reduce' | 'delete';
  dueAt: Date;
  rule: string;
  /** A deletion because the talent had no storage consent by the tenant's deadline, not because the clock ran out. */
  missingConsent?: true;
  /** A legal hold moved the step: the hold's end (the deletion log notes it). */
  heldUntil?: Date;
}

export interface Schedule {
  anchor: Anchor;
  anchorAt?: Date;
  anchorEventId?: string;
  holds: string[];
  steps: Step[];
}

/**
 * The retention clock:
 * - a subject whose applications and presentations all reached a final status is counted from the
 *   date the last of them was set;
 * - otherwise from the last clock-restarting activity (a status set is one, so a non-final status
 *   after a final one restarts the clock);
 * - a storage consent suspends every step until the consent ends (a status on hold is the talent
 *   pool: without a valid storage consent it keeps the clock running, and the pool reduction applies);
 * - a rejected subject is kept at least `rejectionHoldMonths` after the rejection (§ 15 Abs. 4 AGG);
 * - a legal hold holds every step until it ends, and a deletion then comes `candidateNoticeDays`
 *   after its end (unless the tenant switched candidate notices off), so the candidate is told of
 *   it only once the hold is over;
 * - a talent without a valid storage consent is deleted `talentConsentDeadlineDays` after it became
 *   one (0: off); a storage consent lifts the deadline. Of that deletion and the clock's own, the
 *   earlier one is the subject's deletion (on the same date, the clock's), and a reduction due
 *   after the deletion is dropped.
 */
export function scheduleOf(clock: SubjectClock, policy: RetentionPolicyValues): Schedule {
  const statuses = Object.entries(clock.statuses);
  const consentUntil = storageConsentUntil(clock);
  const holds = consentUntil ? [`storage consent until ${consentUntil.toISOString()}`] : [];
  const inPool = statuses.some(([, status]) => status.meta === 'hold');

  let anchor: Schedule['anchor'] = 'none';
  let anchorAt: Date | undefined;
  let anchorEventId: string | undefined;
  if (statuses.length > 0 && statuses.every(([, status]) => status.meta === 'final')) {
    const latest = statuses.map(([, status]) => status).reduce((a, b) => (b.setAt > a.setAt ? b : a));
    anchor = 'final-status';
    anchorAt = latest.setAt;
    anchorEventId = latest.eventId;
  } else if (clock.lastActivityAt) {
    anchor = 'last-activity';
    anchorAt = clock.lastActivityAt;
    anchorEventId = clock.lastActivityEventId;
  }
  const rejections = statuses.filter(([, status]) => status.meta === 'final' && status.outcome === 'rejected').map(([, status]) => status.setAt);
  const aggFloor = rejections.length > 0 ? addMonths(new Date(Math.max(...rejections.map((d) => d.getTime()))), policy.rejectionHoldMonths) : undefined;
  const atLeastFloor = (due: Date, rule: string): { dueAt: Date; rule: string } =>
    aggFloor && aggFloor > due ? { dueAt: aggFloor, rule: `rejection_hold_months=${policy.rejectionHoldMonths}` } : { dueAt: due, rule };

  const atLeastConsent = (step: { dueAt: Date; rule: string }) => (consentUntil && consentUntil > step.dueAt ? { dueAt: consentUntil, rule: 'storage_consent' } : step);
  // A legal hold holds every step; a deletion comes the candidate's notice period after the hold's end, so they are told first.
  const holdEnd = legalHoldEnd(clock.legalHold);
  if (clock.legalHold && !clock.legalHold.endedAt) holds.push(`legal hold until ${clock.legalHold.until.toISOString()}`);
  const afterHold = (step: Step): Step => {
    if (!holdEnd) return step;
    const notice = step.mode === 'delete' && !policy.candidateNoticesOff ? policy.candidateNoticeDays * DAY_MS : 0;
    const floor = new Date(holdEnd.getTime() + notice);
    return floor > step.dueAt ? { ...step, dueAt: floor, rule: 'legal_hold', heldUntil: holdEnd } : step;
  };

  let reduction: Step | undefined;
  const deletions: Step[] = [];
  if (anchorAt) {
    const [reduceMonths, reduceRule] = inPool && policy.poolReduceAfterMonths > 0 ? [policy.poolReduceAfterMonths, 'pool_reduce_after_months'] : [policy.reduceAfterMonths, 'reduce_after_months'];
    if (reduceMonths > 0 && reduceMonths < policy.deleteAfterMonths && !clock.reduced) {
      reduction = { mode: 'reduce', ...atLeastConsent(atLeastFloor(addMonths(anchorAt, reduceMonths), `${reduceRule}=${reduceMonths}`)) };
    }
    deletions.push({ mode: 'delete', ...atLeastConsent(atLeastFloor(addMonths(anchorAt, policy.deleteAfterMonths), `delete_after_months=${policy.deleteAfterMonths}`)) });
  }
  const deadlineDays = policy.talentConsentDeadlineDays;
  if (clock.talentCreatedAt && deadlineDays > 0 && !consentUntil) {
    const deadline = new Date(clock.talentCreatedAt.getTime() + deadlineDays * DAY_MS);
    deletions.push({ mode: 'delete', ...atLeastFloor(deadline, `talent_consent_deadline_days=${deadlineDays}`), missingConsent: true });
  }
  const deletion = deletions.reduce<Step | undefined>((earliest, step) => (!earliest || step.dueAt < earliest.dueAt ? step : earliest), undefined);
  const steps: Step[] = [];
  if (reduction && (!deletion || reduction.dueAt <= deletion.dueAt)) steps.push(afterHold(reduction));
  if (deletion) steps.push(afterHold(deletion));
  return { anchor, anchorAt, anchorEventId, holds, steps };
}

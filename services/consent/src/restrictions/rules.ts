import { PreconditionError } from '@lethe/platform/errors';

/** One of retention's decisions about a person as consent keeps it: open or lifted, as of when. */
export interface Decision {
  open: boolean;
  /** When retention made it (marked, restored, opened, withdrawn). */
  at: Date;
}

/** What retention decided about a person that stops new consent requests: ids, states and times only. */
export interface Restrictions {
  mark?: Decision;
  erasureRequest?: Decision & { requestId: string };
}

export type RetentionChange = { kind: 'mark'; decision: Decision } | { kind: 'erasureRequest'; decision: Decision & { requestId: string } };

/**
 * The restrictions after one of retention's events, or undefined when the event changes nothing:
 * of each kind the newest decision holds, so an event delivered again or late (older than the one
 * held) is ignored, and a withdrawal of an older request never lifts a newer one.
 */
export function applyChange(current: Restrictions | undefined, change: RetentionChange): Restrictions | undefined {
  const held = current?.[change.kind];
  if (held && held.at.getTime() > change.decision.at.getTime()) return undefined;
  if (held && held.at.getTime() === change.decision.at.getTime() && held.open === change.decision.open) return undefined;
  return { ...current, [change.kind]: change.decision };
}

/**
 * While a person is marked for deletion or has asked to be forgotten, no consent request of any
 * kind is made: not for longer storage or campaigns (no invitation to keep or contact them), nor
 * to share their data with a client (a mark locks the record; a person who asked to be forgotten
 * is given no new assignment). The mark is named first.
 */
export function refuseNewRequest(restrictions: Restrictions | undefined, subjectId: string): void {
  const resource = { type: 'subject', id: subjectId };
  if (restrictions?.mark?.open) throw new PreconditionError('SUBJECT_MARKED_FOR_DELETION', `subject ${subjectId} is marked for deletion: no consent request until it is restored`, resource);
  if (restrictions?.erasureRequest?.open) throw new PreconditionError('ERASURE_REQUESTED', `subject ${subjectId} asked to be forgotten: no consent request while the erasure request is open`, resource);
}

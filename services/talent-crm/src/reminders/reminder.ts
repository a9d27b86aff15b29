import { PreconditionError, ValidationError } from '@lethe/platform/errors';
import { addMonths } from '@lethe/platform/service';
import { protoEnum, type ReminderState } from '@lethe/protos';

export const REMINDER_STATE = protoEnum({
  open: 'REMINDER_STATE_OPEN',
  /** Due, and the assignee was told through messaging. */
  delivered: 'REMINDER_STATE_DELIVERED',
  done: 'REMINDER_STATE_DONE',
  cancelled: 'REMINDER_STATE_CANCELLED',
} as const satisfies Record<string, ReminderState>);
export type ReminderStateName = (typeof REMINDER_STATE.names)[number];

export const REMINDER_LIMITS = {
  text: 500,
  minMonths: 1,
  maxMonths: 36,
  /** The furthest a due date may lie ahead. */
  maxYearsAhead: 5,
} as const;

/** A reminder as the domain sees it; its text is readable here and encrypted under the talent's key at rest. */
export interface Reminder {
  id: string;
  tenantId: string;
  talentId: string;
  /** The recruiter to remind: the creator or another user. */
  assigneeId: string;
  dueAt: Date;
  text: string;
  state: ReminderStateName;
  createdAt: Date;
  createdBy: string;
  deliveredAt?: Date;
  /** The message that told the assignee. */
  messageId?: string;
}

/** When a reminder is due: "in N months" counted as calendar months from now, or a date ahead of now. */
export type DueRequest = { dueAt: Date } | { inMonths: number };

/**
 * The due date of a new reminder. A date must lie in the future and at most five years ahead;
 * "in N months" takes 1 to 36 months and is counted from now as calendar months (the same day of
 * the month, or the month's last day where it is shorter).
 */
export function dueAtOf(request: DueRequest, now: Date): Date {
  if ('inMonths' in request) {
    const { inMonths } = request;
    if (!Number.isInteger(inMonths) || inMonths < REMINDER_LIMITS.minMonths || inMonths > REMINDER_LIMITS.maxMonths) {
      throw new ValidationError([{ field: 'inMonths', code: 'invalid_value', description: `must be ${REMINDER_LIMITS.minMonths} to ${REMINDER_LIMITS.maxMonths} months` }]);
    }
    return addMonths(now, inMonths);
  }
  if (request.dueAt.getTime() <= now.getTime()) {
    throw new ValidationError([{ field: 'dueAt', code: 'invalid_value', description: 'must lie in the future' }]);
  }
  if (request.dueAt.getTime() > addMonths(now, 12 * REMINDER_LIMITS.maxYearsAhead).getTime()) {
    throw new ValidationError([{ field: 'dueAt', code: 'invalid_value', description: `must be at most ${REMINDER_LIMITS.maxYearsAhead} years ahead` }]);
  }
  return request.dueAt;
}

export type ReminderClosing = 'done' | 'cancelled';

/**
 * The state a reminder is closed into. Completing works before and after it was delivered and
 * again on a completed one (nothing changes); cancelling only before it was delivered: a delivered
 * reminder has been acted on and is completed. A closed reminder is not reopened.
 */
export function closedState(current: ReminderStateName, closing: ReminderClosing, id: string): ReminderStateName {
  if (current === closing) return current;
  const resource = { type: 'reminder', id };
  if (current === 'done' || current === 'cancelled') throw new PreconditionError('REMINDER_CLOSED', `reminder ${id} is ${current} already`, resource);
  if (closing === 'cancelled' && current === 'delivered') throw new PreconditionError('REMINDER_DELIVERED', `reminder ${id} was delivered: complete it instead`, resource);
  return closing;
}

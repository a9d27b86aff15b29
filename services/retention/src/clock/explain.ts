import type { ErasureModeName } from '@lethe/platform/erasure';
import type { Schedule } from './schedule';

/** One step ExplainRetention names: what happens to the subject when, and by which rule. */
export interface ExplainedStep {
  mode: ErasureModeName;
  dueAt: Date;
  rule: string;
}

export interface ExplainInput {
  /** The clock's schedule under the current policy. */
  schedule: Schedule;
  /** The clock's deletion went out: its steps are the erasure protocol's now. */
  deleteIssued: boolean;
  /** The subject's open mark, while it waits for execution. */
  mark?: { mode: ErasureModeName; executeAt?: Date; waitRule: string } | null;
  /** The subject's open erasure request: its deadline and the mode it will be executed in. */
  request?: { deadlineAt: Date; mode: ErasureModeName };
  /** The end of the subject's legal hold while it holds: what people decided waits for it. */
  legalHoldUntil?: Date;
}

/** What people decided (waiting for a legal hold's end) comes before the clock (a mark, an erasure request), then the clock's own steps; in date order. */
export function explainedSteps({ schedule, deleteIssued, mark, request, legalHoldUntil }: ExplainInput): ExplainedStep[] {
  const afterHold = (step: ExplainedStep): ExplainedStep => (legalHoldUntil && legalHoldUntil > step.dueAt ? { ...step, dueAt: legalHoldUntil, rule: `${step.rule} legal_hold` } : step);
  const decided: ExplainedStep[] = [
    ...(mark?.executeAt ? [{ mode: mark.mode, dueAt: mark.executeAt, rule: `marked_for_deletion ${mark.waitRule}` }] : []),
    ...(request ? [{ mode: request.mode, dueAt: request.deadlineAt, rule: 'erasure_request' }] : []),
  ];
  // The clock's own steps already moved past the hold (scheduleOf).
  return [...decided.map(afterHold), ...(deleteIssued ? [] : schedule.steps)].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

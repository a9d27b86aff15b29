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
}

/** What people decided comes before the clock (a mark, an erasure request), then the clock's own steps; in date order. */
export function explainedSteps({ schedule, deleteIssued, mark, request }: ExplainInput): ExplainedStep[] {
  return [
    ...(mark?.executeAt ? [{ mode: mark.mode, dueAt: mark.executeAt, rule: `marked_for_deletion ${mark.waitRule}` }] : []),
    ...(request ? [{ mode: request.mode, dueAt: request.deadlineAt, rule: 'erasure_request' }] : []),
    ...(deleteIssued ? [] : schedule.steps),
  ].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

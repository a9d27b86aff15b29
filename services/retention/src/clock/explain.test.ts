import { explainedSteps } from './explain';
import type { Schedule } from './schedule';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const schedule: Schedule = {
  anchor: 'last-activity',
  anchorAt: at('2026-01-10'),
  holds: [],
  steps: [
    { mode: 'reduce', dueAt: at('2026-04-10'), rule: 'reduce_after_months=3' },
    { mode: 'delete', dueAt: at('2026-07-10'), rule: 'delete_after_months=6' },
  ],
};

describe('the steps ExplainRetention names', () => {
  it('are the clock’s own while nobody decided anything', () => {
    expect(explainedSteps({ schedule, deleteIssued: false })).toEqual(schedule.steps);
  });

  it('put a mark’s execution and an erasure request’s deadline among them, in date order', () => {
    const steps = explainedSteps({
      schedule,
      deleteIssued: false,
      mark: { mode: 'anonymise', executeAt: at('2026-05-01'), waitRule: 'wait_hours_without_assignment=6' },
      request: { deadlineAt: at('2026-03-01'), mode: 'delete' },
    });
    expect(steps.map((step) => step.rule)).toEqual(['erasure_request', 'reduce_after_months=3', 'marked_for_deletion wait_hours_without_assignment=6', 'delete_after_months=6']);
    expect(steps[2]).toEqual({ mode: 'anonymise', dueAt: at('2026-05-01'), rule: 'marked_for_deletion wait_hours_without_assignment=6' });
  });

  it('leave the clock’s steps out once its deletion went out', () => {
    expect(explainedSteps({ schedule, deleteIssued: true })).toEqual([]);
    expect(explainedSteps({ schedule, deleteIssued: true, request: { deadlineAt: at('2026-03-01'), mode: 'anonymise' } })).toEqual([{ mode: 'anonymise', dueAt: at('2026-03-01'), rule: 'erasure_request' }]);
  });

  it('move a mark’s execution and an erasure request’s deadline to a legal hold’s end', () => {
    const steps = explainedSteps({
      schedule,
      deleteIssued: true,
      mark: { mode: 'delete', executeAt: at('2026-05-01'), waitRule: 'wait_hours_without_assignment=6' },
      request: { deadlineAt: at('2026-09-01'), mode: 'delete' },
      legalHoldUntil: at('2026-08-01'),
    });
    expect(steps).toEqual([
      { mode: 'delete', dueAt: at('2026-08-01'), rule: 'marked_for_deletion wait_hours_without_assignment=6 legal_hold' },
      { mode: 'delete', dueAt: at('2026-09-01'), rule: 'erasure_request' },
    ]);
  });

  it('ignore a mark that is not waiting for execution', () => {
    expect(explainedSteps({ schedule, deleteIssued: false, mark: { mode: 'delete', waitRule: 'wait_days_placement=90' } })).toEqual(schedule.steps);
  });
});

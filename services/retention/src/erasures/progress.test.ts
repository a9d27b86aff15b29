import { acknowledged, awaiting, ERASURE_STATE, reissue, waitingFor } from './progress';

const at = new Date('2026-05-01T10:00:00Z');
const ack = (service: string, outcome: string, extra: object = {}) => ({ service, outcome, counts: {}, ...extra });

describe('the progress of an erasure', () => {
  it('waits for every registered service, and is complete once each confirmed (done or nothing held)', () => {
    const start = awaiting(['candidates', 'retention']);
    expect(waitingFor(start)).toEqual(['candidates', 'retention']);
    const first = acknowledged(start, ack('retention', 'ERASURE_OUTCOME_DONE', { counts: { clocks: 1 } }), at)!;
    expect(first.complete).toBe(false);
    expect(first.services.retention).toEqual({ state: 'done', at, counts: { clocks: 1 } });
    const second = acknowledged(first.services, ack('candidates', 'ERASURE_OUTCOME_NOTHING_HELD'), at)!;
    expect(second.complete).toBe(true);
    expect(waitingFor(second.services)).toEqual([]);
  });

  it('keeps a failed service waiting, with the reason, until it confirms', () => {
    const failed = acknowledged(awaiting(['candidates']), ack('candidates', 'ERASURE_OUTCOME_FAILED', { failureReason: 'HANDLER_ERROR' }), at)!;
    expect(failed).toEqual({ services: { candidates: { state: 'failed', at, counts: {}, failureReason: 'HANDLER_ERROR' } }, complete: false });
    expect(waitingFor(failed.services)).toEqual(['candidates']);
    expect(acknowledged(failed.services, ack('candidates', 'ERASURE_OUTCOME_DONE'), at)?.complete).toBe(true);
    // An outcome nobody knows counts as failed.
    expect(acknowledged(awaiting(['candidates']), ack('candidates', 'ERASURE_OUTCOME_UNSPECIFIED'), at)?.services.candidates.state).toBe('failed');
  });

  it('ignores a service that was not asked, and a second answer of one that confirmed', () => {
    expect(acknowledged(awaiting(['candidates']), ack('stranger', 'ERASURE_OUTCOME_DONE'), at)).toBeUndefined();
    const done = acknowledged(awaiting(['candidates', 'retention']), ack('candidates', 'ERASURE_OUTCOME_DONE'), at)!;
    expect(acknowledged(done.services, ack('candidates', 'ERASURE_OUTCOME_FAILED'), at)).toBeUndefined();
    // Names every object answers to are not services it was asked of.
    for (const service of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect([service, acknowledged(done.services, ack(service, 'ERASURE_OUTCOME_DONE'), at)]).toEqual([service, undefined]);
    }
  });

  it('is issued again with a doubling wait, at most six hours, and shows as stuck after five attempts', () => {
    const policy = { reissueAfterMs: 60_000, stuckAfterAttempts: 5, maxDelayMs: 6 * 3600_000 };
    expect(reissue(1, at, policy)).toEqual({ attempt: 2, reissueAt: new Date(at.getTime() + 120_000), state: 'pending' });
    expect(reissue(2, at, policy).reissueAt).toEqual(new Date(at.getTime() + 240_000));
    expect(reissue(5, at, policy).state).toBe('stuck');
    expect(reissue(20, at, policy).reissueAt).toEqual(new Date(at.getTime() + 6 * 3600_000));
    expect(ERASURE_STATE.toProto('stuck')).toBe('ERASURE_STATE_STUCK');
  });
});

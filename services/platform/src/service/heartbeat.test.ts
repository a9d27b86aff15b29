import { createLogger } from '../telemetry/logger';
import { heartbeatWhileRunning } from './heartbeat';

describe('the heartbeat of a running job', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('beats every interval, goes on after a beat that failed, and stops with the job', async () => {
    const logger = createLogger({ service: 'heartbeat-test', level: 'silent' });
    const warn = jest.spyOn(logger, 'warn');
    let beats = 0;
    const stop = heartbeatWhileRunning(
      async () => {
        beats++;
        if (beats === 2) throw new Error('the database is away');
      },
      1000,
      logger,
      { runId: 'run-1' },
    );
    await jest.advanceTimersByTimeAsync(3500);
    expect(beats).toBe(3);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ runId: 'run-1' }), 'the heartbeat of a running job was not written');
    stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(beats).toBe(3);
  });
});

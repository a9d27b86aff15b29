import type { Logger } from '../telemetry/logger';

/**
 * Writes `beat` every `everyMs` while a long run (a mass action, an import) goes on in this
 * process, so any replica can tell a run whose process died from one still going: its last beat
 * grows old. A beat that fails is logged and the next one tried. Returns the stop, for the run's end.
 */
export function heartbeatWhileRunning(beat: () => Promise<unknown>, everyMs: number, logger: Logger, context: Record<string, unknown>): () => void {
  const timer = setInterval(() => {
    beat().catch((err: unknown) => logger.warn({ err, ...context }, 'the heartbeat of a running job was not written'));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The fastest of `runs` runs of `run`, in ms: the cost of the work itself, without a garbage
 * collection or a scheduling pause that happened to fall into one run. For the few bounds a test
 * must hold (a refusal in linear time), never for speed goals, which benchmarks measure.
 */
export function fastestMs(run: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

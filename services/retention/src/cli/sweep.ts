/**
 * The sweep as a command: `pnpm --filter @lethe/retention sweep [--now 2027-01-31T00:00:00Z] [--dry-run]`.
 * Runs what is due (the same sweep the service runs every minute, under the same lease) with a
 * progress bar per source. `--now` decides what is due as of that date; the erasures it issues
 * still carry the real time, so the service re-issues them on its usual schedule. `--dry-run`
 * only counts what is due. The commands it issues are published by the running service's outbox
 * relay. It runs on the service's own runtime and configuration: the environment, over what
 * `pnpm start` last started the service with (.lethe/local/retention.env).
 */
import { parseArgs } from 'node:util';
import { progressBar, type Progress } from '@lethe/platform/cli';
import { closeRuntime, ConfigError, connectRuntime, createRuntime } from '@lethe/platform/service';
import { retentionConfigSchema, retentionStores, sweepSources } from '../service';
import { Sweeper, sweepLeaseKey } from '../sweep/sweeper';

export const USAGE = 'usage: pnpm --filter @lethe/retention sweep [--now <ISO 8601 date-time>] [--dry-run]';

class UsageError extends Error {}

function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new UsageError(`--now must be an ISO 8601 date or date-time, got "${value}"`);
  return date;
}

export async function runSweepCli(argv: string[], env: NodeJS.ProcessEnv, out: (text: string) => void, progressStream: NodeJS.WriteStream = process.stderr): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { now: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  const now = parseNow(values.now);
  const runtime = createRuntime('retention', retentionConfigSchema, { env, localConfig: true, component: 'retention-sweep' });
  // Beside its progress bars a command logs warnings only, unless asked for more than the default.
  if (runtime.config.LOG_LEVEL === 'info') runtime.logger.level = 'warn';
  try {
    await connectRuntime(runtime);
    const sources = sweepSources(retentionStores(runtime));
    if (values['dry-run']) {
      const counts = await Promise.all(sources.map(async (source) => `${source.name} ${await source.countDue(now)}`));
      out(`due at ${now.toISOString()} (dry run, nothing done): ${counts.join(', ')}\n`);
      return 0;
    }
    const bars = new Map<string, { progress: Progress; done: number }>();
    for (const source of sources) bars.set(source.name, { progress: progressBar(source.name, await source.countDue(now), progressStream), done: 0 });
    const result = await new Sweeper(runtime.redis, sweepLeaseKey(runtime), sources, runtime.logger).run(now, (name, executed) => {
      const bar = bars.get(name)!;
      bar.progress.tick(executed - bar.done);
      bar.done = executed;
    });
    if (!result.ran) {
      out('another sweep is running (the lease is held); nothing done\n');
      return 3;
    }
    for (const bar of bars.values()) bar.progress.done();
    out(`sweep at ${now.toISOString()}: ${Object.entries(result.executed).map(([name, count]) => `${name} ${count}`).join(', ')}\n`);
    return 0;
  } finally {
    await closeRuntime(runtime);
  }
}

if (require.main === module) {
  runSweepCli(process.argv.slice(2), process.env, (text) => process.stdout.write(text)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof UsageError) process.stderr.write(`sweep: ${err.message}\n${USAGE}\n`);
      else if (err instanceof ConfigError) process.stderr.write(`sweep: ${err.message}\n`);
      else process.stderr.write(`sweep: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(err instanceof UsageError ? 2 : 1);
    },
  );
}

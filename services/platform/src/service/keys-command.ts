/**
 * The key store's commands, run by a service's own entry point (`node dist/src/main.js keys …`, or
 * `pnpm keys … --service <name>` in a checkout), on the service's own configuration: the
 * environment, over what `pnpm start` last started it with (.lethe/local/<name>.env).
 *
 * - `status`: how many data keys each KEK wraps; a KEK that wraps none can leave KEY_ENCRYPTION_KEYS.
 * - `rewrap`: moves every data key to the active KEK, in batches, while the service runs.
 * - `reapply-erasures [--since <ISO time>]`: after a restore of the data database, erases again
 *   every subject whose erasure the key store's tombstones record, with the service's own handler.
 *
 * They run in the service's entry point because reapplying an erasure is the service's own
 * handler, built from its definition on its runtime: the one code path that obeys erasure commands.
 */
import { parseArgs } from 'node:util';
import type { DestinationStream } from 'pino';
import type { z } from 'zod';
import { progressBar } from '../cli/progress';
import { commandOfTombstone, eraseSubject } from '../erasure/obey';
import { ConfigError } from './config';
import type { ServiceDefinition } from './lifecycle';
import { closeRuntime, connectRuntime, createRuntime, openKeyStore, type ServiceRuntime } from './runtime';

export const KEYS_USAGE = 'usage: keys status | keys rewrap [--batch-size <n>] | keys reapply-erasures [--since <ISO 8601 date-time>]';

/** The command line is malformed: the message says how. */
export class KeysUsageError extends Error {}

export interface KeysCommandOptions {
  env?: NodeJS.ProcessEnv;
  /** What the command reports (stdout). */
  out: (text: string) => void;
  /** Where progress bars go. */
  progressStream?: NodeJS.WriteStream;
  /** Reads .lethe/local/<name>.env under the environment, as the service's commands do; on by default. */
  localConfig?: boolean;
  /** The runtime's log destination (tests). */
  logDestination?: DestinationStream;
}

interface KeysArguments {
  command: 'status' | 'rewrap' | 'reapply-erasures';
  batchSize: number;
  since?: Date;
}

function parseKeysArguments(argv: readonly string[]): KeysArguments | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: { 'batch-size': { type: 'string' }, since: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (err) {
    throw new KeysUsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, ...rest] = positionals;
  if (command !== 'status' && command !== 'rewrap' && command !== 'reapply-erasures') throw new KeysUsageError(`unknown command "${command ?? ''}"`);
  if (rest.length > 0) throw new KeysUsageError(`unexpected argument "${rest[0]}"`);
  const batchText = values['batch-size'];
  if (batchText !== undefined && command !== 'rewrap') throw new KeysUsageError('--batch-size belongs to rewrap');
  if (values.since !== undefined && command !== 'reapply-erasures') throw new KeysUsageError('--since belongs to reapply-erasures');
  const batchSize = batchText === undefined ? 500 : Number(batchText);
  if (!/^\d{1,5}$/.test(batchText ?? '500') || batchSize < 1 || batchSize > 10_000) throw new KeysUsageError('--batch-size must be a whole number from 1 to 10000');
  let since: Date | undefined;
  if (values.since !== undefined) {
    since = new Date(values.since);
    if (values.since.length > 40 || !/^\d{4}-\d{2}-\d{2}/.test(values.since) || Number.isNaN(since.getTime())) throw new KeysUsageError(`--since must be an ISO 8601 date or date-time, got "${values.since.slice(0, 40)}"`);
  }
  return { command, batchSize, since };
}

/** Runs a `keys` command for the service; resolves with the process's exit code. */
export async function runKeysCommand<S extends z.ZodTypeAny>(definition: ServiceDefinition<S>, argv: readonly string[], options: KeysCommandOptions): Promise<number> {
  const args = parseKeysArguments(argv);
  if (args === 'help') {
    options.out(`${KEYS_USAGE}\n`);
    return 0;
  }
  const runtime = createRuntime(definition.name, definition.configSchema, {
    env: options.env,
    localConfig: options.localConfig ?? true,
    component: `${definition.name}-keys`,
    logDestination: options.logDestination,
  }) as ServiceRuntime;
  // Beside its progress bars a command logs warnings only, unless asked for more than the default.
  if (runtime.config.LOG_LEVEL === 'info') runtime.logger.level = 'warn';
  const progressStream = options.progressStream ?? process.stderr;
  try {
    switch (args.command) {
      case 'status':
        await openKeyStore(runtime);
        await runtime.cipher.ready();
        options.out(await kekStatus(runtime));
        return 0;
      case 'rewrap': {
        await openKeyStore(runtime);
        await runtime.cipher.ready();
        const usage = await runtime.cipher.kekUsage();
        const active = runtime.cipher.activeKekId;
        const total = Object.entries(usage).reduce((sum, [id, count]) => (id !== active && runtime.cipher.holdsKek(id) ? sum + count : sum), 0);
        const bar = progressBar(`rewrap to KEK ${active}`, total, progressStream);
        let reported = 0;
        const result = await runtime.cipher.rewrap({
          batchSize: args.batchSize,
          onBatch: (progress) => {
            const done = progress.rewrapped + progress.changedMeanwhile;
            bar.tick(done - reported);
            reported = done;
          },
        });
        bar.done();
        options.out(`rewrapped ${result.rewrapped} data keys under KEK ${active}; ${result.changedMeanwhile} changed meanwhile (rekeyed or shredded by the service, so already under the active KEK or gone)\n`);
        options.out(await kekStatus(runtime));
        return 0;
      }
      case 'reapply-erasures':
        return await reapplyErasures(definition, runtime, args.since, options.out, progressStream);
    }
  } finally {
    await closeRuntime(runtime);
  }
}

/** One line per KEK: how many data keys it wraps, and whether it can leave the ring. */
async function kekStatus(runtime: ServiceRuntime): Promise<string> {
  const usage = await runtime.cipher.kekUsage();
  const active = runtime.cipher.activeKekId;
  const lines = Object.entries(usage).map(([id, count]) => {
    const role = id === active ? 'active' : runtime.cipher.holdsKek(id) ? (count === 0 ? 'retired: wraps nothing, can be removed from KEY_ENCRYPTION_KEYS' : 'older: run keys rewrap') : 'NOT IN KEY_ENCRYPTION_KEYS: these keys cannot be unwrapped';
    return `KEK ${id}: ${count} data keys (${role})\n`;
  });
  return `key store ${runtime.keyStoreDatabase} of ${runtime.name}:\n${lines.join('')}`;
}

/**
 * Erases again, oldest first, every subject whose erasure the key store's tombstones record (since
 * `since`), exactly as the service obeyed it: tombstone in the data database, then its handler,
 * as the subject's only writer. Exit code 1 when any failed (the summary names how many; the log,
 * their ids).
 */
async function reapplyErasures<S extends z.ZodTypeAny>(definition: ServiceDefinition<S>, runtime: ServiceRuntime, since: Date | undefined, out: (text: string) => void, progressStream: NodeJS.WriteStream): Promise<number> {
  const parts = await definition.create(runtime as ServiceRuntime<z.infer<S>>);
  const handler = parts.erasure;
  if (!handler) throw new ConfigError([{ variable: 'SERVICE_NAME', problem: `${runtime.name} holds no personal data to erase (it has no erasure handler)` }]);
  await connectRuntime(runtime);
  const run = { tombstones: runtime.tombstones, keyStoreTombstones: runtime.keyStoreTombstones, fence: runtime.fence, handler };
  const total = await runtime.keyStoreTombstones.countSince(since);
  const bar = progressBar('reapply erasures', total, progressStream);
  const outcomes = { done: 0, 'nothing-held': 0, failed: 0 };
  for await (const tombstone of runtime.keyStoreTombstones.recordedSince(since)) {
    try {
      const result = await eraseSubject(run, commandOfTombstone(tombstone), tombstone.erasedAt);
      outcomes[result.outcome] += 1;
    } catch (err) {
      outcomes.failed += 1;
      runtime.logger.error({ err, tenantId: tombstone.tenantId, subjectId: tombstone.subjectId, commandId: tombstone.commandId }, 'reapplying an erasure failed');
    }
    bar.tick();
  }
  bar.done();
  out(
    `reapplied ${total} erasures recorded in the key store ${runtime.keyStoreDatabase}${since ? ` since ${since.toISOString()}` : ''} to ${runtime.database}: ` +
      `${outcomes.done} erased again, ${outcomes['nothing-held']} held nothing, ${outcomes.failed} failed\n`,
  );
  return outcomes.failed > 0 ? 1 : 0;
}

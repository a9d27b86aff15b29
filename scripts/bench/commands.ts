// Database cost per operation: the driver's command monitoring counts the commands a measured
// operation sends (and the documents they write), in every connection the benchmark's process opens
// after the counter started, so the services a benchmark starts in-process are counted too.
import { setTimeout as sleep } from 'node:timers/promises';
import { watchCommands, type CommandEvent } from '../../services/platform/src/mongo/command-monitor';
import { uniqueName } from '../../services/platform/src/testkit/infra';
import { goal, type BenchResult, type Goal } from './harness';

/** The driver's own conversation with the server, not the application's work. */
const NOT_COUNTED = new Set(['hello', 'isMaster', 'ismaster', 'ping', 'endSessions', 'saslStart', 'saslContinue', 'buildInfo', 'getParameter']);
const READS = new Set(['find', 'getMore', 'aggregate', 'count', 'distinct']);
export const WRITES = new Set(['insert', 'update', 'delete', 'findAndModify']);
/** The `comment` of a benchmark's own commands (e.g. waiting for the relay): never counted. */
export const BENCH_COMMENT = 'lethe-bench';

export interface CommandTally {
  commands: number;
  reads: number;
  writes: number;
  documentsWritten: number;
  /** `<command> <collection>` → how many. */
  byTarget: Record<string, number>;
  /** `<command> <collection>` → the time its commands took, in ms (summed; concurrent ones overlap). */
  msByTarget: Record<string, number>;
  /** How long the counting window was open. */
  ms: number;
}

function emptyTally(): CommandTally {
  return { commands: 0, reads: 0, writes: 0, documentsWritten: 0, byTarget: {}, msByTarget: {}, ms: 0 };
}

/** The documents a write command's reply says it wrote. */
function documentsWritten({ commandName, document: reply }: CommandEvent): number {
  const number = (value: unknown) => (typeof value === 'number' ? value : 0);
  if (commandName === 'insert' || commandName === 'delete') return number(reply.n);
  if (commandName === 'update') return number(reply.nModified) + (Array.isArray(reply.upserted) ? reply.upserted.length : 0);
  if (commandName === 'findAndModify') {
    const lastError = reply.lastErrorObject as { n?: unknown; updatedExisting?: unknown; upserted?: unknown } | undefined;
    return number(lastError?.n);
  }
  return 0;
}

/**
 * Counts commands of the databases `counted` accepts, but none that `ignored` names (background work
 * the measured operations do not cause); start it before the services connect.
 */
export class CommandCounter {
  private tally = emptyTally();
  private readonly stop: () => void;
  /** Targets of the commands under way, by request id: their time is added when they succeed. */
  private readonly running = new Map<number, string>();

  constructor(counted: (database: string) => boolean = () => true, ignored: (commandName: string, command: Record<string, unknown>) => boolean = () => false) {
    this.stop = watchCommands({
      started: ({ commandName, databaseName, document, requestId }) => {
        if (NOT_COUNTED.has(commandName) || !counted(databaseName) || document.comment === BENCH_COMMENT || ignored(commandName, document)) return;
        this.tally.commands++;
        if (READS.has(commandName)) this.tally.reads++;
        if (WRITES.has(commandName)) this.tally.writes++;
        const collection = typeof document[commandName] === 'string' ? (document[commandName] as string) : '';
        const target = `${commandName} ${collection}`.trim();
        this.tally.byTarget[target] = (this.tally.byTarget[target] ?? 0) + 1;
        if (requestId !== undefined) this.running.set(requestId, target);
      },
      succeeded: (event) => {
        const target = event.requestId === undefined ? undefined : this.running.get(event.requestId);
        if (target !== undefined) {
          this.running.delete(event.requestId!);
          this.tally.msByTarget[target] = (this.tally.msByTarget[target] ?? 0) + (event.durationMs ?? 0);
        }
        if (WRITES.has(event.commandName) && counted(event.databaseName)) this.tally.documentsWritten += documentsWritten(event);
      },
    });
  }

  /** What was counted while `work` ran (and whatever it set off meanwhile). */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; tally: CommandTally }> {
    this.tally = emptyTally();
    const started = process.hrtime.bigint();
    const result = await work();
    const tally = { ...this.tally, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    this.tally = emptyTally();
    return { result, tally };
  }

  /** What the process sends while no operation runs (the outbox relay's polls): subtracted from a window as long. */
  async idle(ms: number): Promise<CommandTally> {
    return (await this.during(() => sleep(ms))).tally;
  }

  close(): void {
    this.stop();
  }
}

/** Two windows' counts as one. */
export function sumTallies(a: CommandTally, b: CommandTally): CommandTally {
  const byTarget = { ...a.byTarget };
  for (const [target, count] of Object.entries(b.byTarget)) byTarget[target] = (byTarget[target] ?? 0) + count;
  const msByTarget = { ...a.msByTarget };
  for (const [target, ms] of Object.entries(b.msByTarget)) msByTarget[target] = (msByTarget[target] ?? 0) + ms;
  return { commands: a.commands + b.commands, reads: a.reads + b.reads, writes: a.writes + b.writes, documentsWritten: a.documentsWritten + b.documentsWritten, byTarget, msByTarget, ms: a.ms + b.ms };
}

/** The time a window's commands (of the kinds in `kinds`, or all) took, summed, and the three targets that took longest. */
export function commandTime(tally: CommandTally, kinds?: Set<string>): { ms: number; slowest: string } {
  const times = Object.entries(tally.msByTarget).filter(([target]) => kinds === undefined || kinds.has(target.split(' ')[0]));
  const slowest = times
    .sort(([, a], [, b]) => b - a)
    .slice(0, 3)
    .map(([target, ms]) => `${target} ${Math.round(ms).toLocaleString('en-US')} ms in ${tally.byTarget[target] ?? 0}`)
    .join(', ');
  return { ms: times.reduce((total, [, ms]) => total + ms, 0), slowest };
}

/**
 * A service's own databases (its data and its key store) named ahead, and a counter of their
 * commands started before the service connects: pass `env` to the service.
 */
export function countedServiceDatabases(mongoUri: string): { env: { MONGODB_DATABASE: string; KEY_STORE_URI: string }; commands: CommandCounter } {
  const database = uniqueName('bench_data').replace(/-/g, '_');
  const keyStore = `${database}_keys`;
  return { env: { MONGODB_DATABASE: database, KEY_STORE_URI: `${mongoUri}/${keyStore}` }, commands: new CommandCounter((name) => name === database || name === keyStore) };
}

/**
 * A window's counts less the idle rate over as long a time, target by target and never below zero;
 * the totals are summed from the targets: a busy relay sends other commands than its idle polls,
 * and idle polls taken off the totals would take off commands the window's work sent.
 */
function withoutIdle(tally: CommandTally, idle: CommandTally | undefined): CommandTally {
  if (!idle || idle.ms <= 0) return tally;
  const scale = tally.ms / idle.ms;
  const less = (count: number, idleCount: number) => Math.max(0, count - idleCount * scale);
  const byTarget = Object.fromEntries(Object.entries(tally.byTarget).map(([target, count]) => [target, less(count, idle.byTarget[target] ?? 0)]));
  const msByTarget = Object.fromEntries(Object.entries(tally.msByTarget).map(([target, ms]) => [target, less(ms, idle.msByTarget[target] ?? 0)]));
  const sum = (kind?: Set<string>) => Object.entries(byTarget).reduce((total, [target, count]) => (kind === undefined || kind.has(target.split(' ')[0]) ? total + count : total), 0);
  return { commands: sum(), reads: sum(READS), writes: sum(WRITES), documentsWritten: less(tally.documentsWritten, idle.documentsWritten), byTarget, msByTarget, ms: tally.ms };
}

export interface CommandBudget {
  /** Commands per operation at most; background work the operation set off counts too. */
  commands: number;
  /** Read commands per operation at most, e.g. 2 point reads. */
  reads?: number;
}

/**
 * A table row and the goals of one measured operation's database cost: per operation, the
 * commands, reads, writes, documents written and the busiest targets; a budget exceeded is a
 * missed goal. Counts are taken over all `operations` and divided; with `idle`, what the process
 * sends when nothing runs is taken off first.
 */
export function commandCost(
  benchmark: string,
  operation: string,
  operations: number,
  measured: CommandTally,
  budget: CommandBudget,
  idle?: CommandTally,
): { row: BenchResult['rows'][number]; goals: Goal[] } {
  const tally = withoutIdle(measured, idle);
  // Two decimals, as printed: the idle rate is an estimate.
  const per = (count: number) => Math.round((count / operations) * 100) / 100;
  const busiest = Object.entries(tally.byTarget)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 4)
    .map(([target, count]) => `${target} ${per(count).toFixed(2)}`)
    .join(', ');
  const goals = [goal(`${benchmark} ${operation}: database commands per operation`, per(tally.commands), { atMost: budget.commands })];
  if (budget.reads !== undefined) goals.push(goal(`${benchmark} ${operation}: database reads per operation`, per(tally.reads), { atMost: budget.reads }));
  return {
    row: {
      benchmark: `${benchmark} db cost`,
      side: operation,
      operations,
      commandsPerOp: per(tally.commands).toFixed(2),
      readsPerOp: per(tally.reads).toFixed(2),
      writesPerOp: per(tally.writes).toFixed(2),
      docsWrittenPerOp: per(tally.documentsWritten).toFixed(2),
      budget: `${budget.commands} commands${budget.reads !== undefined ? `, ${budget.reads} reads` : ''}`,
      busiest,
    },
    goals,
  };
}

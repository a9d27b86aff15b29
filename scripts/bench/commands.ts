// Database cost per operation: the driver's command monitoring counts the commands a measured
// operation sends (and the documents they write), in every connection the benchmark's process opens
// after the counter started, so the services a benchmark starts in-process are counted too.
import { setTimeout as sleep } from 'node:timers/promises';
import { watchCommands, type CommandEvent } from '../../services/platform/src/mongo/command-monitor';
import { goal, type BenchResult, type Goal } from './harness';

/** The driver's own conversation with the server, not the application's work. */
const NOT_COUNTED = new Set(['hello', 'isMaster', 'ismaster', 'ping', 'endSessions', 'saslStart', 'saslContinue', 'buildInfo', 'getParameter']);
const READS = new Set(['find', 'getMore', 'aggregate', 'count', 'distinct']);
const WRITES = new Set(['insert', 'update', 'delete', 'findAndModify']);

export interface CommandTally {
  commands: number;
  reads: number;
  writes: number;
  documentsWritten: number;
  /** `<command> <collection>` → how many. */
  byTarget: Record<string, number>;
  /** How long the counting window was open. */
  ms: number;
}

function emptyTally(): CommandTally {
  return { commands: 0, reads: 0, writes: 0, documentsWritten: 0, byTarget: {}, ms: 0 };
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

/** Counts commands of the databases `counted` accepts; start it before the services connect. */
export class CommandCounter {
  private tally = emptyTally();
  private readonly stop: () => void;

  constructor(counted: (database: string) => boolean = () => true) {
    this.stop = watchCommands({
      started: ({ commandName, databaseName, document }) => {
        if (NOT_COUNTED.has(commandName) || !counted(databaseName)) return;
        this.tally.commands++;
        if (READS.has(commandName)) this.tally.reads++;
        if (WRITES.has(commandName)) this.tally.writes++;
        const collection = typeof document[commandName] === 'string' ? (document[commandName] as string) : '';
        const target = `${commandName} ${collection}`.trim();
        this.tally.byTarget[target] = (this.tally.byTarget[target] ?? 0) + 1;
      },
      succeeded: (event) => {
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
  return { commands: a.commands + b.commands, reads: a.reads + b.reads, writes: a.writes + b.writes, documentsWritten: a.documentsWritten + b.documentsWritten, byTarget, ms: a.ms + b.ms };
}

/** A window's counts less the idle rate over as long a time, never below zero. */
function withoutIdle(tally: CommandTally, idle: CommandTally | undefined): CommandTally {
  if (!idle || idle.ms <= 0) return tally;
  const scale = tally.ms / idle.ms;
  const less = (count: number, idleCount: number) => Math.max(0, count - idleCount * scale);
  const byTarget = Object.fromEntries(Object.entries(tally.byTarget).map(([target, count]) => [target, less(count, idle.byTarget[target] ?? 0)]));
  return { commands: less(tally.commands, idle.commands), reads: less(tally.reads, idle.reads), writes: less(tally.writes, idle.writes), documentsWritten: less(tally.documentsWritten, idle.documentsWritten), byTarget, ms: tally.ms };
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

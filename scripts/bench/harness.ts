// The benchmark harness's small parts: a text table and result types; progress bars come from the platform.
import { readFileSync } from 'node:fs';
import type { Progress } from '../../services/platform/src/cli/progress';

export { progressBar, type Progress } from '../../services/platform/src/cli/progress';

export interface BenchContext {
  /** A progress bar on stderr for `total` units of work. */
  progress(label: string, total: number): Progress;
  /** A line of commentary on stderr (kept off stdout, which carries the table). */
  note(message: string): void;
}


/** A ratio a benchmark must reach: at least (throughput) or at most (latency) a bound. */
export interface Goal {
  metric: string;
  bound: { atLeast: number } | { atMost: number };
  measured: number;
  met: boolean;
}

export function goal(metric: string, measured: number, bound: Goal['bound']): Goal {
  const met = 'atLeast' in bound ? measured >= bound.atLeast : measured <= bound.atMost;
  return { metric, bound, measured, met };
}

export function describeGoal({ metric, bound, measured, met }: Goal): string {
  const target = 'atLeast' in bound ? `>= ${bound.atLeast}` : `<= ${bound.atMost}`;
  return `goal ${metric} ${target}: ${measured.toFixed(3)} ${met ? 'met' : 'MISSED'}`;
}

export interface BenchResult {
  /** One row per measured side/phase, printed as a table. */
  rows: Record<string, string | number>[];
  /** Headline numbers (ratios, totals). */
  summary: Record<string, number | string>;
  goals: Goal[];
  /** Settings of the run, for the JSON record. */
  settings: Record<string, number | string | boolean>;
}

export interface Benchmark {
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchResult>;
}
/**
 * Runs a benchmark's independent parts in order, or only the one named by the environment variable
 * `onlyVariable` (e.g. BENCH_RETENTION_ONLY=sweep), and merges their results.
 */
export async function runParts(context: BenchContext, onlyVariable: string, parts: Record<string, (context: BenchContext) => Promise<BenchResult>>): Promise<BenchResult> {
  const only = process.env[onlyVariable];
  if (only !== undefined && !(only in parts)) throw new Error(`${onlyVariable} must be one of ${Object.keys(parts).join(', ')}`);
  const results: BenchResult[] = [];
  for (const [name, part] of Object.entries(parts)) if (only === undefined || only === name) results.push(await part(context));
  return {
    rows: results.flatMap((result) => result.rows),
    summary: Object.assign({}, ...results.map((result) => result.summary)) as BenchResult['summary'],
    goals: results.flatMap((result) => result.goals),
    settings: Object.assign({ only: only ?? 'all' }, ...results.map((result) => result.settings)) as BenchResult['settings'],
  };
}

/** Rows as an aligned text table; numbers right-aligned. */
export function formatTable(rows: Record<string, string | number>[]): string {
  if (rows.length === 0) return '(no rows)';
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: string | number | undefined) => (value === undefined ? '' : typeof value === 'number' ? formatNumber(value) : value);
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => cell(row[column]).length)));
  const line = (values: string[], numeric: boolean[]) =>
    values.map((value, i) => (numeric[i] ? value.padStart(widths[i]) : value.padEnd(widths[i]))).join('  ');
  const numeric = columns.map((column) => rows.every((row) => typeof row[column] !== 'string'));
  return [
    line(columns, numeric),
    line(widths.map((width) => '-'.repeat(width)), numeric),
    ...rows.map((row) => line(columns.map((column) => cell(row[column])), numeric)),
  ].join('\n');
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toFixed(Math.abs(value) < 10 ? 2 : 1);
}

/**
 * Where a measured path's time goes: milliseconds per named part, summed over its operations and
 * measured with timers around the parts (a service's own objects in this process, or a baseline's
 * steps). Parts that run concurrently each count their own time.
 */
export class TimeBreakdown {
  private readonly totals = new Map<string, number>();

  add(part: string, ms: number): void {
    this.totals.set(part, (this.totals.get(part) ?? 0) + ms);
  }

  async time<T>(part: string, work: () => Promise<T>): Promise<T> {
    const start = process.hrtime.bigint();
    try {
      return await work();
    } finally {
      this.add(part, Number(process.hrtime.bigint() - start) / 1e6);
    }
  }

  /** Times every call of the method `method` of `target` under `part`, until the returned function undoes it. */
  wrap<T extends object>(target: T, method: keyof T & string, part: string): () => void {
    const own = Object.prototype.hasOwnProperty.call(target, method);
    const original = target[method] as unknown as (...args: unknown[]) => unknown;
    const timed = (...args: unknown[]): unknown => {
      const start = process.hrtime.bigint();
      const done = () => this.add(part, Number(process.hrtime.bigint() - start) / 1e6);
      const result = original.apply(target, args);
      if (result instanceof Promise) return result.finally(done);
      done();
      return result;
    };
    (target as Record<string, unknown>)[method] = timed;
    return () => {
      if (own) (target as Record<string, unknown>)[method] = original;
      else delete (target as Record<string, unknown>)[method];
    };
  }

  ms(part: string): number {
    return this.totals.get(part) ?? 0;
  }

  clear(): void {
    this.totals.clear();
  }

  /**
   * The parts per operation with their share of `totalMs`, largest first, and what they leave of
   * it as `rest` (e.g. "gRPC, auth, validation, mapping"): one table cell.
   */
  describe(operations: number, totalMs: number, rest: string): string {
    const parts = [...this.totals].filter(([, ms]) => ms > 0);
    const accounted = parts.reduce((sum, [, ms]) => sum + ms, 0);
    if (totalMs > accounted) parts.push([rest, totalMs - accounted]);
    return parts
      .sort(([, a], [, b]) => b - a)
      .map(([part, ms]) => `${part} ${(ms / operations).toFixed(3)} ms (${Math.round((100 * ms) / totalMs)}%)`)
      .join(', ');
  }
}

/** A positive whole-number setting of a benchmark from the environment, e.g. BENCH_RETENTION_CLOCKS. */
export function intSetting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

/**
 * A process's memory from /proc/<pid>/status in bytes: VmRSS (resident now) or VmHWM (the
 * resident peak since it started); 0 once the process is gone.
 */
export function processMemoryBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** `count` timed runs of `once` (ms each), after `warmups` untimed ones, with a progress bar. */
export async function timedRuns(count: number, once: () => Promise<unknown>, context: BenchContext, label: string, warmups = 3): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await once();
  const progress = context.progress(label, count);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await once();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    progress.tick();
  }
  progress.done();
  return samples;
}

/** The p-th percentile (nearest rank) of latency samples in any order. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

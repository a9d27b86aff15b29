// The benchmark harness's small parts: a text table and result types; progress bars come from the platform.
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

/** A positive whole-number setting of a benchmark from the environment, e.g. BENCH_RETENTION_CLOCKS. */
export function intSetting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

/** The p-th percentile (nearest rank) of latency samples in any order. */
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

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

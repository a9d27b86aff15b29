// Runs named benchmarks against the local infrastructure, prints a table per benchmark and writes
// the results to bench-results/<name>-<timestamp>.json; at the end, one table of every goal, also
// written to bench-results/run-<timestamp>.json. Each record names the machine it ran on, with
// the load average before and after: figures are only comparable between quiet machines.
//
//   pnpm exec tsx --conditions=lethe-source scripts/bench/run.ts [name...]
//
// Without names every benchmark runs. A benchmark that fails is reported and the others still run.
// Exits 1 when a benchmark fails or misses one of its goals.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeGoal, formatTable, progressBar, type Benchmark, type BenchContext, type Goal } from './harness';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const BENCHMARKS: Record<string, () => Promise<Benchmark>> = {
  bus: async () => (await import('./bus')).benchmark,
  candidates: async () => (await import('./candidates')).benchmark,
  export: async () => (await import('./export')).benchmark,
  messaging: async () => (await import('./messaging')).benchmark,
  'profile-rendering': async () => (await import('./profile-rendering')).benchmark,
  retention: async () => (await import('./retention')).benchmark,
  'talent-crm': async () => (await import('./talent-crm')).benchmark,
};

/** What the figures were measured on. */
function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** The 1, 5 and 15 minute load averages, as `uptime` prints them. */
function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}

function describeMachine({ cpu, cores, memoryGb, node }: ReturnType<typeof machine>): string {
  return `${cpu}, ${cores} cores, ${memoryGb} GB, Node ${node}`;
}

/** One row of the closing table: a goal of a benchmark, or a benchmark that did not finish. */
function goalRow(benchmark: string, goal: Goal): Record<string, string> {
  return {
    benchmark,
    goal: goal.metric,
    bound: 'atLeast' in goal.bound ? `>= ${goal.bound.atLeast}` : `<= ${goal.bound.atMost}`,
    measured: goal.measured.toFixed(3),
    result: goal.met ? 'met' : 'MISSED',
  };
}

async function main(): Promise<number> {
  const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = requested.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}\n`);
    return 2;
  }
  const names = requested.length > 0 ? requested : Object.keys(BENCHMARKS);
  const context: BenchContext = {
    progress: (label, total) => progressBar(label, total),
    note: (message) => process.stderr.write(`${message}\n`),
  };
  const outDir = path.join(REPO_ROOT, 'bench-results');
  fs.mkdirSync(outDir, { recursive: true });

  const host = machine();
  const runStartedAt = new Date();
  const runLoadBefore = loadAverage();
  process.stdout.write(`machine: ${describeMachine(host)}\nload average at start: ${runLoadBefore}\n`);

  let missed = 0;
  const goalRows: Record<string, string>[] = [];
  for (const name of names) {
    const benchmark = await BENCHMARKS[name]();
    process.stderr.write(`\n== ${benchmark.name}: ${benchmark.description}\n`);
    const startedAt = new Date();
    const loadBefore = loadAverage();
    let result;
    try {
      result = await benchmark.run(context);
    } catch (err) {
      missed++;
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.stdout.write(`\n${benchmark.name} FAILED: ${message}\n`);
      goalRows.push({ benchmark: benchmark.name, goal: `did not finish: ${message.split('\n')[0].slice(0, 120)}`, bound: '', measured: '', result: 'FAILED' });
      continue;
    }
    const finishedAt = new Date();
    const loadAfter = loadAverage();

    process.stdout.write(`\n${benchmark.name}\n${formatTable(result.rows)}\n\n`);
    for (const [key, value] of Object.entries(result.summary)) process.stdout.write(`${key}: ${typeof value === 'number' ? value.toFixed(3) : value}\n`);
    for (const goal of result.goals) {
      process.stdout.write(`${describeGoal(goal)}\n`);
      goalRows.push(goalRow(benchmark.name, goal));
      if (!goal.met) missed++;
    }
    process.stdout.write(`load average before: ${loadBefore}; after: ${loadAfter}\n`);

    const file = path.join(outDir, `${benchmark.name}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
    const record = {
      benchmark: benchmark.name,
      description: benchmark.description,
      startedAt: startedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      node: process.version,
      machine: { ...host, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
      ...result,
    };
    fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    process.stdout.write(`results: ${path.relative(REPO_ROOT, file)}\n`);
  }

  const runLoadAfter = loadAverage();
  process.stdout.write(`\nall goals\n${formatTable(goalRows)}\n\nmachine: ${describeMachine(host)}\nload average at start: ${runLoadBefore}; at end: ${runLoadAfter}\n`);
  const runFile = path.join(outDir, `run-${runStartedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const runRecord = { startedAt: runStartedAt.toISOString(), durationMs: Date.now() - runStartedAt.getTime(), benchmarks: names, machine: { ...host, loadAverageBefore: runLoadBefore, loadAverageAfter: runLoadAfter }, goals: goalRows };
  fs.writeFileSync(runFile, `${JSON.stringify(runRecord, null, 2)}\n`);
  process.stdout.write(`run: ${path.relative(REPO_ROOT, runFile)}\n`);
  return missed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);

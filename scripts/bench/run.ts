// Runs named benchmarks against the local infrastructure, prints a table per benchmark and writes
// the results to bench-results/<name>-<timestamp>.json.
//
//   pnpm exec tsx --conditions=lethe-source scripts/bench/run.ts [name...]
//
// Without names every benchmark runs. Exits 1 when a benchmark misses one of its goals.
import fs from 'node:fs';
import path from 'node:path';
import { describeGoal, formatTable, progressBar, type Benchmark, type BenchContext } from './harness';

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

  let missed = 0;
  for (const name of names) {
    const benchmark = await BENCHMARKS[name]();
    process.stderr.write(`\n== ${benchmark.name}: ${benchmark.description}\n`);
    const startedAt = new Date();
    const result = await benchmark.run(context);
    const finishedAt = new Date();

    process.stdout.write(`\n${benchmark.name}\n${formatTable(result.rows)}\n\n`);
    for (const [key, value] of Object.entries(result.summary)) process.stdout.write(`${key}: ${typeof value === 'number' ? value.toFixed(3) : value}\n`);
    for (const goal of result.goals) {
      process.stdout.write(`${describeGoal(goal)}\n`);
      if (!goal.met) missed++;
    }

    const file = path.join(outDir, `${benchmark.name}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
    const record = {
      benchmark: benchmark.name,
      description: benchmark.description,
      startedAt: startedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      node: process.version,
      ...result,
    };
    fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    process.stdout.write(`results: ${path.relative(REPO_ROOT, file)}\n`);
  }
  return missed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);

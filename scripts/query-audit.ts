// The query audit: checks every query shape the test suite recorded (LETHE_QUERY_AUDIT_DIR, one file
// per process) against the indexes the same service declared, by MongoDB's prefix rules. Fails
// listing each shape no index serves, unless scripts/query-audit-allow.yaml names it with a reason.
//
//   pnpm exec tsx --conditions=lethe-source scripts/query-audit.ts [directory]
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { QUERY_AUDIT_DIR_VARIABLE } from '../services/platform/src/mongo/command-monitor';
import { auditQueries, type AllowedShape, type AuditEntry, type AuditedShape } from '../services/platform/src/mongo/query-audit';

const REPO_ROOT = path.resolve(__dirname, '..');
const ALLOW_LIST = path.join(REPO_ROOT, 'scripts', 'query-audit-allow.yaml');
const ORIGINS_SHOWN = 3;

function readEntries(directory: string): AuditEntry[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.ndjson'))
    .flatMap((file) => fs.readFileSync(path.join(directory, file), 'utf8').split('\n'))
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as AuditEntry);
}

function readAllowList(): AllowedShape[] {
  const entries = (parse(fs.readFileSync(ALLOW_LIST, 'utf8')) ?? []) as Partial<AllowedShape>[];
  const invalid = entries.filter((entry) => !entry.service || !entry.collection || !entry.shape || !entry.reason?.trim());
  if (invalid.length > 0) throw new Error(`${path.relative(REPO_ROOT, ALLOW_LIST)}: every entry needs service, collection, shape and reason:\n${JSON.stringify(invalid, null, 2)}`);
  return entries as AllowedShape[];
}

function describe(shape: AuditedShape): string {
  const origins = shape.origins.slice(0, ORIGINS_SHOWN).join(', ') + (shape.origins.length > ORIGINS_SHOWN ? ` and ${shape.origins.length - ORIGINS_SHOWN} more` : '');
  return [
    `  ${shape.service} ${shape.collection}: ${shape.shape}`,
    `    indexes: ${shape.indexes.length > 0 ? shape.indexes.join(' ') : '(none but _id)'}`,
    `    issued during: ${origins}`,
  ].join('\n');
}

function main(): number {
  const directory = path.resolve(process.argv[2] ?? process.env[QUERY_AUDIT_DIR_VARIABLE] ?? path.join(REPO_ROOT, '.lethe', 'query-audit'));
  const entries = readEntries(directory);
  if (entries.length === 0) {
    process.stderr.write(`query audit: nothing recorded in ${directory} (were the tests run with ${QUERY_AUDIT_DIR_VARIABLE}?)\n`);
    return 1;
  }
  const result = auditQueries(entries, readAllowList());
  process.stdout.write(
    `query audit: ${result.shapes} query shapes of the services, ${result.served} served by an index, ${result.allowed.length} allow-listed, ${result.unserved.length} not served` +
      ` (${result.notAudited} more on databases no service opened, not audited)\n`,
  );
  if (result.unused.length > 0) {
    process.stdout.write(`allow-list entries no test issued (stale, or their tests did not run):\n${result.unused.map((entry) => `  ${entry.service} ${entry.collection}: ${entry.shape}`).join('\n')}\n`);
  }
  if (result.unserved.length === 0) return 0;
  process.stdout.write(
    `\nno index serves these query shapes: add the index to the model (or change the query), or list the shape in ${path.relative(REPO_ROOT, ALLOW_LIST)} with its reason\n${result.unserved.map(describe).join('\n')}\n`,
  );
  return 1;
}

process.exit(main());

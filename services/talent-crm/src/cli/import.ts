/**
 * `pnpm talents import <file.xlsx> [--pool <id>]… [--tag <tag>]… [--recruiter <id>] [--column "<header>=<field>"]… [--dry-run]`:
 * an Excel import through the running service's API, with a progress bar, then the row report.
 * The token (LETHE_TOKEN or --token, with talents:write and talents:read) names the tenant and the
 * importing user. The service is found at --address, TALENT_CRM_GRPC_ADDRESS, or the port `pnpm
 * start` last started it on (.lethe/local/talent-crm.env).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { progressBar, type Progress } from '@lethe/platform/cli';
import { createClient, readErrorDetails, serverStreamCall, unaryCall } from '@lethe/platform/grpc';
import { localEnv } from '@lethe/platform/service';
import { loadGrpcObject, type TalentImport__Output, type TalentsProto } from '@lethe/protos';
import { XLSX_LIMITS } from '../imports/zip';

export const IMPORT_USAGE =
  'usage: pnpm talents import <file.xlsx> [--pool <id>]… [--tag <tag>]… [--recruiter <id>] [--column "<header>=<field>"]… [--dry-run] [--token <jwt>] [--address <host:port>]';

/** A bad command line: exit code 2 with the usage line. */
export class UsageError extends Error {}

/** Where the service answers when nothing says otherwise: its local port. */
const LOCAL_GRPC_PORT = '50054';
/** How long the command follows an import. */
const WATCH_DEADLINE_MS = 60 * 60_000;
const REPORT_COLUMNS = { row: 6, field: 22, code: 17 } as const;

function serviceAddress(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.TALENT_CRM_GRPC_ADDRESS ?? `127.0.0.1:${localEnv('talent-crm').GRPC_PORT ?? LOCAL_GRPC_PORT}`;
}

/** `Header=field` → a column mapping. */
function columnMapping(text: string): { column: string; field: string } {
  const at = text.lastIndexOf('=');
  if (at <= 0 || at === text.length - 1) throw new UsageError(`--column must be "<header>=<field>", e.g. "Mail=email" (got "${text}")`);
  return { column: text.slice(0, at), field: text.slice(at + 1) };
}

function readFile(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((err as NodeJS.ErrnoException).code ?? 'error')}`);
  }
  if (!stat.isFile()) throw new Error(`cannot read ${file}: not a file`);
  if (stat.size > XLSX_LIMITS.fileBytes) throw new Error(`${file} is larger than ${XLSX_LIMITS.fileBytes / (1024 * 1024)} MiB, more than an import takes`);
  return fs.readFileSync(file);
}

/** What a refused call means for the person at the terminal. */
function explain(err: unknown, address: string): Error {
  const details = readErrorDetails(err as grpc.ServiceError);
  switch (details.code) {
    case grpc.status.UNAVAILABLE:
    case grpc.status.DEADLINE_EXCEEDED:
      return new Error(`the talent-crm service does not answer at ${address} (is it running? pnpm start)`);
    case grpc.status.INVALID_ARGUMENT:
      return new Error(`the import was refused:\n${details.violations.map((violation) => `  ${violation.field}: ${violation.description}`).join('\n')}`);
    case grpc.status.UNAUTHENTICATED:
      return new Error('the token was refused: expired, or not one this installation trusts');
    case grpc.status.PERMISSION_DENIED:
      return new Error('the token lacks a right an import needs (talents:write to start it, talents:read to follow it)');
    default:
      return new Error(`the call failed: ${details.message}`);
  }
}

/** The import's outcome and its row report, as lines. */
export function formatReport(result: TalentImport__Output): string {
  const lines: string[] = [];
  const counts = `${result.totalRows} rows: ${result.created} created, ${result.refused} refused, ${result.duplicates} duplicates`;
  if (result.state === 'IMPORT_STATE_FAILED') lines.push(`import ${result.id} failed: ${result.failure}`);
  else if (result.dryRun) lines.push(`import ${result.id} (dry run, nothing created): ${counts}; ${result.totalRows - result.refused - result.duplicates} would be created`);
  else lines.push(`import ${result.id} done: ${counts}`);
  if (result.problems.length > 0) {
    const line = (row: string, field: string, code: string, description: string) =>
      [row.padStart(REPORT_COLUMNS.row), field.padEnd(REPORT_COLUMNS.field), code.padEnd(REPORT_COLUMNS.code), description].join('  ');
    lines.push('', line('row', 'field', 'code', 'description'));
    for (const problem of result.problems) {
      const about = problem.duplicateTalentId ? ` (talent ${problem.duplicateTalentId})` : '';
      lines.push(line(String(problem.row), problem.field, problem.code, `${problem.description}${about}`));
    }
  }
  if (result.problemsOmitted > 0) lines.push(`… and ${result.problemsOmitted} more problems not listed`);
  return `${lines.join('\n')}\n`;
}

/** Runs the command; resolves with the exit code (0 the import ran through, 1 it failed or was refused). */
export async function runImportCli(argv: string[], env: NodeJS.ProcessEnv, out: (text: string) => void, progressStream: NodeJS.WriteStream = process.stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        pool: { type: 'string', multiple: true, default: [] },
        tag: { type: 'string', multiple: true, default: [] },
        column: { type: 'string', multiple: true, default: [] },
        recruiter: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        token: { type: 'string' },
        address: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(`${IMPORT_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('name one .xlsx file to import');
  const token = values.token ?? env.LETHE_TOKEN;
  if (!token) throw new UsageError('no token: pass --token or set LETHE_TOKEN (locally: LETHE_TOKEN=$(pnpm -s token --tenant demo --actor <you> --rights talents:read,talents:write))');
  const columns = values.column.map(columnMapping);
  const file = positionals[0];
  const xlsx = readFile(file);
  const address = serviceAddress(values.address, env);

  const { TalentCrmService } = loadGrpcObject<TalentsProto>().lethe.talents.v1;
  const client = createClient(TalentCrmService, address, { token, deadlineMs: 60_000 });
  let bar: Progress | undefined;
  try {
    let started: TalentImport__Output;
    try {
      started = await unaryCall(client, 'StartTalentImport', {
        xlsx,
        fileName: path.basename(file),
        columns,
        poolIds: values.pool,
        tags: values.tag,
        recruiterId: values.recruiter ?? '',
        dryRun: values['dry-run'],
      });
    } catch (err) {
      throw explain(err, address);
    }
    progressStream.write(`import ${started.id}: reading ${path.basename(file)}…\n`);
    let result = started;
    let shown = 0;
    try {
      for await (const message of serverStreamCall(client, 'WatchTalentImport', { id: started.id }, { deadlineMs: WATCH_DEADLINE_MS })) {
        result = message as TalentImport__Output;
        if (!bar && result.totalRows > 0) bar = progressBar(values['dry-run'] ? 'checking rows' : 'importing rows', result.totalRows, progressStream);
        if (bar && result.processedRows > shown) {
          bar.tick(result.processedRows - shown);
          shown = result.processedRows;
        }
      }
    } catch (err) {
      throw explain(err, address);
    }
    bar?.done();
    out(formatReport(result));
    return result.state === 'IMPORT_STATE_DONE' ? 0 : 1;
  } finally {
    client.close();
  }
}

import fs from 'node:fs';
import path from 'node:path';
import type { mongo } from 'mongoose';
import { indexShapesOf, queryShapesOf } from './query-shapes';

/**
 * The driver's command monitoring, switched on only when something listens: the query audit of the
 * test suite (LETHE_QUERY_AUDIT_DIR, see scripts/query-audit.ts) and the benchmarks' command counts.
 */

/** Where the query audit records the query shapes and declared indexes, one file per process. */
export const QUERY_AUDIT_DIR_VARIABLE = 'LETHE_QUERY_AUDIT_DIR';

type Doc = Record<string, unknown>;

export interface CommandEvent {
  commandName: string;
  databaseName: string;
  /** The command sent (on `started`) or the server's reply (on `succeeded`). */
  document: Doc;
  /** Pairs a command's `started` with its `succeeded`. */
  requestId?: number;
  /** How long the command took, on `succeeded`. */
  durationMs?: number;
}

export interface CommandWatcher {
  started?(event: CommandEvent): void;
  succeeded?(event: CommandEvent): void;
}

const WATCHERS = Symbol.for('lethe.mongo.commandWatchers');

function watchers(): Set<CommandWatcher> {
  const holder = globalThis as { [WATCHERS]?: Set<CommandWatcher> };
  return (holder[WATCHERS] ??= new Set());
}

/** Sees every command of the connections opened after this call in the process; returns the way to stop. */
export function watchCommands(watcher: CommandWatcher): () => void {
  watchers().add(watcher);
  return () => watchers().delete(watcher);
}

/** The audit's record of one process: each distinct line once, appended as it is first seen. */
class AuditFile {
  private readonly seen = new Set<string>();
  private readonly file: string;

  constructor(private readonly directory: string) {
    this.file = path.join(directory, `${process.pid}.ndjson`);
  }

  write(entry: Doc): void {
    const line = JSON.stringify(entry);
    if (this.seen.has(line)) return;
    if (this.seen.size === 0) fs.mkdirSync(this.directory, { recursive: true });
    this.seen.add(line);
    fs.appendFileSync(this.file, `${line}\n`);
  }
}

const auditFiles = new Map<string, AuditFile>();

function auditFile(directory: string): AuditFile {
  let file = auditFiles.get(directory);
  if (!file) auditFiles.set(directory, (file = new AuditFile(directory)));
  return file;
}

/** The test file under way in a jest worker, or the script this process runs. */
function origin(): string {
  const testPath = (globalThis as { expect?: { getState?: () => { testPath?: string } } }).expect?.getState?.().testPath;
  const file = testPath ?? process.argv[1] ?? process.argv0;
  return path.relative(process.cwd(), file);
}

function record(directory: string, service: string | undefined, event: CommandEvent): void {
  const queries = queryShapesOf(event.commandName, event.document);
  const indexes = indexShapesOf(event.commandName, event.document);
  if (queries.length === 0 && indexes.length === 0) return;
  const file = auditFile(directory);
  const source = { service: service ?? null, database: event.databaseName, origin: origin() };
  for (const index of indexes) file.write({ kind: 'index', ...source, ...index });
  for (const query of queries) file.write({ kind: 'query', ...source, ...query });
}

const monitored = new WeakSet<mongo.MongoClient>();

export interface MonitorOptions {
  /** The service whose database it is: test databases have made-up names. */
  service?: string;
  /** The query audit's directory; LETHE_QUERY_AUDIT_DIR by default. */
  queryAuditDirectory?: string;
}

/** Whether commands must be monitored: the `monitorCommands` option of a connection about to open. */
export function commandMonitoringWanted(options: MonitorOptions): boolean {
  return Boolean(options.queryAuditDirectory ?? process.env[QUERY_AUDIT_DIR_VARIABLE]) || watchers().size > 0;
}

/** Listens to a client opened with `monitorCommands`, before it connects. */
export function monitorClient(client: mongo.MongoClient, options: MonitorOptions): void {
  if (monitored.has(client)) return;
  monitored.add(client);
  const directory = options.queryAuditDirectory ?? process.env[QUERY_AUDIT_DIR_VARIABLE];
  client.on('commandStarted', (event) => {
    const commandEvent: CommandEvent = { commandName: event.commandName, databaseName: event.databaseName, document: event.command as Doc, requestId: event.requestId };
    if (directory) {
      try {
        record(directory, options.service, commandEvent);
      } catch (err) {
        // A record that cannot be written would let the audit pass on too little: said loudly, never thrown into the driver.
        process.emitWarning(`query audit: cannot record to ${directory}: ${String(err)}`);
      }
    }
    for (const watcher of watchers()) watcher.started?.(commandEvent);
  });
  client.on('commandSucceeded', (event) => {
    if (watchers().size === 0) return;
    const commandEvent: CommandEvent = { commandName: event.commandName, databaseName: event.databaseName, document: (event.reply ?? {}) as Doc, requestId: event.requestId, durationMs: event.duration };
    for (const watcher of watchers()) watcher.succeeded?.(commandEvent);
  });
}

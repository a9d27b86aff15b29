import mongoose, { mongo, type Connection } from 'mongoose';
import { UnavailableError } from '../errors/errors';
import type { Logger } from '../telemetry/logger';
import { commandMonitoringWanted, monitorClient, type MonitorOptions } from './command-monitor';

// Mongoose records a stack trace at every query only to name where a query ran twice, which Lethe
// never does; formatting it (source-mapped) cost about 5 % of a busy service's time.
mongoose.set('skipOriginalStackTraces', true);

export interface MongoOptions extends MonitorOptions {
  uri: string;
  /** The service's own database; every service has one and reads no other. */
  database: string;
  logger: Logger;
  /** How long to wait for a reachable server before giving up; boot fails fast rather than hanging. */
  serverSelectionTimeoutMs?: number;
}

/**
 * A dedicated, not yet opened connection for one service. Never the global `mongoose` default
 * connection: models are registered on the returned connection, so two services (or two tests)
 * in one process cannot see each other's models or databases. Models may be defined before
 * `openMongo`; the service lifecycle defines them first and opens the connection afterwards.
 *
 * FerretDB, which stands in for MongoDB locally, supports ordinary and unique (compound) indexes
 * but no TTL or partial indexes, no transactions and no change streams: schemas stay in that subset.
 */
export function createMongoConnection({ database, logger }: Pick<MongoOptions, 'database' | 'logger'>): Connection {
  const connection = mongoose.createConnection();
  connection.on('disconnected', () => logger.warn({ database }, 'mongodb disconnected'));
  connection.on('reconnected', () => logger.info({ database }, 'mongodb reconnected'));
  // Without a listener an 'error' event would crash the process; the driver reconnects by itself.
  connection.on('error', (err: unknown) => logger.error({ err, database }, 'mongodb connection error'));
  return connection;
}

/**
 * Opens a connection made by createMongoConnection; an unreachable server fails after the timeout
 * and the connection may be opened again later.
 */
export async function openMongo(
  connection: Connection,
  { uri, database, logger, serverSelectionTimeoutMs = 5_000, ...monitor }: MongoOptions,
): Promise<Connection> {
  try {
    const monitorCommands = commandMonitoringWanted(monitor);
    const opening = connection.openUri(uri, {
      dbName: database,
      serverSelectionTimeoutMS: serverSelectionTimeoutMs,
      connectTimeoutMS: serverSelectionTimeoutMs,
      autoIndex: true,
      autoCreate: true,
      monitorCommands,
    });
    // The client exists once openUri is called and connects later: listening now sees the indexes
    // the models create as the connection opens.
    if (monitorCommands) monitorClient(connection.getClient(), monitor);
    await opening;
  } catch (err) {
    logger.error({ err, database }, 'mongodb connection failed');
    // The URI may carry credentials, so the message names only the database.
    throw new UnavailableError(`cannot connect to MongoDB (database ${database})`);
  }
  logger.info({ database }, 'mongodb connected');
  return connection;
}

/** createMongoConnection and openMongo in one step; nothing is left open when it fails. */
export async function connectMongo(options: MongoOptions): Promise<Connection> {
  const connection = createMongoConnection(options);
  try {
    return await openMongo(connection, options);
  } catch (err) {
    await connection.close(true).catch(() => undefined);
    throw err;
  }
}

/** Closes the connection; safe to call twice. A disconnection we asked for is no warning. */
export async function closeMongo(connection: Connection): Promise<void> {
  if (connection.readyState === mongoose.ConnectionStates.disconnected) return;
  connection.removeAllListeners('disconnected');
  await connection.close();
}

/** A write refused by a unique index (or `_id`): the way to make something happen only once. */
export function isDuplicateKey(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 11000;
}

/**
 * Inserts each document unless its `_id` exists, in one unordered write through the driver: the
 * way to claim many ids at once. Resolves with the positions of those whose `_id` existed; any
 * other refusal is thrown.
 */
export async function insertUnlessExists<D extends mongo.Document>(collection: mongo.Collection<D>, docs: readonly mongo.OptionalUnlessRequiredId<D>[]): Promise<Set<number>> {
  if (docs.length === 0) return new Set();
  try {
    await collection.insertMany(docs, { ordered: false });
    return new Set();
  } catch (err) {
    if (!(err instanceof mongo.MongoBulkWriteError) || err.writeErrors === undefined) throw err;
    const writeErrors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
    if (writeErrors.some((writeError) => !isDuplicateKey(writeError))) throw err;
    return new Set(writeErrors.map((writeError) => writeError.index));
  }
}

import { mongo } from 'mongoose';
import { testInfra } from './infra';

/**
 * Runs `work` with a MongoDB client of its own, as a backup tool has one: not a service's
 * connection, so the query audit does not take its whole-collection reads for the service's queries.
 */
async function asBackupTool<T>(work: (client: mongo.MongoClient) => Promise<T>): Promise<T> {
  const client = await new mongo.MongoClient(testInfra().mongoUri).connect();
  try {
    return await work(client);
  } finally {
    await client.close();
  }
}

/**
 * Empties every collection of the database `to`, then copies into it every document of every
 * collection of `from`: a backup of a database (into a fresh one), or its restore (back into the original).
 */
export function copyDatabase(from: string, to: string): Promise<void> {
  return asBackupTool(async (client) => {
    const [source, target] = [client.db(from), client.db(to)];
    for (const { name } of await target.listCollections().toArray()) await target.collection(name).deleteMany({});
    for (const { name } of await source.listCollections().toArray()) {
      const docs = await source.collection(name).find().toArray();
      if (docs.length > 0) await target.collection(name).insertMany(docs);
    }
  });
}

/** Drops a database a test made (a backup). */
export function dropDatabase(name: string): Promise<void> {
  return asBackupTool(async (client) => void (await client.db(name).dropDatabase()));
}

/**
 * Runs `compact` (force: FerretDB's SQLite backend then rewrites the file) on every collection of
 * each database, as an operator reclaiming space does; the bytes each freed, by database.
 */
export function compactDatabases(names: readonly string[]): Promise<Record<string, number>> {
  return asBackupTool(async (client) => {
    const freed: Record<string, number> = {};
    for (const name of names) {
      const db = client.db(name);
      freed[name] = 0;
      for (const { name: collection } of await db.listCollections().toArray()) {
        const answer = await db.command({ compact: collection, force: true });
        freed[name] += Number(answer.bytesFreed ?? 0);
      }
    }
    return freed;
  });
}

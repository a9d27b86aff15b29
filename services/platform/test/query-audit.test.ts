import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Schema, type Connection } from 'mongoose';
import { closeMongo, connectMongo, defineTenantModel, TenantRepository } from '../src/mongo';
import { createLogger } from '../src/telemetry/logger';
import { testInfra, uniqueName } from '../src/testkit/infra';

interface Note {
  tenantId: string;
  email: string;
  n: number;
}

const logger = createLogger({ service: 'query-audit-test', level: 'silent' });
const canary = `canary${uniqueName('value').replace(/-/g, '')}`;
let directory: string;
let connection: Connection;

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'lethe-query-audit-'));
  connection = await connectMongo({ uri: testInfra().mongoUri, database: uniqueName('platform_audit').replace(/-/g, '_'), logger, service: 'audited', queryAuditDirectory: directory });
});

afterAll(async () => {
  await connection?.dropDatabase().catch(() => undefined);
  await closeMongo(connection);
  fs.rmSync(directory, { recursive: true, force: true });
});

function recorded(): Record<string, unknown>[] {
  return fs
    .readdirSync(directory)
    .flatMap((file) => fs.readFileSync(path.join(directory, file), 'utf8').split('\n'))
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the query audit record', () => {
  it('records indexes and query shapes, with the test that issued them, and never a value', async () => {
    const schema = new Schema<Note>({ tenantId: { type: String, required: true }, email: { type: String, required: true }, n: Number });
    schema.index({ tenantId: 1, email: 1 }, { unique: true });
    const Notes = defineTenantModel(connection, 'AuditedNote', schema, 'audited_notes');
    await Notes.init();
    const notes = new TenantRepository(Notes, { resourceType: 'note', defaultPageSize: 10, maxPageSize: 10 });

    await notes.insert(canary, { email: `${canary}@example.org`, n: 1 });
    await notes.find(canary, { email: { $in: [canary] } }, { sort: { n: -1 } });
    const raw = connection.collection('audited_notes');
    await raw.findOne({ tenantId: canary, email: new RegExp(`^${canary}`), [`byKey.${canary}1`]: { $exists: true } });
    await raw.updateOne({ tenantId: canary, n: { $gte: 1 } }, { $set: { email: canary } });
    await raw.aggregate([{ $match: { $or: [{ tenantId: canary }, { email: canary }] } }, { $sort: { n: 1 } }]).toArray();
    await raw.deleteMany({ tenantId: canary });

    const entries = recorded();
    expect(JSON.stringify(entries)).not.toContain(canary);
    expect(fs.readdirSync(directory)).toEqual([`${process.pid}.ndjson`]);
    expect(entries).toContainEqual(expect.objectContaining({ kind: 'index', service: 'audited', collection: 'audited_notes', key: [['tenantId', 1], ['email', 1]], unique: true }));
    const queries = entries.filter((entry) => entry.kind === 'query' && entry.collection === 'audited_notes');
    expect(queries).toContainEqual(
      expect.objectContaining({ command: 'find', filter: { fields: { email: 'in', tenantId: 'eq' }, or: [] }, sort: [['n', -1]], origin: 'services/platform/test/query-audit.test.ts' }),
    );
    expect(queries).toContainEqual(expect.objectContaining({ command: 'find', filter: { fields: { 'byKey.<key>': 'exists', email: 'range', tenantId: 'eq' }, or: [] }, limited: true }));
    expect(queries).toContainEqual(expect.objectContaining({ command: 'update', filter: { fields: { n: 'range', tenantId: 'eq' }, or: [] } }));
    expect(queries).toContainEqual(expect.objectContaining({ command: 'aggregate', filter: { fields: {}, or: [[{ fields: { tenantId: 'eq' }, or: [] }, { fields: { email: 'eq' }, or: [] }]] }, sort: [['n', 1]] }));
    expect(queries).toContainEqual(expect.objectContaining({ command: 'delete', filter: { fields: { tenantId: 'eq' }, or: [] }, limited: false }));
  });
});

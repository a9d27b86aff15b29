import { closeMongo, connectMongo } from '@lethe/platform/mongo';
import { createLogger } from '@lethe/platform/telemetry';
import { testInfra, uniqueName } from '@lethe/platform/testkit';
import type { Connection } from 'mongoose';
import { SubjectStates } from '../src/subjects/store';

let connection: Connection;
let states: SubjectStates;
beforeAll(async () => {
  connection = await connectMongo({ uri: testInfra().mongoUri, database: uniqueName('messaging_subjects'), logger: createLogger({ service: 'messaging-test', level: 'silent' }) });
  states = new SubjectStates(connection);
});
afterAll(async () => {
  await connection?.dropDatabase().catch(() => undefined);
  await closeMongo(connection);
});

describe("messaging's record of what retention decided about a person", () => {
  it('reads a person who only ever had an erasure request as unsubscribed from nothing', async () => {
    const tenantId = uniqueName('tenant');
    await states.set(tenantId, 'subject-1', { erasureRequestedAt: new Date('2026-12-01T00:00:00Z') });
    await states.set(tenantId, 'subject-1', { erasureRequestedAt: null });
    expect(await states.get(tenantId, 'subject-1')).toMatchObject({ subjectId: 'subject-1', unsubscribed: [] });
    await states.set(tenantId, 'subject-1', { unsubscribe: 'email' });
    expect(await states.get(tenantId, 'subject-1')).toMatchObject({ unsubscribed: ['email'] });
    expect(await states.get(tenantId, 'stranger')).toBeNull();
  });
});

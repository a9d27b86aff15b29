// What the services' exporters build their records from: API messages with their timestamps as
// dates, and a subject's signed links without their secrets.
import type { Connection } from 'mongoose';
import { toTimestamp } from '@lethe/protos';
import { exportLinksOf, exportRecordOf, type ExportPart } from '../src/export';
import { LinkTokens } from '../src/links';
import { closeMongo, connectMongo } from '../src/mongo';
import { createLogger } from '../src/telemetry/logger';
import { testInfra, uniqueName } from '../src/testkit/infra';

describe('exportRecordOf', () => {
  it('keeps an API message as it is, its timestamps (also nested and in lists) as dates', () => {
    const sentAt = new Date('2030-01-10T10:00:00.123Z');
    const record = exportRecordOf({
      id: 'm-1',
      state: 'MESSAGE_STATE_SENT',
      sentAt: toTimestamp(sentAt),
      deliveredAt: null,
      attempts: [{ number: 1, at: toTimestamp(sentAt), outcome: 'sent' }],
      content: { subject: 'Ihr Termin', seconds: 'not a timestamp' },
      tags: ['a', 'b'],
    });
    expect(record).toEqual({
      id: 'm-1',
      state: 'MESSAGE_STATE_SENT',
      sentAt,
      deliveredAt: null,
      attempts: [{ number: 1, at: sentAt, outcome: 'sent' }],
      content: { subject: 'Ihr Termin', seconds: 'not a timestamp' },
      tags: ['a', 'b'],
    });
    expect(JSON.parse(JSON.stringify(record))).toMatchObject({ sentAt: '2030-01-10T10:00:00.123Z' });
  });
});

describe('exportLinksOf', () => {
  const logger = createLogger({ service: 'export-records-test', level: 'silent' });
  const now = new Date('2030-01-10T10:00:00Z');
  let connection: Connection;
  let links: LinkTokens;

  beforeAll(async () => {
    connection = await connectMongo({ uri: testInfra().mongoUri, database: uniqueName('platform_export').replace(/-/g, '_'), logger });
    links = new LinkTokens(connection, 'export_links');
    await links.init();
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await closeMongo(connection);
  });

  const collect = async (parts: AsyncIterable<ExportPart>) => {
    const collected: ExportPart[] = [];
    for await (const part of parts) collected.push(part);
    return collected;
  };

  it("lists the subject's links of every purpose, used or not, and never the token or its hash", async () => {
    const issue = (subjectId: string, purpose: string, scope?: string) => links.issue({ tenantId: 'tenant-a', subjectId, purpose, scope, ttlMs: 86_400_000, now });
    const used = await issue('subject-1', 'consent', 'client-1');
    const open = await issue('subject-1', 'unsubscribe');
    await issue('subject-2', 'consent', 'client-1');
    await links.issue({ tenantId: 'tenant-b', subjectId: 'subject-1', purpose: 'consent', ttlMs: 86_400_000, now });
    const usedAt = new Date(now.getTime() + 60_000);
    expect((await links.consume(used.token, 'consent', usedAt)).ok).toBe(true);

    const parts = await collect(exportLinksOf(links, { tenantId: 'tenant-a', subjectId: 'subject-1' }));
    expect(parts).toHaveLength(1);
    const part = parts[0] as Extract<ExportPart, { kind: 'records' }>;
    expect(part.section).toBe('links');
    expect([...part.records].sort((a, b) => String(a.purpose).localeCompare(String(b.purpose)))).toEqual([
      { id: used.id, purpose: 'consent', scope: 'client-1', issuedAt: now, expiresAt: used.expiresAt, usedAt },
      { id: open.id, purpose: 'unsubscribe', scope: undefined, issuedAt: now, expiresAt: open.expiresAt, usedAt: undefined },
    ]);
    expect(JSON.stringify(part.records)).not.toContain(used.token);
  });

  it('yields nothing for a subject without links', async () => {
    expect(await collect(exportLinksOf(links, { tenantId: 'tenant-a', subjectId: 'nobody' }))).toEqual([]);
  });
});

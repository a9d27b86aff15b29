import { createKafka } from '../src/kafka/client';
import { createLogger } from '../src/telemetry/logger';
import { testInfra, uniqueName, uniqueNameTime } from '../src/testkit/infra';
import { deleteStaleTestTopics } from '../src/testkit/stale-topics';

const HOUR_MS = 60 * 60 * 1000;

/** A uniqueName as a run `hoursAgo` hours ago made it. */
function nameFrom(hoursAgo: number, prefix: string): string {
  const [, , hex] = uniqueName(prefix).split('-');
  return `${prefix}-${(Date.now() - hoursAgo * HOUR_MS).toString(36)}-${hex}`;
}

describe('uniqueNameTime', () => {
  it('reads the time inside a uniqueName, wherever it stands in a topic name', () => {
    const before = Date.now();
    const name = uniqueName('t');
    expect(uniqueNameTime(name)!.getTime()).toBeGreaterThanOrEqual(before);
    expect(uniqueNameTime(`${name}.lethe.erasure.acks.v1.dlq.${uniqueName('g')}`)!.getTime()).toBeGreaterThanOrEqual(before);
    expect(uniqueNameTime(`test.lethe.erasure.acks.v1-${name.slice(2)}`)!.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('finds none in names without one', () => {
    for (const name of ['lethe.erasure.commands.v1', 'lethe.candidates.events.v1.dlq.candidates.retention-events', '__consumer_offsets', 'zzzzzzzzz-ffffffff']) {
      expect(uniqueNameTime(name)).toBeUndefined();
    }
  });
});

describe('deleteStaleTestTopics', () => {
  it("deletes earlier runs' test topics and keeps current and other topics", async () => {
    const kafka = createKafka({ clientId: 'stale-topics-test', brokers: testInfra().kafkaBrokers, logger: createLogger({ service: 'stale-topics-test', level: 'silent' }) });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const stale = `${nameFrom(7, 'old')}.lethe.erasure.acks.v1`;
      const current = `${nameFrom(1, 'now')}.lethe.erasure.acks.v1`;
      const other = `lethe-stale-topics-test.${Date.now()}`;
      await admin.createTopics({ topics: [stale, current, other].map((topic) => ({ topic, numPartitions: 1 })), waitForLeaders: true });

      expect(await deleteStaleTestTopics()).toBeGreaterThanOrEqual(1);
      const topics = await admin.listTopics();
      expect(topics).not.toContain(stale);
      expect(topics).toEqual(expect.arrayContaining([current, other]));
      await admin.deleteTopics({ topics: [current, other] });
    } finally {
      await admin.disconnect();
    }
  });
});

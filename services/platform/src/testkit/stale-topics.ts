import { createKafka } from '../kafka/client';
import { createLogger } from '../telemetry/logger';
import { testInfra, uniqueNameTime } from './infra';

/** Older test topics than this belong to runs that have ended (a whole run takes minutes). */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;
const TOPICS_PER_REQUEST = 200;

/**
 * Deletes the topics earlier test runs left on the local broker (their names carry a uniqueName).
 * Every run creates a few thousand partitions; a broker that keeps them all runs out of file
 * handles after a dozen runs and stops. Returns how many topics went.
 */
export async function deleteStaleTestTopics(now = new Date()): Promise<number> {
  const kafka = createKafka({ clientId: 'lethe-test-setup', brokers: testInfra().kafkaBrokers, logger: createLogger({ service: 'test-setup', level: 'warn' }) });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const stale = (await admin.listTopics()).filter((topic) => {
      const made = uniqueNameTime(topic);
      return made !== undefined && now.getTime() - made.getTime() > STALE_AFTER_MS;
    });
    for (let start = 0; start < stale.length; start += TOPICS_PER_REQUEST) {
      await admin.deleteTopics({ topics: stale.slice(start, start + TOPICS_PER_REQUEST), timeout: 60_000 });
    }
    return stale.length;
  } finally {
    await admin.disconnect();
  }
}

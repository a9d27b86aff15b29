import { infra } from './infra';
import { deleteStaleTestTopics } from './stale-topics';

/** Jest global setup: starts the local infrastructure unless it is already running, and clears what earlier runs left on the broker. */
export default async function globalSetup(): Promise<void> {
  if (process.env.LETHE_TEST_INFRA === 'external') return;
  const status = await infra('status');
  const allRunning = ['kafka', 'mongo', 'redis'].every((component) => new RegExp(`^${component}\\s+running`, 'm').test(status));
  process.env.LETHE_TEST_STARTED_INFRA = allRunning ? '' : '1';
  if (!allRunning) {
    process.stdout.write('\nstarting local infrastructure (Kafka, FerretDB, Redis)…\n');
    await infra('up');
  }
  const deleted = await deleteStaleTestTopics();
  if (deleted > 0) process.stdout.write(`\ndeleted ${deleted} topics of earlier test runs\n`);
}

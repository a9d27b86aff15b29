import { infra } from './infra';

/** Jest global setup: starts the local infrastructure unless it is already running. */
export default async function globalSetup(): Promise<void> {
  if (process.env.LETHE_TEST_INFRA === 'external') return;
  const status = await infra('status');
  const allRunning = ['kafka', 'mongo', 'redis'].every((component) => new RegExp(`^${component}\\s+running`, 'm').test(status));
  process.env.LETHE_TEST_STARTED_INFRA = allRunning ? '' : '1';
  if (!allRunning) {
    process.stdout.write('\nstarting local infrastructure (Kafka, FerretDB, Redis)…\n');
    await infra('up');
  }
}

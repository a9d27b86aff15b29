import { INFRA_COMPONENTS, infra } from './infra';
import { deleteStaleTestTopics } from './stale-topics';

/**
 * Jest global setup: starts the components of the local infrastructure that are not running, and
 * clears what earlier runs left on the broker. The ones it started are named in
 * LETHE_TEST_STARTED_INFRA, so the teardown stops those and leaves the others running.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.LETHE_TEST_INFRA === 'external') return;
  const status = await infra('status');
  const missing = INFRA_COMPONENTS.filter((component) => !new RegExp(`^${component}\\s+running`, 'm').test(status));
  process.env.LETHE_TEST_STARTED_INFRA = missing.join(' ');
  if (missing.length > 0) {
    process.stdout.write(`\nstarting local infrastructure (${missing.join(', ')})…\n`);
    await infra('up');
  }
  const deleted = await deleteStaleTestTopics();
  if (deleted > 0) process.stdout.write(`\ndeleted ${deleted} topics of earlier test runs\n`);
}

import { infra } from './infra';

/** Jest global teardown: stops the infrastructure when this run started it. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.LETHE_TEST_STARTED_INFRA === '1') await infra('down');
}

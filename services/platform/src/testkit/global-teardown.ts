import { INFRA_COMPONENTS, infra } from './infra';

/** Jest global teardown: stops the components of the infrastructure that this run started. */
export default async function globalTeardown(): Promise<void> {
  const started = (process.env.LETHE_TEST_STARTED_INFRA ?? '').split(' ').filter((name) => name !== '');
  if (started.length === INFRA_COMPONENTS.length) await infra('down');
  else for (const component of started) await infra('stop', component);
}

// The demo data of a local stack: each service's `dist/src/demo.js` (`seedDemoData(context)`), run in
// the registry's order — a service's demo may build on what an earlier one made — with tokens of the
// demo tenant's administrator. `pnpm start` loads it on every start; it adds nothing the second time.
import fs from 'node:fs';
import path from 'node:path';
import type { DemoContext, DemoPeer } from '../service/demo';
import { REPO_ROOT } from './infra';
import { devTokenSigner, type LocalStack } from './local-stack';

export const DEMO_TENANT = 'demo';
/** The demo tenant's administrator, the actor of the demo's tokens. */
export const DEMO_ADMIN = 'demo-admin';

/** Mints tokens of the demo tenant with the local installation's development key, as `pnpm token` does. */
export async function demoTokens(tenantId = DEMO_TENANT): Promise<(service: string, rights: readonly string[], actorId?: string) => Promise<string>> {
  const signer = await devTokenSigner();
  return (service, rights, actorId = DEMO_ADMIN) => signer.mint({ tenantId, actorId, actorKind: 'user', rights: [...rights], services: [service], ttlSeconds: 3600 });
}

export async function loadDemoData(stack: LocalStack, log: (service: string, line: string) => void, tenantId = DEMO_TENANT): Promise<void> {
  const token = await demoTokens(tenantId);
  const peer = (name: string): DemoPeer => {
    const service = stack.service(name);
    return { grpcAddress: service.address, httpUrl: service.httpUrl, token: (rights) => token(name, rights) };
  };
  for (const service of stack.services) {
    const demoModule = path.join(REPO_ROOT, 'services', service.name, 'dist', 'src', 'demo.js');
    if (!fs.existsSync(demoModule)) continue;
    const { seedDemoData } = (await import(demoModule)) as { seedDemoData: (context: DemoContext) => Promise<void> };
    await seedDemoData({ tenantId, ...peer(service.name), peer, log: (line) => log(service.name, line) });
  }
}

// Starts every Lethe service that exists in this checkout against the local infrastructure, waits
// until each reports SERVING, loads each service's demo data, and prints how to call them. Stays
// in the foreground; Ctrl-C stops the services (the infrastructure keeps running).
//
//   bash scripts/start.sh            (installs, builds, starts the infrastructure, then this)
//
// The services are those of the deploy registry (deploy/src/registry.ts), as in the chart. Each
// one's configuration is written to .lethe/local/<name>.env, which the services' commands (the
// retention sweep) read. Demo data, if any, comes from services/<name>/dist/src/demo.js exporting
// `seedDemoData(context: DemoContext)`.
import path from 'node:path';
import { DEMO_TENANT, loadDemoData } from '../../services/platform/src/testkit/demo-data';
import { startLocalStack, type LocalStack } from '../../services/platform/src/testkit/local-stack';
import { stateDir, testInfra } from '../../services/platform/src/testkit/infra';
import { SERVICES, serviceCallersOf } from '../../deploy/src/registry';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<number> {
  const infra = testInfra();
  say(`starting ${SERVICES.map((service) => service.name).join(', ')} …`);
  let stack: LocalStack;
  try {
    stack = await startLocalStack({
      services: SERVICES.map((service) => ({ name: service.name, obeysErasure: service.obeysErasure, callers: serviceCallersOf(service.name) })),
      writeLocalConfig: true,
      say: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  const stop = async (signal: string) => {
    say(`\n${signal}: stopping the services (the infrastructure keeps running; pnpm infra:down stops it)`);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await loadDemoData(stack, (service, line) => say(`  ${service}: ${line}`), DEMO_TENANT);

  say('\nLethe is running:');
  for (const service of stack.services) {
    say(`  ${service.name.padEnd(18)} gRPC ${service.address}   HTTP ${service.httpUrl}   log ${path.relative(REPO_ROOT, service.logFile)}`);
  }
  say(`  ${'mail (Mailpit)'.padEnd(18)} ${infra.mailpitUrl}   every message Lethe sends arrives here`);
  say(`  ${'traces (Jaeger)'.padEnd(18)} ${infra.jaegerUrl}/api/traces?service=candidates   each request's spans in every service, with its database and cache calls`);
  const [first] = stack.services;
  say(`
Try it (tenant "${DEMO_TENANT}" holds the demo data):
  TOKEN=$(pnpm -s token --tenant ${DEMO_TENANT} --actor demo-admin --rights candidates:read,candidates:write)
  ~/.cache/lethe/bin/grpcurl -plaintext ${first.address} list
  ~/.cache/lethe/bin/grpcurl -plaintext -H "authorization: Bearer $TOKEN" ${first.address} lethe.session.v1.SessionService/WhoAmI
  pnpm demo    a guided walk: ATS, consent, profiles to the client, the notice, the erasure everywhere, its receipt and trace

A service that dies is started again (said here). Ctrl-C stops the services. Logs: ${path.relative(REPO_ROOT, path.join(stateDir(), 'logs'))}/`);
  // Runs until a signal stops it; the supervisor restarts services that die.
  return new Promise<number>(() => undefined);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);

// The key store's commands of one service, in a checkout: runs the service's own entry point
// (`services/<name>/src/main.ts keys …`, as `node dist/src/main.js keys …` runs it in the image) with
// the configuration `pnpm start` last started the service with (.lethe/local/<name>.env).
//
//   pnpm keys status --service candidates
//   pnpm keys rewrap --service candidates [--batch-size 500]
//   pnpm keys reapply-erasures --service candidates [--since 2026-11-30T00:00:00Z]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { SERVICES } from '../deploy/src/registry';

const REPO_ROOT = path.resolve(__dirname, '..');
const USAGE = `usage: pnpm keys <status|rewrap|reapply-erasures> --service <${SERVICES.map((service) => service.name).join('|')}> [options]`;

function main(argv: string[]): Promise<number> | number {
  const at = argv.indexOf('--service');
  const name = at >= 0 ? argv[at + 1] : undefined;
  if (!name || !SERVICES.some((service) => service.name === name)) {
    process.stderr.write(`keys: ${name ? `unknown service "${name}"` : '--service is required'}\n${USAGE}\n`);
    return 2;
  }
  const rest = [...argv.slice(0, at), ...argv.slice(at + 2)];
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['--conditions=lethe-source', path.join(REPO_ROOT, 'services', name, 'src', 'main.ts'), 'keys', ...rest], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

void Promise.resolve(main(process.argv.slice(2))).then((code) => process.exit(code));

import fs from 'node:fs';
import path from 'node:path';

/** The checkout this code runs from (where pnpm-workspace.yaml is), or undefined in an image. */
function checkoutRoot(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Where `pnpm start` writes each service's configuration, so the services' commands read the same. */
export function localConfigFile(service: string, stateDir = process.env.LETHE_STATE_DIR): string | undefined {
  const root = stateDir ?? (checkoutRoot() && path.join(checkoutRoot()!, '.lethe'));
  return root && path.join(root, 'local', `${service}.env`);
}

/** Writes the configuration a local service runs with (owner-only: it holds the local keys). */
export function writeLocalEnv(service: string, env: Record<string, string>): void {
  const file = localConfigFile(service);
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = Object.entries(env)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join('\n');
  fs.writeFileSync(file, `${text}\n`, { mode: 0o600 });
}

/** The configuration `pnpm start` last started the service with; empty outside a checkout or before a start. */
export function localEnv(service: string): Record<string, string> {
  const file = localConfigFile(service);
  if (!file || !fs.existsSync(file)) return {};
  const env: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const at = line.indexOf('=');
    if (at <= 0) continue;
    env[line.slice(0, at)] = JSON.parse(line.slice(at + 1)) as string;
  }
  return env;
}

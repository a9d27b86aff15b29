import fs from 'node:fs';
import net from 'node:net';

/** Where ports are picked when the system's ephemeral range cannot be read. */
const DEFAULT_EPHEMERAL_START = 32768;
const LOWEST_PICKED = 10000;
const ATTEMPTS = 50;
/** Ports this process handed out: two servers it starts never get the same one. */
const handedOut = new Set<number>();

/**
 * The first port of the range the kernel gives outgoing connections their local ports from. A port
 * picked inside it can be taken by any client connection (Kafka, the database) between the pick and
 * the server's listen, and stays taken for as long as that connection lives.
 */
export function ephemeralRangeStart(rangeFile = '/proc/sys/net/ipv4/ip_local_port_range'): number {
  try {
    const start = Number(fs.readFileSync(rangeFile, 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(start) && start > 0 ? start : DEFAULT_EPHEMERAL_START;
  } catch {
    return DEFAULT_EPHEMERAL_START;
  }
}

function listensOn(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * A local port nothing listens on at this moment, below the ephemeral range (so no client
 * connection takes it before the server listens): for a server of another process to start on, or
 * to find no one. Free on every interface, as services bind 0.0.0.0.
 */
export async function freePort(): Promise<number> {
  const below = ephemeralRangeStart();
  if (below - LOWEST_PICKED >= 1000) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const port = LOWEST_PICKED + Math.floor(Math.random() * (below - LOWEST_PICKED));
      if (handedOut.has(port) || !(await listensOn(port, '0.0.0.0'))) continue;
      handedOut.add(port);
      return port;
    }
  }
  // The system gives no room below its ephemeral range: the kernel's pick.
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '0.0.0.0', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

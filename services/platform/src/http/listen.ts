import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface ListeningApp {
  /** The bound port (a free one when 0 was asked for). */
  port: number;
  server: http.Server;
  /** Stops accepting connections, lets running requests finish, cuts the rest off after `timeoutMs`. */
  close(timeoutMs?: number): Promise<void>;
}

export function listen(app: Express, port: number, host = '0.0.0.0'): Promise<ListeningApp> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        server,
        close: (timeoutMs = 5000) =>
          new Promise<void>((closed) => {
            const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
            server.close(() => {
              clearTimeout(timer);
              closed();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}

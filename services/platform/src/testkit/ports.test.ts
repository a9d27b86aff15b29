import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ephemeralRangeStart, freePort } from './ports';

describe('freePort', () => {
  it('hands out distinct ports below the ephemeral range that a server can listen on, on every interface', async () => {
    const ports: number[] = [];
    for (let i = 0; i < 20; i++) ports.push(await freePort());
    expect(new Set(ports).size).toBe(20);
    for (const port of ports) expect(port).toBeLessThan(ephemeralRangeStart());
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(ports[0], '0.0.0.0', resolve);
    });
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads the start of the ephemeral range, and assumes the usual one when it cannot', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ports-'));
    const rangeFile = path.join(dir, 'ip_local_port_range');
    fs.writeFileSync(rangeFile, '40000\t60999\n');
    expect(ephemeralRangeStart(rangeFile)).toBe(40000);
    fs.writeFileSync(rangeFile, 'not a range');
    expect(ephemeralRangeStart(rangeFile)).toBe(32768);
    expect(ephemeralRangeStart(path.join(dir, 'missing'))).toBe(32768);
    fs.rmSync(dir, { recursive: true });
  });
});

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { loadGrpcObject, TOPICS, toTimestamp, type ErasureAck__Output, type SessionProto } from '@lethe/protos';
import { createClient, readErrorDetails, unaryCall } from '../src/grpc';
import { startService } from '../src/service';
import { captureLogs, checkHealth, freePort, REPO_ROOT, startTestService, testAuth, testErasureKeys, testInfra, testServiceEnv, type TestAuth } from '../src/testkit';
import { lifecycleService } from './fixtures/lifecycle-service';
import { waitFor } from './fixtures/bus-kit';

const SessionService = loadGrpcObject<SessionProto>().lethe.session.v1.SessionService;

let auth: TestAuth;
beforeAll(async () => {
  auth = await testAuth({ services: [lifecycleService.name] });
});

/** A TCP proxy to the local FerretDB on `port`: MongoDB "comes up" when it starts listening. */
async function mongoProxy(port: number): Promise<net.Server> {
  const target = new URL(testInfra().mongoUri);
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

async function readyz(httpPort: number): Promise<{ status: number; body: { checks: Record<string, boolean>; down?: string[] } }> {
  const response = await fetch(`http://127.0.0.1:${httpPort}/readyz`);
  return { status: response.status, body: (await response.json()) as { checks: Record<string, boolean>; down?: string[] } };
}

describe('service lifecycle', () => {
  it('reports NOT_SERVING and not ready, and refuses calls, until MongoDB can be reached', async () => {
    const mongoPort = await freePort();
    const logs = captureLogs();
    const service = await startService(lifecycleService, {
      env: testServiceEnv(auth, { MONGODB_URI: `mongodb://127.0.0.1:${mongoPort}`, LOG_LEVEL: 'info' }),
      logDestination: logs.destination,
      reconnectDelayMs: 200,
    });
    let proxy: net.Server | undefined;
    const address = `127.0.0.1:${service.grpcPort}`;
    const client = createClient(SessionService, address, { token: await auth.mint() });
    try {
      await waitFor(() => logs.text().includes('mongodb not reachable yet'), 20_000, 'a failed MongoDB attempt');
      expect(await checkHealth(address)).toBe('NOT_SERVING');
      const notReady = await readyz(service.httpPort);
      expect(notReady.status).toBe(503);
      expect(notReady.body.down).toEqual(expect.arrayContaining(['mongodb', 'serving']));
      expect(notReady.body.checks.redis).toBe(true);
      const refused = readErrorDetails(await unaryCall(client, 'WhoAmI', {}).catch((err: unknown) => err));
      expect(refused).toMatchObject({ code: grpc.status.UNAVAILABLE, message: 'the service is starting' });

      proxy = await mongoProxy(mongoPort);
      await service.ready;
      expect(await checkHealth(address)).toBe('SERVING');
      expect(await checkHealth(address, 'lethe.session.v1.SessionService')).toBe('SERVING');
      expect(await readyz(service.httpPort)).toMatchObject({ status: 200, body: { checks: { mongodb: true, redis: true, kafka: true, serving: true } } });
      expect((await unaryCall(client, 'WhoAmI', {})).tenantId).toBe('tenant-a');
    } finally {
      client.close();
      await service.stop();
      proxy?.close();
    }
    // The fixture's start hook ran only once the database was there.
    expect(logs.text().indexOf('fixture started')).toBeGreaterThan(logs.text().indexOf('mongodb connected'));
  });

  it('obeys erasure commands, then drains: NOT_SERVING first, service stop hook before the connections close', async () => {
    const logs = captureLogs();
    const service = await startTestService(lifecycleService, auth, { logDestination: logs.destination, env: { LOG_LEVEL: 'info' } });
    const { bus } = service.runtime;
    const acks: ErasureAck__Output[] = [];
    await bus.subscribe({ groupId: 'lifecycle-test-acks', topics: [TOPICS.erasureAcks], fromBeginning: true, handler: async (e) => void acks.push(e.payload) });
    const commandId = randomUUID();
    await bus.publish(TOPICS.erasureCommands, [
      {
        type: 'lethe.erasure.v1.ErasureCommand',
        tenantId: 'boot',
        subjectId: 'boot',
        payload: testErasureKeys.signCommand({ commandId, tenantId: 'boot', subjectId: 'boot', mode: 'ERASURE_MODE_DELETE', reason: 'ERASURE_REASON_RETENTION_EXPIRED', issuedAt: toTimestamp(new Date()), attempt: 1 }),
      },
    ]);
    const ack = await waitFor(() => acks.find((a) => a.commandId === commandId), 30_000, 'the acknowledgement');
    expect(ack).toMatchObject({ service: 'lifecycle-fixture', outcome: 'ERASURE_OUTCOME_DONE', counts: { notes: 1 } });

    const stopping = service.stop();
    expect(service.grpc.health.isServing).toBe(false);
    await stopping;
    await service.stop();
    const messages = logs.records().map((record) => record.msg);
    expect(messages.indexOf('fixture stopped')).toBeGreaterThan(messages.indexOf('shutting down: NOT_SERVING, draining calls'));
    expect(messages.indexOf('stopped')).toBeGreaterThan(messages.indexOf('fixture stopped'));
    expect(service.runtime.mongo.readyState).toBe(0);
    expect(service.runtime.redis.isOpen).toBe(false);
    await expect(checkHealth(service.address)).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
  });
});

describe('service process', () => {
  const fixture = path.join(__dirname, 'fixtures', 'lifecycle-service.ts');
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

  function run(env: NodeJS.ProcessEnv) {
    const child = spawn(tsx, ['--conditions=lethe-source', fixture], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, exited, output: () => ({ stdout, stderr }) };
  }

  it('serves, and on SIGTERM drains and exits 0', async () => {
    const proc = run({ ...testServiceEnv(auth), LOG_LEVEL: 'info' });
    await waitFor(() => proc.output().stdout.includes('"msg":"serving"'), 45_000, 'the process to serve');
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    const { stdout } = proc.output();
    expect(stdout).toContain('"signal":"SIGTERM"');
    expect(stdout.indexOf('"msg":"stopped"')).toBeGreaterThan(stdout.indexOf('"msg":"shutting down: NOT_SERVING, draining calls"'));
  });

  it('exits 1 naming the variable when the configuration is invalid', async () => {
    const { KEY_ENCRYPTION_KEYS: _omitted, ...env } = testServiceEnv(auth, { GRPC_PORT: 'not-a-port' });
    const proc = run(env);
    expect(await proc.exited).toBe(1);
    const { stderr } = proc.output();
    expect(stderr).toContain('lethe-lifecycle-fixture: invalid configuration:');
    expect(stderr).toContain('KEY_ENCRYPTION_KEYS: is required');
    expect(stderr).toContain('GRPC_PORT');
  });
});

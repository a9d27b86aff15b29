import net from 'node:net';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { PROTO_LOADER_OPTIONS } from '@lethe/protos';
import { startService, type ServiceDefinition } from '../src/service';
import { testAuth, testServiceEnv } from '../src/testkit';

const REFLECTION_PROTO = path.resolve(path.dirname(require.resolve('@grpc/reflection')), '..', 'proto', 'grpc', 'reflection', 'v1', 'reflection.proto');
interface ReflectionResponse {
  listServicesResponse?: { service: { name: string }[] };
}
interface ReflectionClient extends grpc.Client {
  ServerReflectionInfo(): grpc.ClientDuplexStream<{ listServices: string }, ReflectionResponse>;
}
const Reflection = (
  grpc.loadPackageDefinition(protoLoader.loadSync(REFLECTION_PROTO, PROTO_LOADER_OPTIONS)) as unknown as {
    grpc: { reflection: { v1: { ServerReflection: new (address: string, credentials: grpc.ChannelCredentials) => ReflectionClient } } };
  }
).grpc.reflection.v1.ServerReflection;

/** The services reflection lists at `address`, or the status code it is refused with. */
async function listServices(address: string): Promise<string[] | grpc.status> {
  const client = new Reflection(address, grpc.credentials.createInsecure());
  try {
    const call = client.ServerReflectionInfo();
    const answer = new Promise<string[] | grpc.status>((resolve) => {
      call.on('data', (response: ReflectionResponse) => resolve((response.listServicesResponse?.service ?? []).map((service) => service.name)));
      call.on('error', (err: grpc.ServiceError) => resolve(err.code));
    });
    call.write({ listServices: '' });
    call.end();
    return await answer;
  } finally {
    client.close();
  }
}

/** A port nothing listens on: the service's database stays away, which reflection does not need. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const bare: ServiceDefinition = { name: 'reflection-fixture', create: () => ({}) };

describe('gRPC reflection of a service (GRPC_REFLECTION)', () => {
  it.each([
    ['unset', {}, grpc.status.UNIMPLEMENTED],
    ['false', { GRPC_REFLECTION: 'false' }, grpc.status.UNIMPLEMENTED],
    ['true', { GRPC_REFLECTION: 'true' }, ['lethe.session.v1.SessionService']],
  ])('is served only when switched on (%s)', async (_setting, env: Record<string, string>, expected) => {
    const auth = await testAuth();
    const service = await startService(bare, { env: testServiceEnv(auth, { MONGODB_URI: `mongodb://127.0.0.1:${await closedPort()}`, LOG_LEVEL: 'silent', ...env }), reconnectDelayMs: 200 });
    try {
      expect(service.runtime.config.GRPC_REFLECTION).toBe(env.GRPC_REFLECTION === 'true');
      expect(await listServices(`127.0.0.1:${service.grpcPort}`)).toEqual(expected);
    } finally {
      await service.stop();
    }
  });
});

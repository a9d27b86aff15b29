import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { protoPath as healthProtoPath } from 'grpc-health-check';

interface HealthClient extends grpc.Client {
  check(request: { service: string }, options: grpc.CallOptions, callback: (err: grpc.ServiceError | null, response?: { status: string }) => void): grpc.ClientUnaryCall;
}
type HealthClientConstructor = new (address: string, credentials: grpc.ChannelCredentials) => HealthClient;

const Health = (
  grpc.loadPackageDefinition(protoLoader.loadSync(healthProtoPath, { keepCase: true, enums: String, defaults: true })) as unknown as {
    grpc: { health: { v1: { Health: HealthClientConstructor } } };
  }
).grpc.health.v1.Health;

/** The grpc.health.v1 status of `service` ('' = the whole server) at `address`, e.g. 'SERVING'. */
export async function checkHealth(address: string, service = ''): Promise<string> {
  const client = new Health(address, grpc.credentials.createInsecure());
  try {
    return await new Promise<string>((resolve, reject) =>
      client.check({ service }, { deadline: Date.now() + 5_000 }, (err, response) => (err ? reject(err) : resolve(response!.status))),
    );
  } finally {
    client.close();
  }
}

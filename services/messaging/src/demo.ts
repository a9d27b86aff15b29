// Demo data for `pnpm start` (scripts/dev/start.ts): the demo administrator's address, and one
// message to them, so Mailpit shows what Lethe sends. Running it again sends nothing twice (the
// message has a fixed idempotency key).
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import type { DemoContext } from '@lethe/platform/service';
import { loadGrpcObject, type MessagingProto } from '@lethe/protos';

export async function seedDemoData(context: DemoContext): Promise<void> {
  const { MessagingService } = loadGrpcObject<MessagingProto>().lethe.messaging.v1;
  const client = createClient(MessagingService, context.grpcAddress, { token: await context.token([RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings]) });
  try {
    await unaryCall(client, 'SetUserAddress', { address: { userId: 'demo-admin', email: 'demo-admin@lethe.local', name: 'Demo Admin', language: 'de', erasureRequestNotices: true } });
    const { message } = await unaryCall(client, 'SendMessage', {
      idempotencyKey: 'demo-welcome-reminder',
      recipient: { userId: 'demo-admin' },
      templateKey: 'reminder',
      values: { text: 'Lethe ausprobieren: jede Nachricht landet in Mailpit', dueAt: 'heute' },
    });
    context.log(`a reminder to demo-admin@lethe.local (${message?.state ?? 'unknown'}); read it in Mailpit`);
  } finally {
    client.close();
  }
}

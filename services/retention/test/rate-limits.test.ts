import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { RETRY_AFTER_TRAILER, unaryCall } from '@lethe/platform/grpc';
import { failure, uniqueName } from '@lethe/platform/testkit';
import { startRetentionScene, type RetentionScene } from './kit';

let scene: RetentionScene;

beforeAll(async () => {
  scene = await startRetentionScene('rate-limits', { RATE_LIMIT_EXPENSIVE_PER_TENANT: '2', RATE_LIMIT_EXPENSIVE_PER_CLIENT: '5', RATE_LIMIT_WINDOW_SECONDS: '3600' });
});
afterAll(async () => {
  await scene?.stop();
});

describe('expensive calls', () => {
  it('refuse the call over the tenant’s limit (RESOURCE_EXHAUSTED, retry-after), not another tenant’s, and the client over its own limit', async () => {
    const massAction = async (tenantId: string) => {
      const client = await scene.clientOf(tenantId, [RIGHTS.dataProtection], 'dpo');
      return unaryCall(client, 'RunMassAction', { action: 'MASS_ACTION_REDUCE', filter: { subjectIds: [uniqueName('subject')] }, dryRun: true });
    };
    const [busy, other, third] = [uniqueName('tenant'), uniqueName('tenant'), uniqueName('tenant')];
    for (let i = 0; i < 2; i += 1) await massAction(busy);
    expect(await failure(massAction(busy))).toMatchObject({ code: grpc.status.RESOURCE_EXHAUSTED, reason: 'RATE_LIMITED' });
    const trailer = await massAction(busy).then(
      () => undefined,
      (err: grpc.ServiceError) => err.metadata.get(RETRY_AFTER_TRAILER)[0],
    );
    expect(Number(trailer)).toBeGreaterThan(0);
    // Another tenant's call goes on from the same client: its fifth in the window, the client's limit.
    expect(await massAction(other)).toMatchObject({ matched: 1 });
    // The sixth is refused whichever tenant it is for.
    expect(await failure(massAction(third))).toMatchObject({ code: grpc.status.RESOURCE_EXHAUSTED, reason: 'RATE_LIMITED' });
  });
});

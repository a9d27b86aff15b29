// Demo data for `pnpm start` (scripts/dev/start.ts): the demo tenant's retention policy — deletion
// six months after the last final status, the candidate told two weeks before, a talent pool kept
// six months longer with storage consent. Running it again changes nothing once the policy says so.
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import type { DemoContext } from '@lethe/platform/service';
import { loadGrpcObject, type RetentionPolicy, type RetentionProto } from '@lethe/protos';

export const DEMO_POLICY: Partial<RetentionPolicy> = { deleteAfterMonths: 6, reduceAfterMonths: 0, storageConsentExtensionMonths: 6, candidateNoticeDays: 14, candidateNoticesOff: false };

type RetentionClient = InstanceType<RetentionProto['lethe']['retention']['v1']['RetentionService']>;

/** Sets what `policy` names of the tenant's retention policy, unless it says so already; what it did, in words. */
export async function ensurePolicy(client: RetentionClient, policy: Partial<RetentionPolicy>): Promise<string> {
  const current = await unaryCall(client, 'GetPolicy', {});
  const differs = Object.entries(policy).some(([field, value]) => current[field as keyof typeof current] !== value);
  if (differs) await unaryCall(client, 'UpdatePolicy', { policy: { ...current, ...policy }, expectedVersion: current.version });
  return `retention policy ${differs ? 'set' : 'as set before'}: deleted ${policy.deleteAfterMonths} month${policy.deleteAfterMonths === 1 ? '' : 's'} after the last final status, the candidate told ${policy.candidateNoticeDays} days before`;
}

export async function seedDemoData(context: DemoContext): Promise<void> {
  const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;
  const client = createClient(RetentionService, context.grpcAddress, { token: await context.token([RIGHTS.readCandidates, RIGHTS.manageSettings]) });
  try {
    context.log(await ensurePolicy(client, DEMO_POLICY));
  } finally {
    client.close();
  }
}

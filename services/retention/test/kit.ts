import { generateKeyPairSync } from 'node:crypto';
import { createClient, ManualClock, RIGHTS, unaryCall, type EventBus } from '@lethe/platform';
import { definitionWithHandle, startTestService, testAuth, uniqueName } from '@lethe/platform/testkit';
import { loadGrpcObject, type CandidatesProto, type RetentionProto } from '@lethe/protos';
import { candidatesService } from '@lethe/candidates/src/service';
import { buildRetention, retentionConfigSchema, type Retention } from '../src/service';

/** The receipt signing key pair of the test installation; tests verify receipts with `publicKeyPem`. */
const pair = generateKeyPairSync('ed25519');
export const RECEIPT_KEYS = {
  privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
};

/** Environment shared by the retention and candidates services of one test file: own topics, the receipt key. */
export function retentionTestEnv(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return { KAFKA_TOPIC_PREFIX: `${uniqueName(name)}.`, ERASURE_RECEIPT_SIGNING_KEY: RECEIPT_KEYS.privateKeyPem, ...extra };
}

const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;
const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;

/** Retention (with a manual clock) and candidates on one topic prefix, as the tests of marks and requests need them. */
export interface RetentionScene {
  retention(): Retention;
  clock: ManualClock;
  candidatesBus: EventBus;
  clientsOf(tenantId: string, rights: readonly string[], actorId?: string): Promise<{ retention: InstanceType<typeof RetentionService>; candidates: InstanceType<typeof CandidatesService> }>;
  /** A new candidate of the tenant; returns its id. */
  createCandidate(tenantId: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startRetentionScene(name: string): Promise<RetentionScene> {
  const auth = await testAuth();
  const clock = new ManualClock();
  const handle = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
  const env = retentionTestEnv(name, { RETENTION_SWEEP_INTERVAL_MS: '3600000' });
  const [retention, candidates] = await Promise.all([startTestService(handle.definition, auth, { env, clock }), startTestService(candidatesService, auth, { env })]);
  const closers: (() => void)[] = [];
  const clientsOf: RetentionScene['clientsOf'] = async (tenantId, rights, actorId = 'recruiter') => {
    const token = await auth.mint({ tenantId, actorId, rights: [...rights] });
    const clients = { retention: createClient(RetentionService, retention.address, { token }), candidates: createClient(CandidatesService, candidates.address, { token }) };
    closers.push(() => clients.retention.close(), () => clients.candidates.close());
    return clients;
  };
  return {
    retention: handle.built,
    clock,
    candidatesBus: candidates.runtime.bus,
    clientsOf,
    createCandidate: async (tenantId) => {
      const { candidates: client } = await clientsOf(tenantId, [RIGHTS.writeCandidates]);
      const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: { personal: { firstName: 'Erika', lastName: 'Muster', email: `${uniqueName('c')}@example.org` }, tags: [], source: '' } });
      return candidate!.id;
    },
    stop: async () => {
      for (const close of closers) close();
      await Promise.all([retention.stop(), candidates.stop()]);
    },
  };
}

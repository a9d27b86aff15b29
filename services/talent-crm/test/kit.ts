// Shared set-up of the talent-crm tests: the real service on the local infrastructure (with the
// candidates service when a test needs it), clients with tokens, and helpers to make talents.
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import type { BaseConfig } from '@lethe/platform/service';
import {
  captureLogs,
  captureSpans,
  definitionWithHandle,
  erasureDriver,
  startTestService,
  testAuth,
  uniqueName,
  type CapturedLogs,
  type CapturedSpans,
  type ErasureDriver,
  type TestAuth,
  type TestService,
} from '@lethe/platform/testkit';
import { loadGrpcObject, type CandidatesProto, type Talent__Output, type TalentProfile, type TalentsProto } from '@lethe/protos';
import { buildTalentCrm, talentCrmConfigSchema, type TalentCrm, type TalentCrmConfig } from '../src/service';

export const TalentCrmService = loadGrpcObject<TalentsProto>().lethe.talents.v1.TalentCrmService;
export type TalentCrmClient = InstanceType<typeof TalentCrmService>;
export const CandidatesService = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService;
export type CandidatesClient = InstanceType<typeof CandidatesService>;

/** What a recruiter who also manages the tenant's settings holds. */
export const ALL_RIGHTS = [RIGHTS.readTalents, RIGHTS.writeTalents, RIGHTS.manageSettings];
export const READ_ONLY = [RIGHTS.readTalents];

/** No service answers here: a call to a peer a test did not start fails at once. */
const NOWHERE = '127.0.0.1:1';

export interface KitOptions {
  /**
   * Starts the candidates service beside it, trusting the kit's tokens, on the kit's topics (talents
   * made from candidates; such tests run in e2e, which holds every service).
   */
  startCandidates?: (auth: TestAuth, env: Record<string, string>) => Promise<TestService<BaseConfig>>;
  env?: Record<string, string>;
}

export interface TalentCrmKit {
  service: TestService<TalentCrmConfig>;
  /** The candidates service, when started. */
  candidates?: TestService<BaseConfig>;
  auth: TestAuth;
  logs: CapturedLogs;
  spans: CapturedSpans;
  /** What the service built: its domain and stores. */
  built(): TalentCrm;
  /** A client of tenant `tenantId` for a user (all rights by default). */
  client(tenantId: string, rights?: readonly string[], actorId?: string): Promise<TalentCrmClient>;
  /** A client with another service's service token (messaging by default), carrying `rights`. */
  serviceClient(tenantId: string, rights: readonly string[], service?: string): Promise<TalentCrmClient>;
  /** A client of the candidates service (when started) for a recruiter of the tenant. */
  candidatesClient(tenantId: string): Promise<CandidatesClient>;
  /** Issues erasure commands as retention does, and waits for the acknowledgements. */
  erasure(): Promise<ErasureDriver>;
  close(): Promise<void>;
}

export async function startTalentCrm(options: KitOptions = {}): Promise<TalentCrmKit> {
  const auth = await testAuth();
  const logs = captureLogs();
  const spans = captureSpans();
  const observed = { logDestination: logs.destination, spanExporter: spans.exporter };
  const shared = { KAFKA_TOPIC_PREFIX: `${uniqueName('crm')}.`, LOG_LEVEL: 'info' };
  const candidates = options.startCandidates ? await options.startCandidates(auth, shared) : undefined;
  const handle = definitionWithHandle('talent-crm', talentCrmConfigSchema, buildTalentCrm);
  let service: TestService<TalentCrmConfig>;
  try {
    service = await startTestService(handle.definition, auth, {
      ...observed,
      env: {
        ...shared,
        GRPC_REFLECTION: 'true',
        CANDIDATES_GRPC_ADDRESS: candidates?.address ?? NOWHERE,
        CONSENT_GRPC_ADDRESS: NOWHERE,
        MESSAGING_GRPC_ADDRESS: NOWHERE,
        ...options.env,
      },
    });
  } catch (err) {
    await candidates?.stop();
    throw err;
  }
  const closers: (() => Promise<void> | void)[] = [];
  const track = <C extends { close(): void }>(client: C): C => {
    closers.push(() => client.close());
    return client;
  };
  return {
    service,
    candidates,
    auth,
    logs,
    spans,
    built: handle.built,
    client: async (tenantId, rights = ALL_RIGHTS, actorId = 'recruiter-1') =>
      track(createClient(TalentCrmService, service.address, { token: await auth.mint({ tenantId, actorId, actorKind: 'user', rights: [...rights] }) })),
    serviceClient: async (tenantId, rights, caller = 'messaging') =>
      track(createClient(TalentCrmService, service.address, { token: await auth.mint({ tenantId, actorId: caller, actorKind: 'service', rights: [...rights] }) })),
    candidatesClient: async (tenantId) => {
      if (!candidates) throw new Error('start the kit with startCandidates');
      const token = await auth.mint({ tenantId, actorId: 'recruiter-1', actorKind: 'user', rights: [RIGHTS.readCandidates, RIGHTS.writeCandidates] });
      return track(createClient(CandidatesService, candidates.address, { token }));
    },
    erasure: async () => {
      const driver = await erasureDriver(service.runtime.bus, uniqueName('erasure-acks'), 'talent-crm');
      closers.push(() => driver.stop());
      return driver;
    },
    close: async () => {
      for (const close of closers.reverse()) await close();
      await service.stop();
      await candidates?.stop();
    },
  };
}

let counter = 0;

/** A profile that does not collide with other tests' talents (its email is unique). */
export function profile(overrides: Partial<TalentProfile> = {}): TalentProfile {
  counter += 1;
  const unique = `${Date.now().toString(36)}${counter}`;
  return {
    firstName: 'Jana',
    lastName: 'Novak',
    email: `jana.${unique}@example.org`,
    phone: '+49 30 1234567',
    city: 'Berlin',
    country: 'DE',
    headline: 'Backend engineer',
    interests: ['engineering'],
    skills: ['TypeScript', 'Kafka'],
    salaryExpectation: '70k',
    availability: 'from 2027-03',
    careerUpdate: '',
    profileUrl: 'https://example.org/jana',
    language: 'de',
    lastRecruiterContact: '',
    ...overrides,
  };
}

/** Creates a talent from outside through the API; returns it as answered. */
export async function createTalent(client: TalentCrmClient, overrides: { profile?: Partial<TalentProfile>; tags?: string[]; poolIds?: string[]; status?: string } = {}): Promise<Talent__Output> {
  return unaryCall(client, 'CreateTalent', { profile: profile(overrides.profile), tags: overrides.tags ?? ['silver-medalist'], poolIds: overrides.poolIds ?? [], status: overrides.status as never });
}

/** A pool of the tenant, named uniquely. */
export async function createPool(client: TalentCrmClient, name = uniqueName('pool')): Promise<string> {
  return (await unaryCall(client, 'CreatePool', { name })).id;
}

export { failure, waitFor } from '@lethe/platform/testkit';

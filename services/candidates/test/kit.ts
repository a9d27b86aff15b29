// Shared set-up of the candidates tests: the real service on the local infrastructure, clients
// with tokens of two tenants, and small helpers.
import { RIGHTS } from '@lethe/platform/auth';
import { createClient } from '@lethe/platform/grpc';
import type { BaseConfig, ServiceDefinition } from '@lethe/platform/service';
import { captureLogs, erasureDriver as platformErasureDriver, startTestService, testAuth, type CapturedLogs, type ErasureDriver, type TestAuth, type TestService } from '@lethe/platform/testkit';
import { loadGrpcObject, type CandidatesProto, type RecruitingProto, type CandidateInput, type PersonalData } from '@lethe/protos';
import { candidatesService } from '../src/service';

export const CandidatesService = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService;
export type CandidatesClient = InstanceType<typeof CandidatesService>;
export const RecruitingService = loadGrpcObject<RecruitingProto>().lethe.candidates.v1.RecruitingService;
export type RecruitingClient = InstanceType<typeof RecruitingService>;

export const ALL_RIGHTS = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings, RIGHTS.seeMarked];
export const RIGHTS_READ_ONLY = [RIGHTS.readCandidates];

export interface CandidatesKit {
  service: TestService<BaseConfig>;
  auth: TestAuth;
  logs: CapturedLogs;
  /** A client of tenant `tenantId` with the given rights (all by default). */
  client(tenantId: string, rights?: readonly string[]): Promise<CandidatesClient>;
  /** A client of the recruiting API, likewise. */
  recruiting(tenantId: string, rights?: readonly string[]): Promise<RecruitingClient>;
  /** A client of the recruiting API with the profile service's service token (reading and writing candidates). */
  profileService(tenantId: string): Promise<RecruitingClient>;
  close(): Promise<void>;
}

export async function startCandidates(definition: ServiceDefinition = candidatesService): Promise<CandidatesKit> {
  const auth = await testAuth();
  const logs = captureLogs();
  // Reflection on, as `pnpm start` runs the service: the README's grpcurl examples describe the API through it.
  const service = await startTestService(definition, auth, { logDestination: logs.destination, env: { LOG_LEVEL: 'info', GRPC_REFLECTION: 'true' } });
  const clients: { close(): void }[] = [];
  const token = async (tenantId: string, rights: readonly string[], actor: { actorId: string; actorKind: 'user' | 'service' } = { actorId: 'recruiter-1', actorKind: 'user' }) => ({
    token: await auth.mint({ tenantId, ...actor, rights: [...rights] }),
  });
  const recruitingClient = (credentials: { token: string }) => {
    const client = createClient(RecruitingService, service.address, credentials);
    clients.push(client);
    return client;
  };
  return {
    service,
    auth,
    logs,
    client: async (tenantId, rights = ALL_RIGHTS) => {
      const client = createClient(CandidatesService, service.address, await token(tenantId, rights));
      clients.push(client);
      return client;
    },
    recruiting: async (tenantId, rights = ALL_RIGHTS) => recruitingClient(await token(tenantId, rights)),
    profileService: async (tenantId) => recruitingClient(await token(tenantId, [RIGHTS.readCandidates, RIGHTS.writeCandidates], { actorId: 'profile-rendering', actorKind: 'service' })),
    close: async () => {
      for (const client of clients) client.close();
      await service.stop();
    },
  };
}

export { failure, waitFor } from '@lethe/platform/testkit';

let counter = 0;

/** Personal data that does not collide with other tests' candidates. */
export function person(overrides: Partial<PersonalData> = {}): PersonalData {
  counter += 1;
  const unique = `${Date.now().toString(36)}${counter}`;
  return {
    salutation: 'Frau',
    firstName: `Erika${unique}`,
    lastName: 'Mustermann',
    dateOfBirth: '1990-04-01',
    email: `erika.${unique}@example.org`,
    phone: '+49 30 1234567',
    address: { street: 'Hauptstraße 1', zip: '10115', city: 'Berlin', country: 'DE' },
    skills: ['TypeScript', 'Kafka'],
    notes: 'met at the job fair',
    ...overrides,
  };
}

export function input(personal: PersonalData = person(), extra: Partial<CandidateInput> = {}): CandidateInput {
  return { personal, tags: ['silver-medalist'], source: 'job_board', ...extra };
}

export type { ErasureDriver } from '@lethe/platform/testkit';

/** Issues commands as retention does and waits for the candidates service's acknowledgements. */
export function erasureDriver(kit: CandidatesKit, groupId: string): Promise<ErasureDriver> {
  return platformErasureDriver(kit.service.runtime.bus, groupId, 'candidates');
}

import { generateKeyPairSync } from 'node:crypto';
import { RIGHTS } from '@lethe/platform/auth';
import { erasureResult, type ValidErasureCommand } from '@lethe/platform/erasure';
import { createClient } from '@lethe/platform/grpc';
import type { ConsumedEvent, EventBus, TopicEventType } from '@lethe/platform/kafka';
import { consumer, ManualClock, type BaseConfig, type ServiceDefinition } from '@lethe/platform/service';
import { definitionWithHandle, startTestService, startTestServices, testAuth, uniqueName, waitFor, type TestAuth, type TestService } from '@lethe/platform/testkit';
import { loadGrpcObject, toTimestamp, TOPICS, type RetentionProto } from '@lethe/protos';
import { toPolicyMessage } from '../src/api/policy';
import { DEFAULT_POLICY, type RetentionPolicyValues } from '../src/policy/policy';
import { buildRetention, retentionConfigSchema, type Retention, type RetentionConfig } from '../src/service';

/** The receipt signing key pair of the test installation; tests verify receipts with `publicKeyPem`. */
const pair = generateKeyPairSync('ed25519');
export const RECEIPT_KEYS = {
  privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
};

/** The services that must confirm every erasure in these tests: the stand-in below and retention itself. */
export const ERASURE_SERVICES = 'candidates,retention';

/**
 * Environment shared by retention and the stand-in of one test file: topics of their own, the
 * services that confirm erasures, the receipt key, and a sweep that runs only when a test says so.
 */
export function retentionTestEnv(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    KAFKA_TOPIC_PREFIX: `${uniqueName(name)}.`,
    ERASURE_SERVICES,
    // Retention needs the address of every service it would ask for a data export; these tests ask none.
    CANDIDATES_GRPC_ADDRESS: '127.0.0.1:9',
    ERASURE_RECEIPT_SIGNING_KEY: RECEIPT_KEYS.privateKeyPem,
    RETENTION_SWEEP_INTERVAL_MS: '3600000',
    ...extra,
  };
}

export const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;
export type RetentionClient = InstanceType<typeof RetentionService>;

type Held = 'active' | 'anonymised' | 'reduced';
/** An event of retention's subject-events topic. */
export type RetentionEvent = ConsumedEvent<TopicEventType<typeof TOPICS.retentionEvents>>;

/**
 * A stand-in for the services retention asks to erase, under the name `candidates`: it holds the
 * people it is told of, obeys erasure commands through the platform's lifecycle (the same
 * obeyErasureCommands every service runs, tombstones and acknowledgements included), and hears
 * retention's events as the other services do.
 */
export class StandIn {
  private readonly records = new Map<string, Held>();
  /** Every erasure command it obeyed, in order. */
  readonly commands: ValidErasureCommand[] = [];
  /** Every event retention published on its subject-events topic. */
  readonly retentionEvents: RetentionEvent[] = [];

  hold(tenantId: string, subjectId: string): void {
    this.records.set(`${tenantId}/${subjectId}`, 'active');
  }

  /** What it holds of the subject: the record as it is, or nothing once deleted. */
  heldOf(tenantId: string, subjectId: string): Held | undefined {
    return this.records.get(`${tenantId}/${subjectId}`);
  }

  /** Retention's events about a subject, by type. */
  eventsAbout(subjectId: string, type?: RetentionEvent['type']): RetentionEvent[] {
    return this.retentionEvents.filter((event) => event.envelope.subjectId === subjectId && (!type || event.type === type));
  }

  readonly definition: ServiceDefinition = {
    name: 'candidates',
    create: () => ({
      publishes: [TOPICS.candidateEvents, TOPICS.consentEvents, TOPICS.talentEvents],
      erasure: async (command) => {
        this.commands.push(command);
        const key = `${command.tenantId}/${command.subjectId}`;
        const held = this.records.has(key);
        if (held && command.mode === 'delete') this.records.delete(key);
        if (held && command.mode !== 'delete') this.records.set(key, command.mode === 'anonymise' ? 'anonymised' : 'reduced');
        return erasureResult({ candidates: held ? 1 : 0 });
      },
      consumers: [
        consumer({
          groupId: 'candidates.retention-events',
          topics: [TOPICS.retentionEvents],
          fromBeginning: true,
          // The test reads every event, the erased subjects' included.
          erasedSubjects: 'deliver',
          handler: async (event) => void this.retentionEvents.push(event),
        }),
      ],
    }),
  };
}

/** Retention (with a manual clock) and the stand-in on one topic prefix. */
export interface RetentionScene {
  retention(): Retention;
  service: TestService<RetentionConfig & BaseConfig>;
  clock: ManualClock;
  auth: TestAuth;
  standIn: StandIn;
  /** The stand-in's bus: events published on it arrive as the candidates, consent and talent-crm services would send them. */
  bus(): EventBus;
  clientOf(tenantId: string, rights: readonly string[], actorId?: string): Promise<RetentionClient>;
  /** Messaging's client: a service token of the tenant, with links:issue unless other rights are given. */
  messagingOf(tenantId: string, rights?: readonly string[]): Promise<RetentionClient>;
  /** A candidate the stand-in holds and retention heard of (created, first activity at `at`); returns its id once retention keeps its clock. */
  createCandidate(tenantId: string, options?: { at?: Date; ownerId?: string; createdBy?: string }): Promise<string>;
  /**
   * A talent the stand-in holds and talent-crm announced (TalentCreated at `at`, by `createdBy`, with
   * `recruiterId`); returns its id once retention keeps its clock. `candidateId`: a talent made from that candidate.
   */
  createTalent(tenantId: string, options?: { at?: Date; recruiterId?: string; createdBy?: string; candidateId?: string }): Promise<string>;
  /** Stops the stand-in, as a service that went down. */
  stopStandIn(): Promise<void>;
  /** Starts it again on its own database and consumer groups: it catches up from its committed offsets. */
  startStandIn(): Promise<void>;
  stop(): Promise<void>;
}

/** `auth`: the token issuer and service keys, when services a test starts beside the scene must trust the same. */
export async function startRetentionScene(name: string, extraEnv: Record<string, string> = {}, given?: TestAuth): Promise<RetentionScene> {
  const auth = given ?? (await testAuth());
  const clock = new ManualClock();
  const handle = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
  const env = retentionTestEnv(name, extraEnv);
  const standIn = new StandIn();
  const standInEnv = { ...env, MONGODB_DATABASE: uniqueName('test_stand_in').replace(/-/g, '_') };
  const [service, first] = await startTestServices([startTestService(handle.definition, auth, { env, clock }), startTestService(standIn.definition, auth, { env: standInEnv })] as const);
  let standInService: TestService<BaseConfig> | undefined = first;
  const closers: (() => void)[] = [];
  const clientOf: RetentionScene['clientOf'] = async (tenantId, rights, actorId = 'recruiter') => {
    const client = createClient(RetentionService, service.address, { token: await auth.mint({ tenantId, actorId, rights: [...rights] }) });
    closers.push(() => client.close());
    return client;
  };
  const messagingOf: RetentionScene['messagingOf'] = async (tenantId, rights = [RIGHTS.issueLinks]) => {
    const client = createClient(RetentionService, service.address, { token: await auth.mint({ tenantId, actorId: 'messaging', actorKind: 'service', rights: [...rights] }) });
    closers.push(() => client.close());
    return client;
  };
  const bus = () => {
    if (!standInService) throw new Error('the stand-in is stopped');
    return standInService.runtime.bus;
  };
  return {
    retention: handle.built,
    service,
    clock,
    auth,
    standIn,
    bus,
    clientOf,
    messagingOf,
    createCandidate: async (tenantId, { at = clock.now(), ownerId = 'recruiter', createdBy = 'recruiter' } = {}) => {
      const id = uniqueName('candidate');
      standIn.hold(tenantId, id);
      await bus().publish(TOPICS.candidateEvents, [
        { type: 'lethe.candidates.v1.CandidateCreated', tenantId, subjectId: id, payload: { candidateId: id, ownerId, source: 'job_board', createdAt: toTimestamp(at), createdBy } },
        {
          type: 'lethe.candidates.v1.ActivityRecorded',
          tenantId,
          subjectId: id,
          payload: { activityId: uniqueName('activity'), candidateId: id, kind: 'ACTIVITY_KIND_PROFILE_UPDATED', occurredAt: toTimestamp(at), actorId: createdBy },
        },
      ]);
      await waitFor(async () => (await handle.built().clocks.get(tenantId, id))?.lastActivityAt?.getTime() === at.getTime(), 20_000, 'the clock');
      return id;
    },
    createTalent: async (tenantId, { at = clock.now(), recruiterId = 'recruiter', createdBy = 'recruiter', candidateId } = {}) => {
      const id = candidateId ?? uniqueName('talent');
      standIn.hold(tenantId, id);
      await bus().publish(TOPICS.talentEvents, [
        {
          type: 'lethe.talents.v1.TalentCreated',
          tenantId,
          subjectId: id,
          payload: { talentId: id, source: 'TALENT_SOURCE_RECRUITER', fromCandidate: Boolean(candidateId), createdAt: toTimestamp(at), createdBy, recruiterId },
        },
      ]);
      await waitFor(async () => (await handle.built().clocks.get(tenantId, id))?.talentCreatedAt?.getTime() === at.getTime(), 20_000, 'the talent’s clock');
      return id;
    },
    stopStandIn: async () => {
      await standInService?.stop();
      standInService = undefined;
    },
    startStandIn: async () => {
      standInService = await startTestService(standIn.definition, auth, { env: standInEnv });
    },
    stop: async () => {
      for (const close of closers) close();
      await Promise.all([service.stop(), standInService?.stop()]);
    },
  };
}

/** Every right a recruiter with data-protection duties has. */
export const ALL_RIGHTS = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings, RIGHTS.dataProtection, RIGHTS.seeMarked, RIGHTS.restoreMarked, RIGHTS.chooseDeletionMode];

/** A policy as UpdatePolicy takes it: the defaults with `values`. */
export const policyMessage = (values: Partial<RetentionPolicyValues> = {}) => toPolicyMessage({ ...DEFAULT_POLICY, ...values });

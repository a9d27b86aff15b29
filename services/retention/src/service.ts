import { z } from 'zod';
import { ed25519PrivateKeySchema, ed25519PublicKeys } from '@lethe/platform/crypto';
import { ackPublicKeysSchema, ErasureAckVerifier, ErasureSigner, type SubjectFence } from '@lethe/platform/erasure';
import { LinkTokens } from '@lethe/platform/links';
import { baseConfigSchema, publicOriginSchema, type ServiceDefinition, type ServiceParts, type ServiceRuntime } from '@lethe/platform/service';
import { TOPICS } from '@lethe/protos';
import { retentionApi } from './api';
import { clockDueSource, policyChangeSource } from './clock/due';
import { ClockStore } from './clock/store';
import { retentionErasure } from './erasure';
import { ErasureOrchestrator } from './erasures/orchestrator';
import { ReceiptSigner } from './erasures/receipts';
import { candidateEventsConsumer } from './events/candidate-events';
import { consentEventsConsumer } from './events/consent-events';
import { erasureAcksConsumer } from './events/erasure-acks';
import { talentEventsConsumer } from './events/talent-events';
import { Marks } from './marks/marks';
import { MarkStore } from './marks/store';
import { MassActions } from './mass/mass-actions';
import { NoticeSources } from './notices/notices';
import { PolicyStore } from './policy/store';
import { ApplicationIntake } from './reports/intake';
import { ErasureRequests } from './requests/requests';
import { ErasureRequestStore } from './requests/store';
import type { DueSource } from './sweep/due-source';
import { Sweeper, sweepLeaseKey } from './sweep/sweeper';

export const retentionConfigSchema = baseConfigSchema
  .extend({
    /** The services that must confirm every erasure before it counts as done; no default: the chart sets it from its registry, `pnpm start` from the services it starts. */
    ERASURE_SERVICES: z
      .string()
      .transform((value) => value.split(',').map((name) => name.trim()).filter(Boolean))
      .refine((names) => names.length > 0 && names.every((name) => /^[a-z][a-z0-9-]*$/.test(name)), 'must be a comma-separated list of service names'),
    /** How often this replica tries to run the sweep (one replica at a time runs it). */
    RETENTION_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
    /** How long the erasure protocol waits for acknowledgements before issuing a command again. */
    ERASURE_REISSUE_AFTER_MS: z.coerce.number().int().min(1_000).default(10 * 60 * 1000),
    /** Where candidates reach the self-service pages, e.g. https://lethe.example.com; the links issued to messaging are absolute with it. */
    RETENTION_PUBLIC_URL: publicOriginSchema.optional(),
    /** Signs erasure receipts: an Ed25519 private key, PKCS#8 PEM (a secret; its public key is published). */
    ERASURE_RECEIPT_SIGNING_KEY: ed25519PrivateKeySchema,
    /** Signs erasure commands: an Ed25519 private key, PKCS#8 PEM (a secret; every service holds its public key in ERASURE_COMMAND_PUBLIC_KEYS). */
    ERASURE_COMMAND_SIGNING_KEY: ed25519PrivateKeySchema,
    /** Each service's acknowledgement public keys (JSON: service name → SPKI PEM); an acknowledgement is recorded only when its service's key signed it. */
    ERASURE_ACK_PUBLIC_KEYS: ackPublicKeysSchema,
  })
  .superRefine((config, ctx) => {
    // An erasure waits for every service in ERASURE_SERVICES: one whose acknowledgements cannot be verified would never confirm.
    const unknown = config.ERASURE_SERVICES.filter((service) => !Object.hasOwn(config.ERASURE_ACK_PUBLIC_KEYS, service));
    if (unknown.length > 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['ERASURE_ACK_PUBLIC_KEYS'], message: `has no key of ${unknown.join(', ')}` });
    // Every service obeys only commands one of ERASURE_COMMAND_PUBLIC_KEYS signed, retention itself included.
    const signer = new ErasureSigner(config.ERASURE_COMMAND_SIGNING_KEY);
    if (!ed25519PublicKeys(config.ERASURE_COMMAND_PUBLIC_KEYS).has(signer.keyId)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['ERASURE_COMMAND_SIGNING_KEY'], message: 'must have its public key in ERASURE_COMMAND_PUBLIC_KEYS' });
    }
  });

export type RetentionConfig = z.infer<typeof retentionConfigSchema>;

/** Retention's stores and the domain over them; the service and the sweep command build them alike. */
export interface RetentionStores {
  policies: PolicyStore;
  clocks: ClockStore;
  orchestrator: ErasureOrchestrator;
  marks: Marks;
  requests: ErasureRequests;
  notices: NoticeSources;
  links: LinkTokens;
  receipts: ReceiptSigner;
  intake: ApplicationIntake;
  fence: SubjectFence;
}

export interface Retention extends RetentionStores {
  parts: ServiceParts;
  sweeper: Sweeper;
}

type StoresRuntime = Pick<ServiceRuntime<RetentionConfig>, 'config' | 'mongo' | 'clock' | 'logger' | 'cipher' | 'fence'>;

/** The stores over retention's database; the service and the sweep command build them alike. */
export function retentionStores(runtime: StoresRuntime): RetentionStores {
  const { config, mongo, fence } = runtime;
  const receipts = new ReceiptSigner(config.ERASURE_RECEIPT_SIGNING_KEY);
  const clocks = new ClockStore(mongo);
  const policies = new PolicyStore(mongo);
  const markStore = new MarkStore(mongo);
  return {
    policies,
    clocks,
    orchestrator: new ErasureOrchestrator(runtime, {
      services: config.ERASURE_SERVICES,
      reissueAfterMs: config.ERASURE_REISSUE_AFTER_MS,
      receipts,
      commandSigner: new ErasureSigner(config.ERASURE_COMMAND_SIGNING_KEY),
      creationOf: (tenantId, subjectId) => clocks.creationOf(tenantId, subjectId),
      anonymisedNotesOf: async (tenantId) => (await policies.get(tenantId)).anonymisedNotes,
    }),
    marks: new Marks({ fence, store: markStore, clocks }),
    requests: new ErasureRequests(fence, new ErasureRequestStore(mongo, runtime.cipher)),
    notices: new NoticeSources(mongo, fence, clocks, markStore, async (tenantId) => (await policies.get(tenantId)).storageConsentExtensionMonths),
    links: new LinkTokens(mongo, 'self_service_links'),
    intake: new ApplicationIntake(mongo),
    receipts,
    fence,
  };
}

/**
 * Everything the sweep executes, in this order: clocks a new policy reschedules (so the steps below
 * see current dates), people's decisions (due marks and erasure requests, so an erasure names the
 * request when the clock would erase at the same time), then the clock's steps, notices, re-issues.
 */
export function sweepSources({ policies, clocks, orchestrator, marks, requests, notices, fence }: RetentionStores): DueSource[] {
  const skeletonOf = async (tenantId: string) => (await policies.get(tenantId)).skeletonFields;
  return [
    policyChangeSource(fence, clocks, policies),
    marks.dueSource(orchestrator, skeletonOf),
    requests.dueSource(orchestrator, (tenantId) => policies.get(tenantId)),
    clockDueSource(fence, clocks, policies, orchestrator),
    notices.candidateNotices(),
    notices.ownerDigests(),
    orchestrator.reissueSource(),
  ];
}

/** The retention service's parts; the definition below is what runs, tests reach the pieces through this. */
export function buildRetention(runtime: ServiceRuntime<RetentionConfig>): Retention {
  const { config } = runtime;
  const stores = retentionStores(runtime);
  const { policies, clocks, orchestrator, marks, requests, notices, links, intake, fence } = stores;
  const now = () => runtime.clock.now();
  const sweeper = new Sweeper(runtime.redis, sweepLeaseKey(runtime), sweepSources(stores), runtime.logger);
  let timer: NodeJS.Timeout | undefined;

  const parts: ServiceParts = {
    grpcServices: [retentionApi({ ...stores, massActions: new MassActions(clocks, orchestrator, marks), publicUrl: config.RETENTION_PUBLIC_URL, now })],
    publishes: [TOPICS.erasureCommands, TOPICS.retentionEvents, TOPICS.retentionNotices],
    outbox: [orchestrator.model, marks.store.model, requests.store.model, ...notices.outbox],
    erasure: retentionErasure({ policies, clocks, marks: marks.store, requests: requests.store, links, notices, cipher: runtime.cipher, now }),
    consumers: [
      candidateEventsConsumer({ fence, clocks, policies, issuer: orchestrator, intake, clock: runtime.clock }),
      consentEventsConsumer({ fence, clocks, policies, clock: runtime.clock }),
      talentEventsConsumer({ fence, clocks, policies, issuer: orchestrator, clock: runtime.clock }),
      erasureAcksConsumer(orchestrator, new ErasureAckVerifier(config.ERASURE_ACK_PUBLIC_KEYS), runtime.logger),
    ],
    start: async () => {
      await Promise.all([clocks.model.init(), orchestrator.model.init(), marks.store.model.init(), requests.store.model.init(), intake.model.init(), notices.init(), links.init()]);
      timer = setInterval(() => {
        sweeper.run(now()).catch((err: unknown) => runtime.logger.error({ err }, 'sweep failed'));
      }, config.RETENTION_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    stop: async () => {
      clearInterval(timer);
    },
  };
  return { ...stores, parts, sweeper };
}

/** The retention service: policies, every subject's retention clock, the erasure protocol. */
export const retentionService: ServiceDefinition<typeof retentionConfigSchema> = {
  name: 'retention',
  configSchema: retentionConfigSchema,
  create: (runtime) => buildRetention(runtime).parts,
};

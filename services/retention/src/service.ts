import { z } from 'zod';
import { ControllerDirectory, type ControllerSource } from '@lethe/platform/controller';
import { ed25519PrivateKeySchema, ed25519PublicKeys } from '@lethe/platform/crypto';
import { ackPublicKeysSchema, ErasureAckVerifier, ErasureSigner, type SubjectFence } from '@lethe/platform/erasure';
import type { SubjectExporter } from '@lethe/platform/export';
import { LinkTokens } from '@lethe/platform/links';
import { baseConfigSchema, pageFormsConfigSchema, publicOriginSchema, type ServiceDefinition, type ServiceParts, type ServiceRuntime } from '@lethe/platform/service';
import { TOPICS } from '@lethe/protos';
import { retentionApi } from './api';
import { clockDueSource, policyChangeSource } from './clock/due';
import { ClockStore } from './clock/store';
import { recordActivity } from './clock/schedule';
import { retentionErasure } from './erasure';
import { retentionExport } from './export';
import { ErasureOrchestrator } from './erasures/orchestrator';
import { ReceiptSigner } from './erasures/receipts';
import { candidateEventsConsumer } from './events/candidate-events';
import { clockChanger } from './events/clock-change';
import { consentEventsConsumer } from './events/consent-events';
import { erasureAcksConsumer } from './events/erasure-acks';
import { talentEventsConsumer } from './events/talent-events';
import { exportExpirySource, SubjectExports } from './exports/exports';
import { SubjectExportStore } from './exports/store';
import { LegalHolds } from './holds/legal-holds';
import { Marks } from './marks/marks';
import { MarkStore } from './marks/store';
import { CandidateSearch } from './mass/candidate-search';
import { MassActions } from './mass/mass-actions';
import { MassActionRunStore } from './mass/runs';
import { NoticeSources } from './notices/notices';
import { downloadPage } from './pages/download';
import { PolicyStore } from './policy/store';
import { ApplicationIntake } from './reports/intake';
import { ErasureRequests } from './requests/requests';
import { ErasureRequestStore } from './requests/store';
import { selfServicePages } from './pages/self-service';
import { SelfServiceLinks } from './self-service/links';
import { SelfService } from './self-service/self-service';
import { StatusActions } from './status-actions/status-actions';
import { StatusActionStore } from './status-actions/store';
import type { DueSource } from './sweep/due-source';
import { Sweeper, sweepLeaseKey } from './sweep/sweeper';
import { rateLimitedPages } from '@lethe/platform/http';

const grpcAddress = z.string().max(300, 'must be at most 300 characters').pipe(z.string().regex(/^[^\s:]+:\d+$/, 'must be host:port'));
/** Where a service's gRPC address is configured, e.g. TALENT_CRM_GRPC_ADDRESS. */
export const grpcAddressVariable = (service: string) => `${service.toUpperCase().replace(/-/g, '_')}_GRPC_ADDRESS`;

export const retentionConfigSchema = baseConfigSchema
  .extend({
    ...pageFormsConfigSchema.shape,
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
    /** Where consent answers gRPC: the tenant's controller, named on the self-service pages (without it they say the details are not available). */
    CONSENT_GRPC_ADDRESS: grpcAddress.optional(),
    /** Where the services that hold data about people answer gRPC, for the data export: one for each of ERASURE_SERVICES but retention. */
    CANDIDATES_GRPC_ADDRESS: grpcAddress.optional(),
    MESSAGING_GRPC_ADDRESS: grpcAddress.optional(),
    PROFILE_RENDERING_GRPC_ADDRESS: grpcAddress.optional(),
    TALENT_CRM_GRPC_ADDRESS: grpcAddress.optional(),
    /** How long a service may take to send its part of a data export; one that takes longer fails the export. */
    EXPORT_SERVICE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(30 * 60_000).default(60_000),
    /** At most this much of one service goes into a data export's package. */
    EXPORT_MAX_BYTES_PER_SERVICE: z.coerce.number().int().min(1024 * 1024).max(1024 * 1024 * 1024).default(100 * 1024 * 1024),
    /** How many days a data export's package can be downloaded before it is deleted. */
    EXPORT_VALID_DAYS: z.coerce.number().int().min(1).max(30).default(7),
    /** Signs erasure receipts: an Ed25519 private key, PKCS#8 PEM (a secret; its public key is published). */
    ERASURE_RECEIPT_SIGNING_KEY: ed25519PrivateKeySchema,
    /** Signs erasure commands: an Ed25519 private key, PKCS#8 PEM (a secret; every service holds its public key in ERASURE_COMMAND_PUBLIC_KEYS). */
    ERASURE_COMMAND_SIGNING_KEY: ed25519PrivateKeySchema,
    /** Each service's acknowledgement public keys (JSON: service name → SPKI PEM); an acknowledgement is recorded only when its service's key signed it. */
    ERASURE_ACK_PUBLIC_KEYS: ackPublicKeysSchema,
  })
  .superRefine((config, ctx) => {
    // The data export asks every service that holds data about people: a package without one of them would be silently incomplete.
    for (const service of config.ERASURE_SERVICES) {
      const variable = grpcAddressVariable(service);
      if (service !== config.SERVICE_NAME && !(config as Record<string, unknown>)[variable]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [variable], message: `is required: the data export asks ${service} (ERASURE_SERVICES)` });
    }
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
  /** The subjects' data exports and their packages. */
  exportStore: SubjectExportStore;
  receipts: ReceiptSigner;
  intake: ApplicationIntake;
  fence: SubjectFence;
  /** Legal holds on subjects, kept on their clocks. */
  legalHolds: LegalHolds;
}

export interface Retention extends RetentionStores {
  parts: ServiceParts;
  sweeper: Sweeper;
  /** Who asks: the tenant's controller, for the self-service pages. */
  controllers: ControllerSource;
  /** The candidate's own decisions through their links (the pages and the gRPC calls). */
  selfService: SelfService;
  /** The data export: every service's part of what is held about a person, in one package. */
  exports: SubjectExports;
}

type StoresRuntime = Pick<ServiceRuntime<RetentionConfig>, 'config' | 'mongo' | 'clock' | 'logger' | 'cipher' | 'fence' | 'rateLimits'>;

/** The stores over retention's database; the service and the sweep command build them alike. */
export function retentionStores(runtime: StoresRuntime): RetentionStores {
  const { config, mongo, fence } = runtime;
  const receipts = new ReceiptSigner(config.ERASURE_RECEIPT_SIGNING_KEY);
  const clocks = new ClockStore(mongo);
  const policies = new PolicyStore(mongo);
  const markStore = new MarkStore(mongo);
  const orchestrator = new ErasureOrchestrator(runtime, {
    services: config.ERASURE_SERVICES,
    reissueAfterMs: config.ERASURE_REISSUE_AFTER_MS,
    receipts,
    commandSigner: new ErasureSigner(config.ERASURE_COMMAND_SIGNING_KEY),
    creationOf: (tenantId, subjectId) => clocks.creationOf(tenantId, subjectId),
    anonymisedNotesOf: async (tenantId) => (await policies.get(tenantId)).anonymisedNotes,
    // An erasure issued while a legal hold holds waits for its end.
    legalHoldUntil: (tenantId, subjectId) => clocks.legalHoldUntil(tenantId, subjectId),
  });
  return {
    policies,
    clocks,
    orchestrator,
    legalHolds: new LegalHolds({ fence, clocks, policies, cipher: runtime.cipher, orchestrator }),
    marks: new Marks({ fence, store: markStore, clocks }),
    requests: new ErasureRequests(fence, new ErasureRequestStore(mongo, runtime.cipher), (tenantId, subjectId) => clocks.legalHoldUntil(tenantId, subjectId)),
    notices: new NoticeSources(mongo, fence, clocks, markStore, (tenantId) => policies.get(tenantId)),
    links: new LinkTokens(mongo, 'self_service_links', { rateLimits: runtime.rateLimits }),
    exportStore: new SubjectExportStore(mongo),
    intake: new ApplicationIntake(mongo),
    receipts,
    fence,
  };
}

/**
 * Everything the sweep executes, in this order: clocks a new policy reschedules (so the steps below
 * see current dates), legal holds whose end has come (so what waited for them follows), people's decisions (due marks and erasure requests, so an erasure names the
 * request when the clock would erase at the same time), then the clock's steps, notices, re-issues,
 * and the data exports' packages that expired.
 */
export function sweepSources({ policies, clocks, orchestrator, marks, requests, notices, exportStore, fence, legalHolds }: RetentionStores): DueSource[] {
  const skeletonOf = async (tenantId: string) => (await policies.get(tenantId)).skeletonFields;
  return [
    policyChangeSource(fence, clocks, policies),
    legalHolds.endSource(),
    marks.dueSource(orchestrator, skeletonOf),
    requests.dueSource(orchestrator, (tenantId) => policies.get(tenantId)),
    clockDueSource(fence, clocks, policies, orchestrator),
    notices.candidateNotices(),
    notices.ownerDigests(),
    orchestrator.reissueSource(),
    exportExpirySource(fence, exportStore),
  ];
}

/**
 * The data export over every service in ERASURE_SERVICES (retention's own part in-process); a
 * recruiter's export moves the subject's clock as any activity does.
 */
function subjectExports(runtime: ServiceRuntime<RetentionConfig>, { clocks, policies, exportStore, links, fence }: RetentionStores, own: SubjectExporter): SubjectExports {
  const { config } = runtime;
  const services = config.ERASURE_SERVICES.includes(runtime.name) ? config.ERASURE_SERVICES : [...config.ERASURE_SERVICES, runtime.name];
  const addresses = Object.fromEntries(services.map((service) => [service, (config as Record<string, unknown>)[grpcAddressVariable(service)] as string]));
  return new SubjectExports(
    runtime,
    {
      store: exportStore,
      own,
      links,
      recordActivity: async (tenantId, subjectId, at, eventId) => {
        await clockChanger({ fence, clocks, policies }, tenantId, at)(subjectId, (clock) => recordActivity(clock, at, eventId), { existingOnly: true });
      },
    },
    { services, addresses, serviceTimeoutMs: config.EXPORT_SERVICE_TIMEOUT_MS, maxBytesPerService: config.EXPORT_MAX_BYTES_PER_SERVICE, validDays: config.EXPORT_VALID_DAYS },
  );
}

/** The retention service's parts; the definition below is what runs, tests reach the pieces through this. */
export function buildRetention(runtime: ServiceRuntime<RetentionConfig>): Retention {
  const { config } = runtime;
  const stores = retentionStores(runtime);
  const { policies, clocks, orchestrator, marks, requests, notices, links, intake, exportStore, fence, legalHolds } = stores;
  const now = () => runtime.clock.now();
  const sweeper = new Sweeper(runtime.redis, sweepLeaseKey(runtime), sweepSources(stores), runtime.logger);
  const directory = config.CONSENT_GRPC_ADDRESS ? new ControllerDirectory(runtime, config.CONSENT_GRPC_ADDRESS) : undefined;
  const controllers: ControllerSource = directory ?? { controllerOf: async () => undefined };
  const selfServiceLinks = new SelfServiceLinks(links, fence);
  const ownExport = retentionExport({ clocks, policies, marks: marks.store, requests: requests.store, orchestrator, exports: exportStore, links });
  const exports = subjectExports(runtime, stores, ownExport);
  const selfService = new SelfService({ links: selfServiceLinks, requests, policies, clocks, issuer: orchestrator, exports });
  const decisions = { marks: marks.store, requests: requests.store };
  const statusActionStore = new StatusActionStore(runtime.mongo);
  const statusActions = new StatusActions(fence, statusActionStore, decisions, policies, orchestrator);
  const candidateSearch = config.CANDIDATES_GRPC_ADDRESS ? new CandidateSearch(runtime, config.CANDIDATES_GRPC_ADDRESS) : undefined;
  const massActionRuns = new MassActionRunStore(runtime.mongo);
  const massActions = new MassActions({ clocks, issuer: orchestrator, marks, decisions, fence, runs: massActionRuns, candidates: candidateSearch, logger: runtime.logger });
  let timer: NodeJS.Timeout | undefined;

  const parts: ServiceParts = {
    grpcServices: [retentionApi({ ...stores, massActions, selfServiceLinks, selfService, exports, rateLimits: runtime.rateLimits, publicUrl: config.RETENTION_PUBLIC_URL, now })],
    httpRoutes: rateLimitedPages(runtime.rateLimits, ['/self-service'], (app) => {
      selfServicePages({
        selfService,
        links: selfServiceLinks,
        controllers,
        now,
        keyMaterial: Buffer.from(config.CSRF_KEY, 'base64'),
        secureCookies: config.RETENTION_PUBLIC_URL?.startsWith('https://') ?? false,
      })(app);
      downloadPage({ exports, links, controllers, now })(app);
    }),
    publishes: [TOPICS.erasureCommands, TOPICS.retentionEvents, TOPICS.retentionNotices],
    outbox: [orchestrator.model, marks.store.model, requests.store.model, ...notices.outbox, exportStore.model, statusActionStore.model],
    erasure: retentionErasure({ policies, clocks, marks: marks.store, requests: requests.store, links, notices, exports: exportStore, cipher: runtime.cipher, legalHolds, now }),
    export: ownExport,
    consumers: [
      candidateEventsConsumer({ fence, clocks, policies, issuer: orchestrator, intake, statusActions, clock: runtime.clock }),
      consentEventsConsumer({ fence, clocks, policies, clock: runtime.clock }),
      talentEventsConsumer({ fence, clocks, policies, issuer: orchestrator, clock: runtime.clock }),
      erasureAcksConsumer(orchestrator, new ErasureAckVerifier(config.ERASURE_ACK_PUBLIC_KEYS), runtime.logger),
    ],
    start: async () => {
      await Promise.all([clocks.model.init(), orchestrator.model.init(), marks.store.model.init(), requests.store.model.init(), intake.model.init(), notices.init(), links.init(), exportStore.init(), statusActionStore.model.init(), massActionRuns.model.init()]);
      timer = setInterval(() => {
        sweeper.run(now()).catch((err: unknown) => runtime.logger.error({ err }, 'sweep failed'));
      }, config.RETENTION_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    stop: async () => {
      clearInterval(timer);
      directory?.close();
      await exports.settled();
      exports.close();
      await massActions.settled();
      candidateSearch?.close();
    },
  };
  return { ...stores, parts, sweeper, controllers, selfService, exports };
}

/** The retention service: policies, every subject's retention clock, the erasure protocol. */
export const retentionService: ServiceDefinition<typeof retentionConfigSchema> = {
  name: 'retention',
  configSchema: retentionConfigSchema,
  create: (runtime) => buildRetention(runtime).parts,
};

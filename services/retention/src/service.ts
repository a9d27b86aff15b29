import { z } from 'zod';
import { baseConfigSchema, LinkTokens, type ServiceDefinition, type ServiceParts, type ServiceRuntime, type Subscription } from '@lethe/platform';
import { TOPICS } from '@lethe/protos';
import { retentionApi } from './api';
import { clockDueSource, policyChangeSource } from './clock/due';
import { followCandidateEvents, followConsentEvents } from './clock/follow';
import { ClockStore } from './clock/store';
import { ErasureOrchestrator } from './erasure/orchestrator';
import { receiptKeySchema, ReceiptSigner } from './erasure/receipts';
import { MarkStore } from './marks/marks';
import { MassActions } from './mass/mass-actions';
import { NoticeSources } from './notices/notices';
import { PolicyStore } from './policy/policy';
import { ApplicationIntake } from './reports/applicant-volume';
import { ErasureRequestStore } from './requests/requests';
import type { DueSource } from './sweep/due-source';
import { Sweeper } from './sweep/sweeper';

export const retentionConfigSchema = baseConfigSchema.extend({
  /** The services that must confirm every erasure before it counts as done (the chart sets it from its registry). */
  ERASURE_SERVICES: z
    .string()
    .default('candidates,retention')
    .transform((value) => value.split(',').map((name) => name.trim()).filter(Boolean))
    .refine((names) => names.length > 0 && names.every((name) => /^[a-z][a-z0-9-]*$/.test(name)), 'must be a comma-separated list of service names'),
  /** How often this replica tries to run the sweep (one replica at a time runs it). */
  RETENTION_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** How long the erasure protocol waits for acknowledgements before issuing a command again. */
  ERASURE_REISSUE_AFTER_MS: z.coerce.number().int().min(1_000).default(10 * 60 * 1000),
  /** Signs erasure receipts: an Ed25519 private key, PKCS#8 PEM (a secret; its public key is published). */
  ERASURE_RECEIPT_SIGNING_KEY: receiptKeySchema,
});

export type RetentionConfig = z.infer<typeof retentionConfigSchema>;

export interface RetentionStores {
  policies: PolicyStore;
  clocks: ClockStore;
  orchestrator: ErasureOrchestrator;
  marks: MarkStore;
  requests: ErasureRequestStore;
  notices: NoticeSources;
  links: LinkTokens;
  receipts: ReceiptSigner;
  intake: ApplicationIntake;
}

export interface Retention extends RetentionStores {
  parts: ServiceParts;
  sweeper: Sweeper;
}

/** The stores over retention's database; the service and the sweep command build them alike. */
export function retentionStores(runtime: Pick<ServiceRuntime<RetentionConfig>, 'config' | 'mongo' | 'redis' | 'clock' | 'logger' | 'bus' | 'cipher'>): RetentionStores {
  const { config } = runtime;
  const receipts = new ReceiptSigner(config.ERASURE_RECEIPT_SIGNING_KEY);
  const clocks = new ClockStore(runtime.mongo, runtime.redis);
  const marks = new MarkStore(runtime.mongo, clocks);
  const policies = new PolicyStore(runtime.mongo);
  return {
    policies,
    clocks,
    orchestrator: new ErasureOrchestrator(runtime, {
      services: config.ERASURE_SERVICES,
      reissueAfterMs: config.ERASURE_REISSUE_AFTER_MS,
      receipts,
      creationOf: (tenantId, subjectId) => clocks.creationOf(tenantId, subjectId),
      anonymisedNotesOf: async (tenantId) => (await policies.get(tenantId)).anonymisedNotes,
    }),
    marks,
    requests: new ErasureRequestStore(runtime),
    notices: new NoticeSources(runtime, clocks, marks),
    links: new LinkTokens(runtime.mongo, 'self_service_links'),
    intake: new ApplicationIntake(runtime.mongo),
    receipts,
  };
}

/**
 * Everything the sweep executes, in this order: clocks a new policy reschedules (so the steps below
 * see current dates), people's decisions (due marks and erasure requests, so an erasure names the
 * request when the clock would erase at the same time), then the clock's steps, notices, re-issues.
 */
export function sweepSources({ policies, clocks, orchestrator, marks, requests, notices }: RetentionStores): DueSource[] {
  const skeletonOf = async (tenantId: string) => (await policies.get(tenantId)).skeletonFields;
  return [
    policyChangeSource(clocks, policies),
    marks.dueSource(orchestrator, skeletonOf),
    requests.dueSource(orchestrator, (tenantId) => policies.get(tenantId)),
    clockDueSource(clocks, policies, orchestrator),
    notices.candidateNotices(),
    notices.ownerDigests(),
    orchestrator.reissueSource(),
  ];
}

/** The retention service's parts; the definition below is what runs, tests reach the pieces through this. */
export function buildRetention(runtime: ServiceRuntime<RetentionConfig>): Retention {
  const { config } = runtime;
  const stores = retentionStores(runtime);
  const { policies, clocks, orchestrator, marks, requests, notices, links } = stores;
  const sweeper = new Sweeper(runtime.redis, runtime.database, sweepSources(stores), runtime.logger);
  const subscriptions: Subscription[] = [];
  let timer: NodeJS.Timeout | undefined;

  const parts: ServiceParts = {
    grpcServices: [retentionApi({ ...stores, massActions: new MassActions(clocks, orchestrator, marks), now: () => runtime.clock.now() })],
    publishes: [TOPICS.erasureCommands, TOPICS.retentionEvents, TOPICS.retentionNotices],
    outbox: [orchestrator.model, marks.model, requests.model, ...notices.outbox],
    // Retention keeps ids and dates, and the reasons of erasure requests (encrypted for the person):
    // an erased subject's clock, reasons, links and key go; a reduced one keeps its clock running.
    erasure: async (command) => {
      const { tenantId, subjectId } = command;
      const erased = command.mode !== 'reduce';
      // However the reduction came about (clock, mark, mass action), the clock must not issue it again.
      if (!erased) await clocks.markReduced(tenantId, subjectId, await policies.get(tenantId), runtime.clock.now());
      const [requestReasons, linksRemoved] = await Promise.all([requests.forget(tenantId, subjectId, erased), links.deleteOfSubject(tenantId, subjectId)]);
      await runtime.cipher.shred(tenantId, subjectId);
      const [clocksRemoved, noticesRemoved] = erased ? await Promise.all([clocks.forget(tenantId, subjectId), notices.forget(tenantId, subjectId)]) : [0, 0];
      const counts = { clocks: clocksRemoved, requestReasons, links: linksRemoved, notices: noticesRemoved };
      return { outcome: Object.values(counts).some((count) => count > 0) ? 'done' : 'nothing-held', counts };
    },
    start: async () => {
      await Promise.all([clocks.model.init(), orchestrator.model.init(), marks.model.init(), requests.model.init(), stores.intake.model.init(), notices.init(), links.init()]);
      subscriptions.push(
        await followCandidateEvents(runtime, clocks, policies, orchestrator, stores.intake),
        await followConsentEvents(runtime, clocks, policies),
        await orchestrator.followAcknowledgements(),
      );
      timer = setInterval(() => {
        sweeper.run(runtime.clock.now()).catch((err: unknown) => runtime.logger.error({ err }, 'sweep failed'));
      }, config.RETENTION_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    stop: async () => {
      clearInterval(timer);
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
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

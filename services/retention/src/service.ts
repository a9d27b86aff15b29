import { z } from 'zod';
import { baseConfigSchema, type ServiceDefinition, type ServiceParts, type ServiceRuntime, type Subscription } from '@lethe/platform';
import { TOPICS } from '@lethe/protos';
import { retentionApi } from './api';
import { clockDueSource } from './clock/due';
import { followCandidateEvents } from './clock/follow';
import { ClockStore } from './clock/store';
import { ErasureOrchestrator } from './erasure/orchestrator';
import { MarkStore } from './marks/marks';
import { PolicyStore } from './policy/policy';
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
});

export type RetentionConfig = z.infer<typeof retentionConfigSchema>;

export interface Retention {
  parts: ServiceParts;
  policies: PolicyStore;
  clocks: ClockStore;
  orchestrator: ErasureOrchestrator;
  sweeper: Sweeper;
  marks: MarkStore;
}

/** Everything the sweep executes, in this order: the clock's steps, due marks, re-issues. */
export function sweepSources({ policies, clocks, orchestrator, marks }: Pick<Retention, 'policies' | 'clocks' | 'orchestrator' | 'marks'>): DueSource[] {
  const skeletonOf = async (tenantId: string) => (await policies.get(tenantId)).skeletonFields;
  return [clockDueSource(clocks, policies, orchestrator), marks.dueSource(orchestrator, skeletonOf), orchestrator.reissueSource()];
}

/** The retention service's parts; the definition below is what runs, tests reach the pieces through this. */
export function buildRetention(runtime: ServiceRuntime<RetentionConfig>): Retention {
  const { config } = runtime;
  const policies = new PolicyStore(runtime.mongo);
  const clocks = new ClockStore(runtime.mongo);
  const orchestrator = new ErasureOrchestrator(runtime, { services: config.ERASURE_SERVICES, reissueAfterMs: config.ERASURE_REISSUE_AFTER_MS });
  const marks = new MarkStore(runtime.mongo);
  const sweeper = new Sweeper(runtime.redis, sweepSources({ policies, clocks, orchestrator, marks }), runtime.logger);
  const subscriptions: Subscription[] = [];
  let timer: NodeJS.Timeout | undefined;

  const parts: ServiceParts = {
    grpcServices: [retentionApi({ policies, clocks, orchestrator, marks, now: () => runtime.clock.now() })],
    publishes: [TOPICS.erasureCommands, TOPICS.retentionEvents, TOPICS.retentionNotices],
    outbox: [orchestrator.model, marks.model],
    // Retention keeps ids and dates only; an erased subject's clock goes, a reduced one keeps running.
    erasure: async (command) => {
      if (command.mode === 'reduce') return { outcome: 'nothing-held', counts: { clocks: 0 } };
      const clocksRemoved = await clocks.forget(command.tenantId, command.subjectId);
      return { outcome: clocksRemoved > 0 ? 'done' : 'nothing-held', counts: { clocks: clocksRemoved } };
    },
    start: async () => {
      await Promise.all([clocks.model.init(), orchestrator.model.init(), marks.model.init()]);
      subscriptions.push(await followCandidateEvents(runtime, clocks, policies), await orchestrator.followAcknowledgements());
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
  return { parts, policies, clocks, orchestrator, sweeper, marks };
}

/** The retention service: policies, every subject's retention clock, the erasure protocol. */
export const retentionService: ServiceDefinition<typeof retentionConfigSchema> = {
  name: 'retention',
  configSchema: retentionConfigSchema,
  create: (runtime) => buildRetention(runtime).parts,
};

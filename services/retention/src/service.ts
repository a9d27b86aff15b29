import type { ServiceDefinition, Subscription } from '@lethe/platform';
import { followCandidateEvents } from './clock/follow';
import { ClockStore } from './clock/store';
import { retentionApi } from './api';
import { PolicyStore } from './policy/policy';

/** The retention service: each tenant's retention policy and every subject's retention clock. */
export const retentionService: ServiceDefinition = {
  name: 'retention',
  create: (runtime) => {
    const policies = new PolicyStore(runtime.mongo);
    const clocks = new ClockStore(runtime.mongo);
    let candidateEvents: Subscription | undefined;
    return {
      grpcServices: [retentionApi(policies, clocks, () => runtime.clock.now())],
      // Retention keeps ids and dates only; an erased subject's clock goes, a reduced one keeps running.
      erasure: async (command) => {
        if (command.mode === 'reduce') return { outcome: 'nothing-held', counts: { clocks: 0 } };
        const clocksRemoved = await clocks.forget(command.tenantId, command.subjectId);
        return { outcome: clocksRemoved > 0 ? 'done' : 'nothing-held', counts: { clocks: clocksRemoved } };
      },
      start: async () => {
        await clocks.model.init();
        candidateEvents = await followCandidateEvents(runtime, clocks, policies);
      },
      stop: async () => {
        await candidateEvents?.stop();
      },
    };
  },
};

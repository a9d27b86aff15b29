import type { ServiceDefinition, Subscription } from '@lethe/platform';
import { TOPICS } from '@lethe/protos';
import { ActivityStore } from './activity/activity-log';
import { candidatesApi } from './api';
import { CandidateStore } from './candidates/store';
import { candidateErasure } from './erasure';
import { followRetentionDecisions } from './retention-events';
import { SettingsStore } from './settings';

/** The candidates service: the system of record for candidates' personal data. */
export const candidatesService: ServiceDefinition = {
  name: 'candidates',
  create: (runtime) => {
    const activities = new ActivityStore(runtime.mongo);
    const candidates = new CandidateStore(runtime, activities);
    const settings = new SettingsStore(runtime.mongo);
    let retentionDecisions: Subscription | undefined;
    return {
      grpcServices: [candidatesApi(candidates, activities, settings, () => runtime.clock.now())],
      publishes: [TOPICS.candidateEvents],
      outbox: [candidates.model, activities.model],
      erasure: candidateErasure(runtime, candidates, activities, settings),
      start: async () => {
        await Promise.all([candidates.model.init(), activities.model.init(), runtime.cipher.ready()]);
        retentionDecisions = await followRetentionDecisions(runtime, candidates);
      },
      stop: async () => {
        await retentionDecisions?.stop();
      },
    };
  },
};

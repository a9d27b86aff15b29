import type { ServiceDefinition, Subscription } from '@lethe/platform';
import { TOPICS } from '@lethe/protos';
import { ActivityStore } from './activity/activity-log';
import { candidatesApi } from './api';
import { CandidateStore } from './candidates/store';
import { candidateErasure } from './erasure';
import { FileStore } from './files/store';
import { NO_RECRUITING, type RecruitingFactory, type RecruitingParts } from './recruiting-link';
import { createRecruiting } from './recruiting';
import { followRetentionDecisions } from './retention-events';
import { SettingsStore } from './settings';

/**
 * The candidates service: the core (candidates, files, activity log, erasure) composed with the
 * recruiting part, which builds on the core's candidate directory and activity log.
 */
export function composeCandidatesService(createRecruiting: RecruitingFactory = () => ({ ...NO_RECRUITING, grpcServices: [], outbox: [] })): ServiceDefinition {
  return {
    name: 'candidates',
    create: (runtime) => {
      const activities = new ActivityStore(runtime.mongo);
      const candidates = new CandidateStore(runtime, activities);
      const settings = new SettingsStore(runtime.mongo);
      const files = new FileStore(runtime.mongo, runtime.cipher);
      const recruitingParts: RecruitingParts = createRecruiting(runtime, { directory: candidates, activities });
      const recruiting = () => recruitingParts;
      const erasure = candidateErasure(runtime, { candidates, activities, files, settings, recruiting });
      const now = () => runtime.clock.now();
      let retentionDecisions: Subscription | undefined;
      return {
        grpcServices: [...recruitingParts.grpcServices, candidatesApi({ candidates, activities, files, settings, recruiting, removeOwnRecords: erasure.removeOwnRecords, logger: runtime.logger, now })],
        publishes: [TOPICS.candidateEvents],
        outbox: [candidates.model, activities.model, ...recruitingParts.outbox],
        erasure: erasure.obey,
        start: async () => {
          await Promise.all([candidates.model.init(), activities.model.init(), files.init()]);
          await recruitingParts.start?.();
          retentionDecisions = await followRetentionDecisions(runtime, candidates, activities);
        },
        stop: async () => {
          await retentionDecisions?.stop();
          await recruitingParts.stop?.();
        },
      };
    },
  };
}

export const candidatesService = composeCandidatesService(createRecruiting);

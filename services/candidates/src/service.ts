import type { ServiceDefinition, Subscription } from '@lethe/platform';
import { TOPICS } from '@lethe/protos';
import { ActivityStore } from './activity/activity-log';
import { candidatesApi } from './api';
import { CandidateStore } from './candidates/store';
import { candidateErasure } from './erasure';
import { FileStore } from './files/store';
import { NO_RECRUITING, type RecruitingLink } from './recruiting-link';
import { followRetentionDecisions } from './retention-events';
import { SettingsStore } from './settings';

/** The candidates service: the system of record for candidates' personal data. */
export const candidatesService: ServiceDefinition = {
  name: 'candidates',
  create: (runtime) => {
    const activities = new ActivityStore(runtime.mongo);
    const candidates = new CandidateStore(runtime, activities);
    const settings = new SettingsStore(runtime.mongo);
    const files = new FileStore(runtime.mongo, runtime.cipher);
    const recruiting = (): RecruitingLink => NO_RECRUITING;
    const erasure = candidateErasure(runtime, { candidates, activities, files, settings, recruiting });
    const now = () => runtime.clock.now();
    let retentionDecisions: Subscription | undefined;
    return {
      grpcServices: [candidatesApi({ candidates, activities, files, settings, recruiting, removeOwnRecords: erasure.removeOwnRecords, logger: runtime.logger, now })],
      publishes: [TOPICS.candidateEvents],
      outbox: [candidates.model, activities.model],
      erasure: erasure.obey,
      start: async () => {
        await Promise.all([candidates.model.init(), activities.model.init(), files.init(), runtime.cipher.ready()]);
        retentionDecisions = await followRetentionDecisions(runtime, candidates);
      },
      stop: async () => {
        await retentionDecisions?.stop();
      },
    };
  },
};

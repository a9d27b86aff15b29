import type { ServiceDefinition, ServiceRuntime } from '@lethe/platform/service';
import { TOPICS } from '@lethe/protos';
import { ActivityStore } from './activity/store';
import { api } from './api';
import { Candidates } from './candidates/candidates';
import { PersonalData } from './candidates/personal';
import { CandidateStore } from './candidates/store';
import { candidatesErasure, type ErasureParts } from './erasure';
import { candidatesExport } from './export';
import { consentEventsConsumer } from './events/consent-events';
import { messagingEventsConsumer } from './events/messaging-events';
import { retentionEventsConsumer } from './events/retention-events';
import { FileStore } from './files/store';
import { recruitingStores } from './recruiting';
import { SettingsStore } from './settings/store';

/** The candidates service's stores and parts; tests reach the stores through `definitionWithHandle`. */
export function buildCandidates(runtime: ServiceRuntime) {
  const store = new CandidateStore(runtime);
  const personal = new PersonalData(runtime.cipher, runtime.blindIndex);
  const activities = new ActivityStore(runtime.mongo);
  const candidates = new Candidates(store, personal, activities, runtime.fence, runtime.clock);
  const files = new FileStore(runtime.mongo, runtime.cipher);
  const settings = new SettingsStore(runtime.mongo);
  const recruiting = recruitingStores(runtime, candidates, activities);
  const erasure: ErasureParts = { runtime, store, personal, activities, files, settings, recruiting };
  const now = () => runtime.clock.now();
  const { models } = recruiting;
  return {
    store,
    candidates,
    recruiting,
    parts: {
      grpcServices: api({ candidates, activities, files, settings, recruiting, merge: { candidates, activities, files, recruiting, erasure, now }, now }),
      publishes: [TOPICS.candidateEvents],
      outbox: [store.model, activities.model, models.applications, models.presentations, models.assignments],
      erasure: candidatesErasure(erasure),
      export: candidatesExport(erasure),
      consumers: [retentionEventsConsumer(candidates, recruiting.contactPersons), messagingEventsConsumer(candidates), consentEventsConsumer(candidates)],
    },
  };
}

/** The candidates service: the system of record of candidates and of recruiting. */
export const candidatesService: ServiceDefinition = {
  name: 'candidates',
  create: (runtime) => buildCandidates(runtime).parts,
};

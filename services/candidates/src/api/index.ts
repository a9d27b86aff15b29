import { defineService, type ServiceRegistration } from '@lethe/platform/grpc';
import { loadGrpcObject, type CandidatesProto, type RecruitingProto } from '@lethe/protos';
import type { ActivityStore } from '../activity/store';
import type { Candidates } from '../candidates/candidates';
import type { MergeParts } from '../candidates/merge';
import type { FileStore } from '../files/store';
import type { Recruiting } from '../recruiting';
import type { SettingsStore } from '../settings/store';
import { activityHandlers } from './activities';
import { applicationHandlers, presentationHandlers } from './status-records';
import { candidateHandlers } from './candidates';
import { clientHandlers } from './clients';
import { fileHandlers } from './files';
import { jobHandlers } from './jobs';
import { jobOrderHandlers } from './job-orders';
import { settingsHandlers } from './settings';
import { statusHandlers } from './statuses';

export const candidatesDefinition = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService.service;
export const recruitingDefinition = loadGrpcObject<RecruitingProto>().lethe.candidates.v1.RecruitingService.service;

export interface ApiDeps {
  candidates: Candidates;
  activities: ActivityStore;
  files: FileStore;
  settings: SettingsStore;
  recruiting: Recruiting;
  merge: MergeParts;
  now: () => Date;
}

/** The candidates service's gRPC services: candidates with their files, activities and settings, and recruiting. */
export function api(deps: ApiDeps): ServiceRegistration[] {
  return [
    defineService(candidatesDefinition).implement({ ...candidateHandlers(deps), ...activityHandlers(deps), ...fileHandlers(deps), ...settingsHandlers(deps) }),
    defineService(recruitingDefinition).implement({
      ...jobHandlers(deps),
      ...clientHandlers(deps),
      ...jobOrderHandlers(deps),
      ...statusHandlers(deps),
      ...applicationHandlers(deps),
      ...presentationHandlers(deps),
    }),
  ];
}

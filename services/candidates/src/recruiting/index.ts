import type { ServiceRuntime } from '@lethe/platform/service';
import type { ActivityStore } from '../activity/store';
import type { Candidates } from '../candidates/candidates';
import { AssignmentStore } from './assignments';
import { StatusCatalogue } from './catalogue';
import { ContactPersonStore } from './contacts';
import { recruitingModels, type ClientDoc, type ClientRequestDoc, type JobDoc, type JobOrderDoc, type RecruitingModels } from './model';
import { PlainRecords } from './records';
import { applicationRecords, presentationRecords } from './status-records';

/**
 * Recruiting: jobs, client companies with their contact persons and requests, job orders and the
 * candidates assigned to them, applications and presentations with their statuses.
 */
export interface Recruiting {
  jobs: PlainRecords<JobDoc>;
  clients: PlainRecords<ClientDoc>;
  clientRequests: PlainRecords<ClientRequestDoc>;
  jobOrders: PlainRecords<JobOrderDoc>;
  contactPersons: ContactPersonStore;
  catalogue: StatusCatalogue;
  applications: ReturnType<typeof applicationRecords>;
  presentations: ReturnType<typeof presentationRecords>;
  assignments: AssignmentStore;
  models: RecruitingModels;
}

export function recruitingStores(runtime: ServiceRuntime, candidates: Candidates, activities: ActivityStore): Recruiting {
  const models = recruitingModels(runtime.mongo);
  const catalogue = new StatusCatalogue(runtime.mongo);
  return {
    jobs: new PlainRecords(models.jobs, 'job'),
    clients: new PlainRecords(models.clients, 'client'),
    clientRequests: new PlainRecords(models.clientRequests, 'client request'),
    jobOrders: new PlainRecords(models.jobOrders, 'job order'),
    contactPersons: new ContactPersonStore(runtime, models, candidates),
    catalogue,
    applications: applicationRecords(models.applications, catalogue, candidates, activities),
    presentations: presentationRecords(models.presentations, catalogue, candidates, activities),
    assignments: new AssignmentStore(models, candidates, activities),
    models,
  };
}

/** A merge: applications, presentations, assignments and contact persons' links move to the kept candidate; returns how many records moved. */
export async function relinkCandidate(recruiting: Recruiting, tenantId: string, fromCandidateId: string, toCandidateId: string): Promise<number> {
  await recruiting.contactPersons.relink(tenantId, fromCandidateId, toCandidateId);
  const moved = await Promise.all([recruiting.applications, recruiting.presentations, recruiting.assignments].map((store) => store.relink(tenantId, fromCandidateId, toCandidateId)));
  return moved.reduce((sum, count) => sum + count, 0);
}

import type { ServiceRuntime, ValidErasureCommand } from '@lethe/platform';
import type { ActivityLog } from '../activity/activity-log';
import type { CandidateDirectory } from '../candidates/directory';
import type { RecruitingFactory, RecruitingParts } from '../recruiting-link';
import { recruitingApi } from './api';
import { AssignmentStore } from './assignments';
import { StatusCatalogue } from './catalogue';
import { ContactPersonStore } from './contacts';
import { recruitingModels, type RecruitingModels, type ClientDoc, type ClientRequestDoc, type JobDoc, type JobOrderDoc } from './model';
import { PlainRecords } from './records';
import { applicationRecords, presentationRecords } from './status-records';

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
  directory: CandidateDirectory;
  now: () => Date;
}

export function createRecruitingStores(runtime: ServiceRuntime, core: { directory: CandidateDirectory; activities: ActivityLog }): Recruiting {
  const models = recruitingModels(runtime.mongo);
  const catalogue = new StatusCatalogue(runtime.mongo);
  return {
    jobs: new PlainRecords(models.jobs, 'job'),
    clients: new PlainRecords(models.clients, 'client'),
    clientRequests: new PlainRecords(models.clientRequests, 'client request'),
    jobOrders: new PlainRecords(models.jobOrders, 'job order'),
    contactPersons: new ContactPersonStore(runtime, models),
    catalogue,
    applications: applicationRecords(models.applications, catalogue, core.directory, core.activities),
    presentations: presentationRecords(models.presentations, catalogue, core.directory, core.activities),
    assignments: new AssignmentStore(models, core.directory, core.activities),
    models,
    directory: core.directory,
    now: () => runtime.clock.now(),
  };
}

/**
 * The recruiting part of the candidates service. Erasure of a candidate: delete removes their
 * applications, presentations and assignments; anonymise and reduce keep them, as they hold only
 * ids, statuses and timestamps (statistics, and the application date every reduction keeps).
 * An erasure of a contact person erases that person.
 */
export const createRecruiting: RecruitingFactory = (runtime, core): RecruitingParts => {
  const stores = createRecruitingStores(runtime, core);
  const { applications, presentations, assignments, contactPersons } = stores;

  const eraseSubject = async (command: ValidErasureCommand): Promise<Record<string, number>> => {
    const { tenantId, subjectId } = command;
    const contactCounts = await contactPersons.erase(command);
    if (command.mode === 'delete') {
      return {
        ...contactCounts,
        applications: await applications.deleteOf(tenantId, subjectId),
        presentations: await presentations.deleteOf(tenantId, subjectId),
        assignments: await assignments.deleteOf(tenantId, subjectId),
      };
    }
    return {
      ...contactCounts,
      applicationsKept: await applications.countOf(tenantId, subjectId),
      presentationsKept: await presentations.countOf(tenantId, subjectId),
      assignmentsKept: await assignments.countOf(tenantId, subjectId),
    };
  };

  return {
    grpcServices: [recruitingApi(stores)],
    outbox: [stores.models.applications, stores.models.presentations, stores.models.assignments],
    start: async () => {
      await Promise.all([...Object.values(stores.models), stores.catalogue.model].map((model: { init(): Promise<unknown> }) => model.init()));
    },
    eraseSubject,
    isLinkedToContactPerson: (tenantId, candidateId) => contactPersons.isLinked(tenantId, candidateId),
    relinkCandidate: async (tenantId, fromCandidateId, toCandidateId) => {
      const contacts = await contactPersons.relink(tenantId, fromCandidateId, toCandidateId);
      const records = [applications, presentations, assignments] as const;
      const moved = await Promise.all(records.map((store) => store.relink(tenantId, fromCandidateId, toCandidateId)));
      return {
        moved: moved.reduce((sum, ids) => sum + ids.length, 0),
        handBack: async () => {
          await Promise.all(records.map((store, i) => store.relink(tenantId, toCandidateId, fromCandidateId, moved[i])));
          await contactPersons.relink(tenantId, toCandidateId, fromCandidateId, contacts);
        },
      };
    },
    candidatesWithApplications: (tenantId, filter) => applications.candidatesWith(tenantId, filter),
  };
};

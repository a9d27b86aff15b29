import type { OutboxSource, ServiceRegistration, ServiceRuntime, ValidErasureCommand } from '@lethe/platform';
import type { MetaStatus__Output } from '@lethe/protos';
import type { ActivityLog } from './activity/activity-log';
import type { CandidateDirectory } from './candidates/directory';

/**
 * What the core of the candidates service needs from the recruiting part (applications,
 * presentations, job orders, contact persons) about one candidate.
 */
export interface RecruitingLink {
  /** Erases the candidate's recruiting records as the command's mode says; returns counts. */
  eraseSubject(command: ValidErasureCommand): Promise<Record<string, number>>;
  /** Seed 004: a candidate who is also a contact person keeps name, address and contact data. */
  isLinkedToContactPerson(tenantId: string, candidateId: string): Promise<boolean>;
  /** Moves applications, presentations, assignments and links of contact persons to another candidate (a merge). */
  relinkCandidate?(tenantId: string, fromCandidateId: string, toCandidateId: string): Promise<Relinked>;
  /** Ids of the candidates with an application whose current status has this key and/or meta status. */
  candidatesWithApplications?(tenantId: string, filter: ApplicationStatusFilter): Promise<string[]>;
}

/** What a merge moved onto the kept candidate. */
export interface Relinked {
  /** How many applications, presentations and assignments moved (links of contact persons are not counted). */
  moved: number;
  /** The kept candidate was erased during the merge: the records and contact persons moved onto it go back. */
  handBack(): Promise<void>;
}

export interface ApplicationStatusFilter {
  statusKey?: string;
  metaStatus?: MetaStatus__Output;
}

/** Without a recruiting part no candidate has applications. */
export function candidatesWithApplications(link: RecruitingLink, tenantId: string, filter: ApplicationStatusFilter): Promise<string[]> {
  return link.candidatesWithApplications?.(tenantId, filter) ?? Promise.resolve([]);
}

/** The recruiting part as the service composes it: its API, its outbox collections, its lifecycle. */
export interface RecruitingParts extends RecruitingLink {
  grpcServices: ServiceRegistration[];
  outbox: readonly OutboxSource[];
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

export type RecruitingFactory = (runtime: ServiceRuntime, core: { directory: CandidateDirectory; activities: ActivityLog }) => RecruitingParts;

/** Until recruiting records exist for a candidate, there is nothing to erase or move there. */
export const NO_RECRUITING: RecruitingLink = {
  eraseSubject: async () => ({}),
  isLinkedToContactPerson: async () => false,
};

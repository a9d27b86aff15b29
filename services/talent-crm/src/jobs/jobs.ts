import type { SubjectCipher } from '@lethe/platform/crypto';
import { NotFoundError, PreconditionError, ValidationError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import type { Page, TenantSettings } from '@lethe/platform/mongo';
import { sealedOutboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { TalentSettingsValues } from '../settings/settings';
import type { SubjectStates } from '../subjects/store';
import type { Talents } from '../talents/talents';
import { applicationFields, type AtsJob, type JobAssignment } from './job';
import type { AssignmentStore, JobStore } from './store';

export interface JobsDeps {
  jobs: JobStore;
  assignments: AssignmentStore;
  talents: Talents;
  subjects: SubjectStates;
  settings: TenantSettings<TalentSettingsValues>;
  cipher: SubjectCipher;
  now: () => Date;
}

export interface ApplicationRequest {
  assignmentId: string;
  fields: Record<string, string>;
  comment: string;
}

/**
 * Talents assigned to the ATS's jobs and their applications sent to the ATS ("An BMS senden").
 * Both are writes about the person: inside their fence, refused once they are reduced, marked for
 * deletion or asked to be forgotten.
 */
export class Jobs {
  constructor(private readonly deps: JobsDeps) {}

  list(tenantId: string, openOnly: boolean, pageSize: number, pageToken: string): Promise<Page<AtsJob>> {
    return this.deps.jobs.list(tenantId, openOnly, pageSize, pageToken);
  }

  /** Assigns the talent to an open job; assigning again answers the existing assignment. */
  assign(tenantId: string, actorId: string, talentId: string, jobId: string): Promise<JobAssignment> {
    const { talents, subjects, assignments } = this.deps;
    return talents.writeExisting(tenantId, talentId, async () => {
      await subjects.refuseIfRestricted(tenantId, talentId);
      await this.openJob(tenantId, jobId);
      const { assignment, created } = await assignments.insert({ id: newId(), tenantId, talentId, jobId, state: 'assigned', assignedAt: this.deps.now(), assignedBy: actorId });
      if (created) await talents.recordActivity(tenantId, talentId, 'assigned-to-job', actorId);
      return assignment;
    });
  }

  /**
   * Sends the assignment's application to the ATS: AtsApplicationSubmitted with the tenant's ATS
   * fields (each required one filled, else INVALID_ARGUMENT naming it) and the comment, sealed under
   * the person's key in the assignment's outbox until it is published, written with the state.
   */
  async sendApplication(tenantId: string, actorId: string, request: ApplicationRequest): Promise<JobAssignment> {
    const { talents, subjects, assignments, settings, cipher } = this.deps;
    const assignment = await this.assignment(tenantId, request.assignmentId);
    return talents.writeExisting(tenantId, assignment.talentId, async (talent) => {
      await subjects.refuseIfRestricted(tenantId, talent.id);
      const current = await this.assignment(tenantId, request.assignmentId);
      if (current.state === 'sent') throw alreadySent(current.id);
      const job = await this.openJob(tenantId, current.jobId);
      const { fields, violations } = applicationFields((await settings.get(tenantId)).atsFields, talent.profile, request.fields);
      if (violations.length > 0) throw new ValidationError(violations);
      const sent = { sentAt: this.deps.now(), sentBy: actorId, submissionId: newId() };
      const event = await sealedOutboxEntry(
        TOPICS.atsOutbound,
        {
          type: 'lethe.ats.v1.AtsApplicationSubmitted',
          tenantId,
          subjectId: talent.id,
          id: sent.submissionId,
          time: sent.sentAt,
          payload: {
            submissionId: sent.submissionId,
            talentId: talent.id,
            atsCandidateId: talent.atsCandidateId ?? '',
            atsJobId: job.atsJobId,
            fields,
            comment: request.comment,
            submittedAt: toTimestamp(sent.sentAt),
            submittedBy: actorId,
          },
        },
        cipher,
      );
      if (!(await assignments.markSent(tenantId, current.id, sent, event))) throw alreadySent(current.id);
      await talents.recordActivity(tenantId, talent.id, 'application-sent', actorId);
      return { ...current, state: 'sent', ...sent };
    });
  }

  private async assignment(tenantId: string, id: string): Promise<JobAssignment> {
    const assignment = await this.deps.assignments.get(tenantId, id);
    if (!assignment) throw new NotFoundError('job assignment', id);
    return assignment;
  }

  private async openJob(tenantId: string, jobId: string): Promise<AtsJob> {
    const job = await this.deps.jobs.get(tenantId, jobId);
    if (!job) throw new NotFoundError('job', jobId);
    if (!job.open) throw new PreconditionError('JOB_CLOSED', `job ${jobId} is closed`, { type: 'job', id: jobId });
    return job;
  }
}

function alreadySent(id: string): PreconditionError {
  return new PreconditionError('APPLICATION_SENT', `the application of assignment ${id} was sent already`, { type: 'job assignment', id });
}

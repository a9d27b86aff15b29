import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type AtsJob as AtsJobMessage, type JobAssignment as JobAssignmentMessage, type TalentCrmServiceDefinition } from '@lethe/protos';
import { MAX_COMMENT_CHARS, MAX_FIELD_VALUE_CHARS, MAX_REQUEST_FIELDS, type AtsJob, type JobAssignment } from '../jobs/job';
import type { Jobs } from '../jobs/jobs';

/** The ATS's field names, as the tenant's settings name them. */
const ATS_FIELD_NAME = /^[A-Za-z][\w.-]*$/;

const listSchema = z.object({ openOnly: z.boolean(), page: fields.page() });
const assignSchema = z.object({ talentId: fields.id(), jobId: fields.id() });
const sendSchema = z.object({
  assignmentId: fields.id(),
  fields: fields.map(fields.text(MAX_FIELD_VALUE_CHARS), {
    max: MAX_REQUEST_FIELDS,
    key: fields.pattern(ATS_FIELD_NAME, 'must be a field name of the ATS (letters, digits, _ . -, starting with a letter)', { max: 64 }),
  }),
  comment: fields.text(MAX_COMMENT_CHARS).transform((comment) => comment.trim()),
});

function toJobMessage(job: AtsJob): AtsJobMessage {
  return {
    id: job.id,
    atsJobId: job.atsJobId,
    title: job.title,
    location: job.location,
    department: job.department,
    open: job.open,
    openedAt: job.openedAt ? toTimestamp(job.openedAt) : null,
    closedAt: job.closedAt ? toTimestamp(job.closedAt) : null,
  };
}

export function toAssignmentMessage(assignment: JobAssignment): JobAssignmentMessage {
  return {
    id: assignment.id,
    talentId: assignment.talentId,
    jobId: assignment.jobId,
    state: assignment.state === 'sent' ? 'ASSIGNMENT_STATE_SENT' : 'ASSIGNMENT_STATE_ASSIGNED',
    assignedAt: toTimestamp(assignment.assignedAt),
    assignedBy: assignment.assignedBy,
    sentAt: assignment.sentAt ? toTimestamp(assignment.sentAt) : null,
    sentBy: assignment.sentBy ?? '',
    submissionId: assignment.submissionId ?? '',
  };
}

export interface JobsApiDeps {
  jobs: Jobs;
}

/** The ATS's jobs, talents assigned to them, applications sent to the ATS: reads need talents:read, the rest talents:write. */
export function jobHandlers({ jobs }: JobsApiDeps): HandlerTable<TalentCrmServiceDefinition, 'ListAtsJobs' | 'AssignTalentToJob' | 'SendApplicationToAts'> {
  return {
    ListAtsJobs: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      const { openOnly, page } = parseInput(listSchema, request);
      const result = await jobs.list(ctx.tenantId, openOnly, page.pageSize, page.pageToken);
      return { jobs: result.items.map(toJobMessage), page: { nextPageToken: result.nextPageToken } };
    }),
    AssignTalentToJob: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      const { talentId, jobId } = parseInput(assignSchema, request);
      return toAssignmentMessage(await jobs.assign(ctx.tenantId, ctx.actorId, talentId, jobId));
    }),
    SendApplicationToAts: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      return toAssignmentMessage(await jobs.sendApplication(ctx.tenantId, ctx.actorId, parseInput(sendSchema, request)));
    }),
  };
}

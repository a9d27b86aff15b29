import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type JobOrder, type JobOrderAssignment } from '@lethe/protos';
import type { AssignmentDoc, JobOrderDoc } from '../recruiting/model';
import { actorOf } from './candidates';
import { createdOf, idRequest, optionalId, page, requireBelongs } from './fields';
import type { ApiDeps, recruitingDefinition } from './index';

const toJobOrder = (doc: JobOrderDoc): JobOrder => ({ ...createdOf(doc), clientId: doc.clientId, clientRequestId: doc.clientRequestId, jobId: doc.jobId, title: doc.title });
export const toAssignment = (doc: AssignmentDoc): JobOrderAssignment => ({
  id: doc._id,
  jobOrderId: doc.jobOrderId,
  candidateId: doc.candidateId,
  meaning: doc.meaning,
  assigned: doc.assigned,
  changedAt: toTimestamp(doc.changedAt),
  changedBy: doc.changedBy,
});

type Methods = 'CreateJobOrder' | 'GetJobOrder' | 'ListJobOrders' | 'AssignCandidate' | 'UnassignCandidate' | 'ListAssignments';

/** Job orders and the candidates assigned to them. */
export function jobOrderHandlers({ recruiting, candidates, now }: ApiDeps): HandlerTable<typeof recruitingDefinition, Methods> {
  const { jobs, clients, clientRequests, jobOrders, assignments } = recruiting;
  return {
    CreateJobOrder: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ clientId: fields.id(), clientRequestId: optionalId, jobId: optionalId, title: fields.required(200) }), request);
      await clients.get(ctx.tenantId, valid.clientId);
      if (valid.clientRequestId) {
        const clientRequest = await clientRequests.get(ctx.tenantId, valid.clientRequestId);
        requireBelongs('clientRequestId', clientRequest.clientId === valid.clientId, 'must be a request of the client');
      }
      if (valid.jobId) await jobs.get(ctx.tenantId, valid.jobId);
      return toJobOrder(await jobOrders.create(ctx.tenantId, ctx.actorId, { clientId: valid.clientId, clientRequestId: valid.clientRequestId, jobId: valid.jobId, title: valid.title }, now()));
    }),
    GetJobOrder: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toJobOrder(await jobOrders.get(ctx.tenantId, parseInput(idRequest, request).id));
    }),
    ListJobOrders: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ page, clientId: optionalId }), request);
      const result = await jobOrders.list(ctx.tenantId, { clientId: valid.clientId }, valid.page.pageSize, valid.page.pageToken);
      return { jobOrders: result.items.map(toJobOrder), page: { nextPageToken: result.nextPageToken } };
    }),

    AssignCandidate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(
        z.object({
          jobOrderId: fields.id(),
          candidateId: fields.id(),
          meaning: z.enum(['JOB_ORDER_MEANING_NORMAL_PROCESSING', 'JOB_ORDER_MEANING_PLACEMENT'], { errorMap: () => ({ message: 'must be NORMAL_PROCESSING or PLACEMENT' }) }),
        }),
        request,
      );
      await jobOrders.get(ctx.tenantId, valid.jobOrderId);
      return toAssignment(await assignments.assign(actorOf(ctx), valid.jobOrderId, valid.candidateId, valid.meaning, now()));
    }),
    UnassignCandidate: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ jobOrderId: fields.id(), candidateId: fields.id() }), request);
      await jobOrders.get(ctx.tenantId, valid.jobOrderId);
      return toAssignment(await assignments.unassign(actorOf(ctx), valid.jobOrderId, valid.candidateId, now()));
    }),
    ListAssignments: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(
        z.object({ jobOrderId: optionalId, candidateId: optionalId }).refine((value) => Boolean(value.jobOrderId) !== Boolean(value.candidateId), {
          message: 'exactly one of jobOrderId and candidateId is required',
          path: ['jobOrderId'],
        }),
        request,
      );
      if (valid.jobOrderId) await jobOrders.get(ctx.tenantId, valid.jobOrderId);
      else await candidates.require(ctx.tenantId, valid.candidateId, 'read');
      const rows = await assignments.list(ctx.tenantId, valid.jobOrderId ? { jobOrderId: valid.jobOrderId } : { candidateId: valid.candidateId });
      return { assignments: rows.map(toAssignment) };
    }),
  };
}

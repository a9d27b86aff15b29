import { z } from 'zod';
import { requireRight, RIGHTS, type RequestContext } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type Application, type Presentation, type StatusChange } from '@lethe/protos';
import type { ApplicationDoc, PresentationDoc, StatusChangeRow } from '../recruiting/model';
import { permitSource } from '../recruiting/sources';
import type { StatusRecords } from '../recruiting/status-records';
import { actorOf } from './candidates';
import { idRequest, metaStatusFilter, optionalId, page, statusKey, statusKeyFilter, timestamp } from './fields';
import type { ApiDeps, recruitingDefinition } from './index';

const source = z
  .enum(['STATUS_CHANGE_SOURCE_UNSPECIFIED', 'STATUS_CHANGE_SOURCE_MANUAL', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK', 'STATUS_CHANGE_SOURCE_PROFILE_SENT'], {
    errorMap: () => ({ message: 'must be MANUAL, CLIENT_FEEDBACK or PROFILE_SENT' }),
  })
  .transform((value) => (value === 'STATUS_CHANGE_SOURCE_UNSPECIFIED' ? 'STATUS_CHANGE_SOURCE_MANUAL' : value));
const setStatusRequest = z.object({ id: fields.id(), statusKey, source });
/** An application may be dated up to this much ahead (clocks of callers differ). */
const CLOCK_SKEW_MS = 60_000;

function toStatusChange(row: StatusChangeRow): StatusChange {
  return { statusKey: row.statusKey, metaStatus: row.metaStatus, finalOutcome: row.finalOutcome, setAt: toTimestamp(row.setAt), setBy: row.setBy, source: row.source };
}

export const toApplication = (doc: ApplicationDoc): Application => ({
  id: doc._id,
  candidateId: doc.candidateId,
  jobId: doc.jobId,
  appliedAt: toTimestamp(doc.appliedAt),
  status: toStatusChange(doc.status),
  history: doc.history.map(toStatusChange),
});

export const toPresentation = (doc: PresentationDoc): Presentation => ({
  id: doc._id,
  candidateId: doc.candidateId,
  clientRequestId: doc.clientRequestId,
  clientId: doc.clientId,
  status: toStatusChange(doc.status),
  history: doc.history.map(toStatusChange),
  createdAt: toTimestamp(doc.createdAt),
});

/** Reading, listing and changing the status of applications and presentations alike. */
function statusRecordCalls<D extends ApplicationDoc | PresentationDoc, M>(records: StatusRecords<D>, toMessage: (doc: D) => M, targetField: 'jobId' | 'clientRequestId', now: () => Date) {
  // Each request has only its own target field (the job or the client request).
  const listRequest = z.object({ page, candidateId: optionalId, statusKey: statusKeyFilter, metaStatus: metaStatusFilter, jobId: optionalId.optional(), clientRequestId: optionalId.optional() });
  return {
    get: async (request: unknown, ctx: RequestContext): Promise<M> => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toMessage(await records.get(ctx.tenantId, parseInput(idRequest, request).id));
    },
    set: async (request: unknown, ctx: RequestContext): Promise<M> => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(setStatusRequest, request);
      permitSource(valid.statusKey, valid.source, ctx.actorKind);
      return toMessage(await records.setStatus(actorOf(ctx), valid.id, valid.statusKey, valid.source, now()));
    },
    list: async (request: unknown, ctx: RequestContext): Promise<{ items: M[]; nextPageToken: string }> => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(listRequest, request);
      const filter = { candidateId: valid.candidateId || undefined, targetId: valid[targetField] || undefined, statusKey: valid.statusKey, metaStatus: valid.metaStatus };
      const result = await records.list(ctx.tenantId, filter, valid.page.pageSize, valid.page.pageToken);
      return { items: result.items.map(toMessage), nextPageToken: result.nextPageToken };
    },
  };
}

type ApplicationMethods = 'CreateApplication' | 'GetApplication' | 'SetApplicationStatus' | 'ListApplications';

export function applicationHandlers({ recruiting, now }: ApiDeps): HandlerTable<typeof recruitingDefinition, ApplicationMethods> {
  const { applications, jobs } = recruiting;
  const calls = statusRecordCalls(applications, toApplication, 'jobId', now);
  return {
    CreateApplication: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const at = now();
      const valid = parseInput(
        z.object({
          candidateId: fields.id(),
          jobId: fields.id(),
          statusKey,
          appliedAt: timestamp.refine((value) => value === undefined || value.getTime() <= at.getTime() + CLOCK_SKEW_MS, 'must not be in the future'),
          source,
        }),
        request,
      );
      permitSource(valid.statusKey, valid.source, ctx.actorKind);
      await jobs.get(ctx.tenantId, valid.jobId);
      return toApplication(await applications.create(actorOf(ctx), { candidateId: valid.candidateId, jobId: valid.jobId, appliedAt: valid.appliedAt ?? at }, valid.statusKey, valid.source, at));
    }),
    GetApplication: unary((request, ctx) => calls.get(request, ctx)),
    SetApplicationStatus: unary((request, ctx) => calls.set(request, ctx)),
    ListApplications: unary(async (request, ctx) => {
      const { items, nextPageToken } = await calls.list(request, ctx);
      return { applications: items, page: { nextPageToken } };
    }),
  };
}

type PresentationMethods = 'CreatePresentation' | 'GetPresentation' | 'SetPresentationStatus' | 'ListPresentations';

export function presentationHandlers({ recruiting, now }: ApiDeps): HandlerTable<typeof recruitingDefinition, PresentationMethods> {
  const { presentations, clientRequests } = recruiting;
  const calls = statusRecordCalls(presentations, toPresentation, 'clientRequestId', now);
  return {
    CreatePresentation: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ candidateId: fields.id(), clientRequestId: fields.id(), statusKey, source }), request);
      permitSource(valid.statusKey, valid.source, ctx.actorKind);
      const clientRequest = await clientRequests.get(ctx.tenantId, valid.clientRequestId);
      const fieldsOf = { candidateId: valid.candidateId, clientRequestId: clientRequest._id, clientId: clientRequest.clientId };
      return toPresentation(await presentations.create(actorOf(ctx), fieldsOf, valid.statusKey, valid.source, now()));
    }),
    GetPresentation: unary((request, ctx) => calls.get(request, ctx)),
    SetPresentationStatus: unary((request, ctx) => calls.set(request, ctx)),
    ListPresentations: unary(async (request, ctx) => {
      const { items, nextPageToken } = await calls.list(request, ctx);
      return { presentations: items, page: { nextPageToken } };
    }),
  };
}

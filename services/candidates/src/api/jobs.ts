import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import type { Job } from '@lethe/protos';
import type { JobDoc } from '../recruiting/model';
import { createdOf, idRequest, optionalId, page } from './fields';
import type { ApiDeps, recruitingDefinition } from './index';

export const toJob = (doc: JobDoc): Job => ({ ...createdOf(doc), title: doc.title, location: doc.location, clientId: doc.clientId });

export function jobHandlers({ recruiting, now }: ApiDeps): HandlerTable<typeof recruitingDefinition, 'CreateJob' | 'GetJob' | 'ListJobs'> {
  const { jobs, clients } = recruiting;
  return {
    CreateJob: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(z.object({ title: fields.required(200), location: fields.optional(200), clientId: optionalId }), request);
      if (valid.clientId) await clients.get(ctx.tenantId, valid.clientId);
      return toJob(await jobs.create(ctx.tenantId, ctx.actorId, { title: valid.title, location: valid.location ?? '', clientId: valid.clientId }, now()));
    }),
    GetJob: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toJob(await jobs.get(ctx.tenantId, parseInput(idRequest, request).id));
    }),
    ListJobs: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ page, clientId: optionalId }), request);
      const result = await jobs.list(ctx.tenantId, { clientId: valid.clientId }, valid.page.pageSize, valid.page.pageToken);
      return { jobs: result.items.map(toJob), page: { nextPageToken: result.nextPageToken } };
    }),
  };
}

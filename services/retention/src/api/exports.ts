import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { serverStream, unary } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type SelfServiceLink, type SubjectExport } from '@lethe/protos';
import type { SubjectExportView } from '../exports/exports';
import { EXPORT_STATE } from '../exports/rules';
import { REQUESTED_BY } from '../requests/rules';
import type { RetentionApiDeps, RetentionHandlers } from './deps';

function toSubjectExportMessage(view: SubjectExportView): SubjectExport {
  return {
    exportId: view.exportId,
    subjectId: view.subjectId,
    state: EXPORT_STATE.toProto(view.state),
    requestedBy: REQUESTED_BY.toProto(view.requestedBy),
    requestedByActor: view.requestedByActor,
    requestedAt: toTimestamp(view.requestedAt),
    completedAt: view.completedAt ? toTimestamp(view.completedAt) : null,
    expiresAt: view.expiresAt ? toTimestamp(view.expiresAt) : null,
    failedService: view.failedService ?? '',
    failureReason: view.failureReason ?? '',
    sizeBytes: String(view.sizeBytes),
    services: view.services.map(({ service, state, answeredAt }) => ({ service, state, answeredAt: answeredAt ? toTimestamp(answeredAt) : null })),
  };
}

/** Export ids are time-ordered UUIDv7s. */
const exportRequest = z.object({ exportId: z.string().min(1, 'is required').pipe(fields.pattern(/^[0-9a-f-]+$/, 'must be an export id', { max: 36 })) });
const subjectRequest = z.object({ subjectId: fields.id() });

/** The data export for a recruiter with subjects:export: started, watched, listed and downloaded. */
export function exportHandlers({ exports, rateLimits }: RetentionApiDeps): RetentionHandlers<'RequestSubjectExport' | 'GetSubjectExport' | 'ListSubjectExports' | 'DownloadSubjectExport'> {
  return {
    RequestSubjectExport: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.exportSubjects);
      const { subjectId } = parseInput(subjectRequest, request);
      await rateLimits.takeCall('expensive', ctx);
      return toSubjectExportMessage(await exports.start(ctx.tenantId, subjectId, { kind: 'recruiter', actorId: ctx.actorId }));
    }),
    GetSubjectExport: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.exportSubjects);
      const { exportId } = parseInput(exportRequest, request);
      return toSubjectExportMessage(await exports.get(ctx.tenantId, exportId));
    }),
    ListSubjectExports: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.exportSubjects);
      const { subjectId } = parseInput(subjectRequest, request);
      return { exports: (await exports.list(ctx.tenantId, subjectId)).map(toSubjectExportMessage) };
    }),
    DownloadSubjectExport: serverStream(async function* (request, ctx) {
      requireRight(ctx, RIGHTS.exportSubjects);
      const { exportId } = parseInput(exportRequest, request);
      for await (const data of await exports.download(ctx.tenantId, exportId)) yield { data };
    }),
  };
}

/** The candidate's download link: valid until their newest package expires (not single-use), for the message to them. */
export async function downloadLinkMessage({ exports, publicUrl, now }: Pick<RetentionApiDeps, 'exports' | 'publicUrl' | 'now'>, tenantId: string, request: unknown): Promise<SelfServiceLink> {
  const { subjectId } = parseInput(subjectRequest, request);
  const link = await exports.downloadLink(tenantId, subjectId, now());
  return { token: link.token, url: publicUrl ? `${publicUrl}${link.path}` : link.path, expiresAt: toTimestamp(link.expiresAt) };
}

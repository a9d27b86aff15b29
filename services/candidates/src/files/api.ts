import { z } from 'zod';
import { fields, parseInput, requireRight, RIGHTS, ValidationError, type RequestContext } from '@lethe/platform';
import { toTimestamp, type CandidateFile, type UploadFileRequest__Output } from '@lethe/protos';
import type { ActivityStore } from '../activity/activity-log';
import { confirmWrites } from '../candidates/directory';
import type { CandidateStore } from '../candidates/store';
import type { FileStore, FileView } from './store';

const headerSchema = z.object({
  candidateId: fields.id(),
  kind: z.enum(['FILE_KIND_CV', 'FILE_KIND_PHOTO', 'FILE_KIND_ATTACHMENT'], { errorMap: () => ({ message: 'must be a file kind' }) }),
  fileName: fields.required(255),
});
export const fileRequest = z.object({ candidateId: fields.id(), fileId: fields.id() });

export function toFileMessage(view: FileView): CandidateFile {
  const { doc } = view;
  return {
    id: doc._id,
    candidateId: doc.candidateId,
    kind: doc.kind,
    fileName: view.fileName,
    contentType: doc.contentType,
    size: String(doc.size),
    uploadedAt: toTimestamp(doc.uploadedAt),
    uploadedBy: doc.uploadedBy,
  };
}

/** The chunks after the header; a second header is a bad request. */
async function* chunksOf(messages: AsyncIterator<UploadFileRequest__Output>): AsyncIterable<Buffer> {
  for (;;) {
    const next = await messages.next();
    if (next.done) return;
    if (next.value.part !== 'chunk' || !next.value.chunk) {
      throw new ValidationError([{ field: 'chunk', description: 'every message after the header must be a chunk', code: 'invalid_value' }]);
    }
    yield next.value.chunk;
  }
}

/** UploadFile: header first, then the content; the candidate must be editable before and after. */
export async function uploadFile(
  requests: AsyncIterable<UploadFileRequest__Output>,
  ctx: RequestContext,
  deps: { candidates: CandidateStore; files: FileStore; activities: ActivityStore; now: () => Date },
): Promise<CandidateFile> {
  requireRight(ctx, RIGHTS.writeCandidates);
  const messages = requests[Symbol.asyncIterator]();
  const first = await messages.next();
  if (first.done || first.value.part !== 'header' || !first.value.header) {
    throw new ValidationError([{ field: 'header', description: 'the first message must carry the header', code: 'required' }]);
  }
  const header = parseInput(headerSchema, first.value.header);
  await deps.candidates.require(ctx.tenantId, header.candidateId, 'edit');
  const uploadedAt = deps.now();
  const view = await deps.files.upload(
    { tenantId: ctx.tenantId, candidateId: header.candidateId, kind: header.kind, fileName: header.fileName, uploadedBy: ctx.actorId, uploadedAt },
    chunksOf(messages),
  );
  const activityId = await deps.activities.record({
    tenantId: ctx.tenantId,
    candidateId: header.candidateId,
    kind: header.kind === 'FILE_KIND_CV' ? 'ACTIVITY_KIND_CV_UPLOADED' : 'ACTIVITY_KIND_FILE_UPLOADED',
    actorId: ctx.actorId,
    occurredAt: uploadedAt,
    refs: { fileId: view.doc._id },
  });
  // An erasure or a mark that came while the content streamed did not see this file: it goes now.
  await confirmWrites(deps.candidates, ctx.tenantId, header.candidateId, 'edit', async () => {
    await deps.files.discard(ctx.tenantId, view.doc._id);
    await deps.activities.remove(ctx.tenantId, activityId);
  });
  return toFileMessage(view);
}

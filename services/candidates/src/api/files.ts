import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { ValidationError } from '@lethe/platform/errors';
import { clientStream, serverStream, unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type CandidateFile, type UploadFileRequest__Output } from '@lethe/protos';
import type { FileView } from '../files/store';
import { receiveFile } from '../files/upload';
import type { ApiDeps, candidatesDefinition } from './index';

const headerSchema = z.object({
  candidateId: fields.id(),
  kind: z.enum(['FILE_KIND_CV', 'FILE_KIND_PHOTO', 'FILE_KIND_ATTACHMENT'], { errorMap: () => ({ message: 'must be a file kind' }) }),
  fileName: fields.required(255),
});
const fileRequest = z.object({ candidateId: fields.id(), fileId: fields.id() });

export function toFileMessage(view: FileView): CandidateFile {
  const { doc } = view;
  return { id: doc._id, candidateId: doc.candidateId, kind: doc.kind, fileName: view.fileName, contentType: doc.contentType, size: String(doc.size), uploadedAt: toTimestamp(doc.uploadedAt), uploadedBy: doc.uploadedBy };
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

type Methods = 'UploadFile' | 'DownloadFile' | 'ListFiles' | 'DeleteFile';

export function fileHandlers({ candidates, files, activities, now }: ApiDeps): HandlerTable<typeof candidatesDefinition, Methods> {
  return {
    /** The header first, then the content; stored once all of it arrived, as a write of the candidate. */
    UploadFile: clientStream(async (requests, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const messages = requests[Symbol.asyncIterator]();
      const first = await messages.next();
      if (first.done || first.value.part !== 'header' || !first.value.header) {
        throw new ValidationError([{ field: 'header', description: 'the first message must carry the header', code: 'required' }]);
      }
      const header = parseInput(headerSchema, first.value.header, 'header');
      // Refused before the content is read when the candidate cannot take files now.
      await candidates.require(ctx.tenantId, header.candidateId, 'edit');
      const content = await receiveFile(header.kind, chunksOf(messages));
      const view = await candidates.write(ctx.tenantId, header.candidateId, 'edit', async () => {
        const uploadedAt = now();
        const saved = await files.save({ tenantId: ctx.tenantId, candidateId: header.candidateId, kind: header.kind, fileName: header.fileName, uploadedBy: ctx.actorId, uploadedAt }, content);
        const kind = header.kind === 'FILE_KIND_CV' ? 'ACTIVITY_KIND_CV_UPLOADED' : 'ACTIVITY_KIND_FILE_UPLOADED';
        await activities.record({ tenantId: ctx.tenantId, candidateId: header.candidateId, kind, actorId: ctx.actorId, occurredAt: uploadedAt, refs: { fileId: saved.doc._id } });
        return saved;
      });
      return toFileMessage(view);
    }),

    DownloadFile: serverStream(async function* (request, ctx) {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(fileRequest, request);
      await candidates.require(ctx.tenantId, valid.candidateId, 'read');
      const file = await files.get(ctx.tenantId, valid.candidateId, valid.fileId);
      yield { file: toFileMessage(file) };
      for await (const chunk of files.content(file.doc)) yield { chunk };
    }),

    ListFiles: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ candidateId: fields.id() }), request);
      await candidates.require(ctx.tenantId, valid.candidateId, 'read');
      return { files: (await files.list(ctx.tenantId, valid.candidateId)).map(toFileMessage) };
    }),

    DeleteFile: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(fileRequest, request);
      await candidates.write(ctx.tenantId, valid.candidateId, 'edit', () => files.delete(ctx.tenantId, valid.candidateId, valid.fileId));
      return {};
    }),
  };
}

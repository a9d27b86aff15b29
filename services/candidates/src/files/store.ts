import { Schema, type Connection } from 'mongoose';
import type { SubjectCipher } from '@lethe/platform/crypto';
import { NotFoundError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import { defineTenantModel, TenantRepository } from '@lethe/platform/mongo';
import type { FileKind, ReceivedFile } from './upload';

/** Content is stored in encrypted chunks of this size. */
const CHUNK_BYTES = 256 * 1024;

export interface FileDoc {
  _id: string;
  tenantId: string;
  candidateId: string;
  kind: FileKind;
  /** Ciphertext: a file name often carries the person's name. */
  fileName: string;
  contentType: string;
  size: number;
  chunkCount: number;
  uploadedAt: Date;
  uploadedBy: string;
}

export interface ChunkDoc {
  _id: string;
  tenantId: string;
  candidateId: string;
  fileId: string;
  index: number;
  data: string;
}

const fileSchema = new Schema<FileDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    candidateId: { type: String, required: true },
    kind: { type: String, required: true },
    fileName: { type: String, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    chunkCount: { type: Number, required: true },
    uploadedAt: { type: Date, required: true },
    uploadedBy: { type: String, required: true },
  },
  { versionKey: false },
);
fileSchema.index({ tenantId: 1, candidateId: 1 });

const chunkSchema = new Schema<ChunkDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    candidateId: { type: String, required: true },
    fileId: { type: String, required: true },
    index: { type: Number, required: true },
    data: { type: String, required: true },
  },
  { versionKey: false },
);
chunkSchema.index({ tenantId: 1, fileId: 1, index: 1 });
chunkSchema.index({ tenantId: 1, candidateId: 1 });

export interface NewFile {
  tenantId: string;
  candidateId: string;
  kind: FileKind;
  fileName: string;
  uploadedBy: string;
  uploadedAt: Date;
}

/** A stored file's metadata with the file name decrypted. */
export interface FileView {
  doc: FileDoc;
  fileName: string;
}

/** The cipher field of a chunk: binds each ciphertext to its file and position. */
const chunkField = (fileId: string, index: number) => `file.${fileId}.${index}`;
const FILE_NAME_FIELD = 'fileName';

/**
 * Candidates' files: metadata in `candidate_files`, the content in encrypted chunks in
 * `candidate_file_chunks`, all under the candidate's data key, so shredding the key makes every
 * copy unreadable. The metadata document is written last: a file exists once all of it is stored.
 */
export class FileStore {
  readonly files: TenantRepository<FileDoc>;
  readonly chunks: TenantRepository<ChunkDoc>;

  constructor(
    connection: Connection,
    private readonly cipher: SubjectCipher,
  ) {
    const fileModel = defineTenantModel(connection, 'CandidateFile', fileSchema, 'candidate_files');
    const chunkModel = defineTenantModel(connection, 'CandidateFileChunk', chunkSchema, 'candidate_file_chunks');
    this.files = new TenantRepository(fileModel, { resourceType: 'file' });
    this.chunks = new TenantRepository(chunkModel, { resourceType: 'file' });
  }

  /** Stores a received file under the candidate's key. */
  async save(file: NewFile, content: ReceivedFile): Promise<FileView> {
    const { tenantId, candidateId } = file;
    const fileId = newId();
    let chunkCount = 0;
    try {
      for (let start = 0; start < content.bytes.length; start += CHUNK_BYTES) {
        const data = await this.cipher.encrypt(tenantId, candidateId, chunkField(fileId, chunkCount), content.bytes.subarray(start, start + CHUNK_BYTES));
        await this.chunks.insert(tenantId, { _id: `${fileId}.${chunkCount}`, candidateId, fileId, index: chunkCount, data });
        chunkCount += 1;
      }
      const doc: FileDoc = {
        _id: fileId,
        tenantId,
        candidateId,
        kind: file.kind,
        fileName: await this.cipher.encrypt(tenantId, candidateId, FILE_NAME_FIELD, file.fileName),
        contentType: content.contentType,
        size: content.bytes.length,
        chunkCount,
        uploadedAt: file.uploadedAt,
        uploadedBy: file.uploadedBy,
      };
      await this.files.insert(tenantId, doc);
      return { doc, fileName: file.fileName };
    } catch (err) {
      await this.chunks.deleteMany(tenantId, { fileId });
      throw err;
    }
  }

  async list(tenantId: string, candidateId: string): Promise<FileView[]> {
    const docs = await this.files.find(tenantId, { candidateId }, { sort: { _id: 1 } });
    return Promise.all(docs.map(async (doc) => ({ doc, fileName: await this.cipher.decrypt(tenantId, candidateId, FILE_NAME_FIELD, doc.fileName) })));
  }

  async get(tenantId: string, candidateId: string, fileId: string): Promise<FileView> {
    const doc = await this.files.findOne(tenantId, { _id: fileId, candidateId });
    if (!doc) throw new NotFoundError('file', fileId);
    return { doc, fileName: await this.cipher.decrypt(tenantId, candidateId, FILE_NAME_FIELD, doc.fileName) };
  }

  /** The decrypted content, chunk by chunk, in order. */
  async *content(file: FileDoc): AsyncIterable<Buffer> {
    for (let index = 0; index < file.chunkCount; index++) {
      const chunk = await this.chunks.findById(file.tenantId, `${file._id}.${index}`);
      if (!chunk) throw new NotFoundError('file', file._id);
      yield this.cipher.decryptBuffer(file.tenantId, file.candidateId, chunkField(file._id, index), chunk.data);
    }
  }

  async delete(tenantId: string, candidateId: string, fileId: string): Promise<void> {
    const removed = await this.files.deleteMany(tenantId, { _id: fileId, candidateId });
    if (removed === 0) throw new NotFoundError('file', fileId);
    await this.chunks.deleteMany(tenantId, { fileId });
  }

  /** Every file of the candidate, metadata and content; returns how many documents went. */
  async deleteOf(tenantId: string, candidateId: string): Promise<{ files: number; fileChunks: number }> {
    const files = await this.files.deleteMany(tenantId, { candidateId });
    const fileChunks = await this.chunks.deleteMany(tenantId, { candidateId });
    return { files, fileChunks };
  }

  /**
   * Hands the files of one candidate to another (a merge): every ciphertext is re-encrypted under
   * the receiving candidate's key before the giving candidate's key is destroyed. Returns how many
   * files moved.
   */
  async move(tenantId: string, fromId: string, toId: string): Promise<number> {
    const files = await this.files.find(tenantId, { candidateId: fromId });
    for (const file of files) {
      for (let index = 0; index < file.chunkCount; index++) {
        const chunk = await this.chunks.findById(tenantId, `${file._id}.${index}`);
        if (!chunk) continue;
        const field = chunkField(file._id, index);
        const plain = await this.cipher.decryptBuffer(tenantId, fromId, field, chunk.data);
        await this.chunks.updateOne(tenantId, { _id: chunk._id }, { $set: { candidateId: toId, data: await this.cipher.encrypt(tenantId, toId, field, plain) } });
      }
      const fileName = await this.cipher.decrypt(tenantId, fromId, FILE_NAME_FIELD, file.fileName);
      await this.files.updateOne(tenantId, { _id: file._id }, { $set: { candidateId: toId, fileName: await this.cipher.encrypt(tenantId, toId, FILE_NAME_FIELD, fileName) } });
    }
    return files.length;
  }
}

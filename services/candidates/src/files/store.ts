import { Types, Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel, NotFoundError, SubjectShreddedError, TenantRepository, ValidationError, type SubjectCipher } from '@lethe/platform';
import { ACCEPTED_TYPES, detectContentType, SNIFF_BYTES } from './content-type';

/** Largest file a candidate may have (CVs and photos; larger files are refused while streaming). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Content is stored in encrypted chunks of this size. */
const CHUNK_BYTES = 256 * 1024;

export type StoredFileKind = keyof typeof ACCEPTED_TYPES;

export interface FileDoc {
  _id: string;
  tenantId: string;
  candidateId: string;
  kind: StoredFileKind;
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

export interface FileUpload {
  tenantId: string;
  candidateId: string;
  kind: StoredFileKind;
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
 * Candidates' files in MongoDB: metadata in `candidate_files`, the content in encrypted chunks in
 * `candidate_file_chunks`, all under the candidate's data key, so shredding the key makes every
 * copy unreadable. The metadata document is written last: a file exists once all of it is stored.
 */
export class FileStore {
  readonly files: TenantRepository<FileDoc>;
  readonly chunks: TenantRepository<ChunkDoc>;
  private readonly fileModel: Model<FileDoc>;
  private readonly chunkModel: Model<ChunkDoc>;

  constructor(
    connection: Connection,
    private readonly cipher: SubjectCipher,
  ) {
    this.fileModel = defineTenantModel(connection, 'CandidateFile', fileSchema, 'candidate_files');
    this.chunkModel = defineTenantModel(connection, 'CandidateFileChunk', chunkSchema, 'candidate_file_chunks');
    this.files = new TenantRepository(this.fileModel, { resourceType: 'file' });
    this.chunks = new TenantRepository(this.chunkModel, { resourceType: 'file' });
  }

  async init(): Promise<void> {
    await Promise.all([this.fileModel.init(), this.chunkModel.init()]);
  }

  /** Stores the streamed content; refuses too large files and content whose magic bytes do not fit the kind. */
  async upload(upload: FileUpload, content: AsyncIterable<Buffer>): Promise<FileView> {
    const { tenantId, candidateId } = upload;
    const fileId = new Types.ObjectId().toHexString();
    let pending = Buffer.alloc(0);
    let size = 0;
    let chunkCount = 0;
    let contentType: string | undefined;

    const flush = async (bytes: Buffer) => {
      const data = await this.cipher.encrypt(tenantId, candidateId, chunkField(fileId, chunkCount), bytes);
      await this.chunks.insert(tenantId, { _id: `${fileId}.${chunkCount}`, candidateId, fileId, index: chunkCount, data });
      chunkCount += 1;
    };
    const sniff = () => {
      contentType = detectContentType(pending.subarray(0, SNIFF_BYTES));
      if (!contentType || !ACCEPTED_TYPES[upload.kind].includes(contentType)) {
        throw new ValidationError([{ field: 'chunk', description: `content must be one of ${ACCEPTED_TYPES[upload.kind].join(', ')} (detected from its bytes)`, code: 'unsupported_content_type' }]);
      }
    };

    try {
      for await (const part of content) {
        size += part.length;
        if (size > MAX_FILE_BYTES) throw new ValidationError([{ field: 'chunk', description: `file must be at most ${MAX_FILE_BYTES} bytes`, code: 'too_large' }]);
        pending = Buffer.concat([pending, part]);
        if (!contentType && pending.length >= SNIFF_BYTES) sniff();
        while (contentType && pending.length >= CHUNK_BYTES) {
          await flush(pending.subarray(0, CHUNK_BYTES));
          pending = pending.subarray(CHUNK_BYTES);
        }
      }
      if (size === 0) throw new ValidationError([{ field: 'chunk', description: 'file must not be empty', code: 'required' }]);
      if (!contentType) sniff();
      if (pending.length > 0) await flush(pending);
      const doc: FileDoc = {
        _id: fileId,
        tenantId,
        candidateId,
        kind: upload.kind,
        fileName: await this.cipher.encrypt(tenantId, candidateId, FILE_NAME_FIELD, upload.fileName),
        contentType: contentType!,
        size,
        chunkCount,
        uploadedAt: upload.uploadedAt,
        uploadedBy: upload.uploadedBy,
      };
      await this.files.insert(tenantId, doc);
      return { doc, fileName: upload.fileName };
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

  /** One file and its content, whether or not an erasure removed them already. */
  async discard(tenantId: string, fileId: string): Promise<void> {
    await this.files.deleteMany(tenantId, { _id: fileId });
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
   * the receiving candidate's key before the giving candidate's key is shredded. A file that an
   * erasure of the giving candidate removed meanwhile goes entirely, with any chunk handed over
   * already. Returns the ids of the files moved.
   */
  async move(tenantId: string, fromId: string, toId: string): Promise<string[]> {
    const files = await this.files.find(tenantId, { candidateId: fromId });
    const moved: string[] = [];
    for (const file of files) {
      if (await this.moveOne(file, toId)) moved.push(file._id);
      else await this.discard(tenantId, file._id);
    }
    return moved;
  }

  /** False when an erasure of the giving candidate overtook the move: its key or the file is gone. */
  private async moveOne(file: FileDoc, toId: string): Promise<boolean> {
    const { tenantId, candidateId: fromId } = file;
    try {
      for (let index = 0; index < file.chunkCount; index++) {
        const chunk = await this.chunks.findById(tenantId, `${file._id}.${index}`);
        if (!chunk) continue;
        const field = chunkField(file._id, index);
        const plain = await this.cipher.decryptBuffer(tenantId, fromId, field, chunk.data);
        await this.chunks.updateOne(tenantId, { _id: chunk._id }, { $set: { candidateId: toId, data: await this.cipher.encrypt(tenantId, toId, field, plain) } });
      }
      const fileName = await this.cipher.decrypt(tenantId, fromId, FILE_NAME_FIELD, file.fileName);
      const { matched } = await this.files.updateOne(tenantId, { _id: file._id, candidateId: fromId }, { $set: { candidateId: toId, fileName: await this.cipher.encrypt(tenantId, toId, FILE_NAME_FIELD, fileName) } });
      return matched > 0;
    } catch (err) {
      if (err instanceof SubjectShreddedError) return false;
      throw err;
    }
  }
}

import { z } from 'zod';
import { fromTimestamp, loadGrpcObject, type ExportFileChunk, type ExportSubjectChunk, type ExportSubjectChunk__Output, type SubjectExportProto } from '@lethe/protos';
import { requireServiceRight, RIGHTS } from '../auth/context';
import type { Tombstones } from '../erasure/tombstones';
import type { LinkTokens } from '../links/link-tokens';
import { PreconditionError, TooLargeError } from '../errors/errors';
import { defineService, serverStream, type ServiceRegistration } from '../grpc/handlers';
import { fields, parseInput } from '../validation';

/** One record of a section: a plain JSON object (dates become ISO strings; binary content goes in files). */
export type ExportRecord = Readonly<Record<string, unknown>>;

export interface ExportedFile {
  /** How the section's records refer to the file. */
  fileId: string;
  section: string;
  name: string;
  contentType: string;
  content: Buffer | AsyncIterable<Buffer>;
}

/** A part of what a service holds about a subject: records of a section, or a file. */
export type ExportPart = { kind: 'records'; section: string; records: readonly ExportRecord[] } | { kind: 'file'; file: ExportedFile };

export interface ExportedSubject {
  tenantId: string;
  subjectId: string;
}

/**
 * What a service holds about a subject, decrypted, in the shape it documents (`src/export.ts` of
 * each service). Records of one section may be yielded in several parts; files after the records.
 */
export type SubjectExporter = (subject: ExportedSubject) => AsyncIterable<ExportPart>;

export const exportRecords = (section: string, records: readonly ExportRecord[]): ExportPart => ({ kind: 'records', section, records });
export const exportFile = (file: ExportedFile): ExportPart => ({ kind: 'file', file });

type Timestamp = NonNullable<Parameters<typeof fromTimestamp>[0]>;

const isTimestamp = (value: object): value is Timestamp => {
  const keys = Object.keys(value);
  return keys.length === 2 && 'seconds' in value && 'nanos' in value;
};

/**
 * An API message (what a service's converter makes for its gRPC answers) as an export record: the
 * same field names and enum words, its google.protobuf.Timestamps as ISO dates.
 */
export function exportRecordOf(message: object): ExportRecord {
  const plain = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(plain);
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array || value instanceof Date) return value;
    if (isTimestamp(value)) return fromTimestamp(value);
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, plain(field)]));
  };
  return plain(message) as ExportRecord;
}

/** The subject's signed links as the `links` section: purpose, scope, when issued, used and expiring; never the token. */
export async function* exportLinksOf(links: LinkTokens, { tenantId, subjectId }: ExportedSubject): AsyncGenerator<ExportPart> {
  const issued = await links.ofSubject(tenantId, subjectId);
  if (issued.length > 0) yield exportRecords('links', issued.map(({ id, purpose, scope, issuedAt, expiresAt, usedAt }) => ({ id, purpose, scope, issuedAt, expiresAt, usedAt })));
}

/** Records are sent in messages of about this size, files in parts of it: well below the gRPC message limits. */
export const EXPORT_CHUNK_BYTES = 256 * 1024;

export const subjectExportDefinition = loadGrpcObject<SubjectExportProto>().lethe.export.v1.SubjectExportService.service;

/** A record's JSON; binary values are refused, since they belong in files. */
function recordJson(record: ExportRecord): string {
  // The holder's own value: a Buffer's toJSON has already run on `value`.
  return JSON.stringify(record, function (this: Record<string, unknown>, key, value: unknown) {
    if (this[key] instanceof Uint8Array) throw new Error('an export record holds binary data: export it as a file');
    return value;
  });
}

/** The records of one section as messages of about EXPORT_CHUNK_BYTES each (a larger record goes alone). */
export function* recordChunks(section: string, records: readonly ExportRecord[]): Generator<ExportSubjectChunk> {
  let batch: string[] = [];
  let size = 0;
  const flush = (): ExportSubjectChunk => {
    const chunk = { records: { section, recordsJson: `[${batch.join(',')}]` } };
    batch = [];
    size = 0;
    return chunk;
  };
  for (const record of records) {
    const json = recordJson(record);
    if (batch.length > 0 && size + json.length > EXPORT_CHUNK_BYTES) yield flush();
    batch.push(json);
    size += json.length + 1;
  }
  if (batch.length > 0) yield flush();
}

/** A file as parts of at most EXPORT_CHUNK_BYTES; the first names it, the last is marked. */
export async function* fileChunks(file: ExportedFile): AsyncGenerator<ExportSubjectChunk> {
  const header: Omit<ExportFileChunk, 'data' | 'last'> = { fileId: file.fileId, section: file.section, name: file.name, contentType: file.contentType };
  const sources: AsyncIterable<Buffer> | Buffer[] = Buffer.isBuffer(file.content) ? [file.content] : file.content;
  let pending: Buffer | undefined;
  for await (const source of sources) {
    for (let offset = 0; offset < source.length; offset += EXPORT_CHUNK_BYTES) {
      if (pending) yield { file: { ...header, data: pending, last: false } };
      pending = source.subarray(offset, offset + EXPORT_CHUNK_BYTES);
    }
  }
  yield { file: { ...header, data: pending ?? Buffer.alloc(0), last: true } };
}

const exportRequest = z.object({ subjectId: fields.id() });

/**
 * The service's side of the access protocol: ExportSubject streams what `exporter` yields, only to
 * a service token with the export right (retention's), and refuses a subject this service erased.
 */
export function subjectExportService(exporter: SubjectExporter, tombstones: Tombstones): ServiceRegistration {
  return defineService(subjectExportDefinition).implement({
    ExportSubject: serverStream(async function* (request, ctx) {
      requireServiceRight(ctx, RIGHTS.exportSubjects);
      const { subjectId } = parseInput(exportRequest, request);
      if (await tombstones.isErased(ctx.tenantId, subjectId)) throw new PreconditionError('SUBJECT_ERASED', `subject ${subjectId} has been erased`, { type: 'subject', id: subjectId });
      for await (const part of exporter({ tenantId: ctx.tenantId, subjectId })) {
        if (part.kind === 'records') yield* recordChunks(part.section, part.records);
        else yield* fileChunks(part.file);
      }
    }),
  });
}

/** A file of a received export, whole. */
export interface ReceivedFile {
  fileId: string;
  section: string;
  name: string;
  contentType: string;
  data: Buffer;
}

/** What one service exported: its sections' records and its files. */
export interface ReceivedExport {
  sections: Record<string, ExportRecord[]>;
  files: ReceivedFile[];
  bytes: number;
}

/**
 * Reads one service's ExportSubject stream into sections and files, refusing more than `maxBytes`
 * (a package has to fit the store) and a stream that breaks the protocol (a file part out of order,
 * records that are not a JSON array of objects). With `onFile`, each file is handed on as soon as
 * it is whole (the stream waits for it) instead of being kept: `files` stays empty.
 */
export async function readSubjectExport(
  stream: AsyncIterable<ExportSubjectChunk__Output>,
  maxBytes: number,
  service: string,
  onFile?: (file: ReceivedFile) => Promise<void>,
): Promise<ReceivedExport> {
  const received: ReceivedExport = { sections: {}, files: [], bytes: 0 };
  let open: { file: Omit<ReceivedFile, 'data'>; parts: Buffer[] } | undefined;
  const count = (bytes: number) => {
    received.bytes += bytes;
    if (received.bytes > maxBytes) throw new TooLargeError(`${service} exported more than ${maxBytes} bytes about the person`);
  };
  const broken = (what: string) => new Error(`${service} broke the export protocol: ${what}`);
  for await (const chunk of stream) {
    if (chunk.records) {
      if (open) throw broken('records inside a file');
      count(chunk.records.recordsJson.length);
      const records: unknown = JSON.parse(chunk.records.recordsJson);
      if (!Array.isArray(records) || records.some((record) => typeof record !== 'object' || record === null || Array.isArray(record))) throw broken('records are not a JSON array of objects');
      (received.sections[chunk.records.section] ??= []).push(...(records as ExportRecord[]));
    } else if (chunk.file) {
      const { fileId, section, name, contentType, data, last } = chunk.file;
      if (open && open.file.fileId !== fileId) throw broken(`file ${fileId} began before ${open.file.fileId} ended`);
      open ??= { file: { fileId, section, name, contentType }, parts: [] };
      count(data.length);
      open.parts.push(Buffer.from(data));
      if (last) {
        const file = { ...open.file, data: Buffer.concat(open.parts) };
        open = undefined;
        if (onFile) await onFile(file);
        else received.files.push(file);
      }
    }
  }
  if (open) throw broken(`file ${open.file.fileId} ended without its last part`);
  return received;
}

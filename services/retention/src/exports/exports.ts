import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import type { SubjectFence } from '@lethe/platform/erasure';
import { ContentKey } from '@lethe/platform/crypto';
import { PreconditionError } from '@lethe/platform/errors';
import { fileChunks, readSubjectExport, recordChunks, type ExportPart, type ReceivedFile, type SubjectExporter } from '@lethe/platform/export';
import { createClient, serverStreamCall } from '@lethe/platform/grpc';
import type { LinkTokens } from '@lethe/platform/links';
import { newId } from '@lethe/platform/ids';
import { outboxEntry } from '@lethe/platform/outbox';
import { serviceTokenFor, type ServiceRuntime } from '@lethe/platform/service';
import { inSpan } from '@lethe/platform/telemetry';
import { loadGrpcObject, toTimestamp, TOPICS, type ExportSubjectChunk__Output, type SubjectExportProto } from '@lethe/protos';
import { REQUESTED_BY, type Actor } from '../requests/rules';
import { dueByIndex, type DueSource } from '../sweep/due-source';
import { InTurn } from './in-turn';
import { inPieces, PackageWriter, PieceWrites } from './package';
import { downloadRefusal, exportRestartsClock, exportStateAt, failureText, INTERRUPTED, packageExpiry, runLimitMs, type ExportStateName, type PartState } from './rules';
import type { StoredPiece, SubjectExportDoc, SubjectExportStore } from './store';
import type { SummaryFile, SummaryPart } from './summary';

const SubjectExportService = loadGrpcObject<SubjectExportProto>().lethe.export.v1.SubjectExportService;
type ExportClient = InstanceType<typeof SubjectExportService>;

/** The package is stored in pieces of this size: encrypted, each document stays far below MongoDB's 16 MB. */
export const PACKAGE_PIECE_BYTES = 512 * 1024;
/** How often a running export's progress (which services have answered) is written. */
const PROGRESS_INTERVAL_MS = 1000;
/** Pieces stored by one insert at most: 4 MB of a package, far below a command's size limit. */
const PIECES_PER_WRITE = 8;
/** ListSubjectExports shows this many, newest first. */
export const LISTED_EXPORTS = 50;

/** An export as callers see it: ids, states and times; its state as it reads now. */
export interface SubjectExportView {
  exportId: string;
  subjectId: string;
  state: ExportStateName;
  requestedBy: Actor['kind'];
  requestedByActor: string;
  requestedAt: Date;
  completedAt?: Date;
  expiresAt?: Date;
  failedService?: string;
  failureReason?: string;
  sizeBytes: number;
  /** Every service's part: which have answered. */
  services: { service: string; state: PartState; answeredAt?: Date }[];
}

export interface ExportSettings {
  /** Every service that holds data about people, in the order the package lists them (ERASURE_SERVICES); retention's own part is made in-process. */
  services: readonly string[];
  /** Where each other service answers gRPC. */
  addresses: Readonly<Record<string, string>>;
  /** How long a service may take to send its part. */
  serviceTimeoutMs: number;
  /** At most this much of one service goes into a package. */
  maxBytesPerService: number;
  /** How long a package can be downloaded. */
  validDays: number;
}

/** A recruiter's export is an activity: it moves the subject's retention clock. */
export type RecordExportActivity = (tenantId: string, subjectId: string, at: Date, eventId: string) => Promise<void>;

type ExportsRuntime = Pick<ServiceRuntime, 'name' | 'serviceTokens' | 'clock' | 'cipher' | 'fence' | 'tombstones' | 'logger'>;

/** A service whose part failed the export, and why. */
class PartFailure extends Error {
  constructor(
    readonly service: string,
    readonly reason: string,
  ) {
    super(`${service}: ${reason}`);
  }
}

/** Why a service's part failed, as the export names it. */
export function partFailureReason(err: unknown, timeoutMs: number): string {
  const { code, details } = err as Partial<grpc.ServiceError>;
  if (typeof code === 'number' && typeof details === 'string') {
    if (code === grpc.status.DEADLINE_EXCEEDED) return `did not answer within ${timeoutMs} ms`;
    return failureText(`${grpc.status[code] ?? code}: ${details}`);
  }
  return failureText(err instanceof Error ? err.message : String(err));
}

/** The messages a service would send over gRPC for its parts: retention's own part is read exactly as the others'. */
async function* asReceivedChunks(parts: AsyncIterable<ExportPart>): AsyncGenerator<ExportSubjectChunk__Output> {
  for await (const part of parts) {
    const chunks = part.kind === 'records' ? recordChunks(part.section, part.records) : fileChunks(part.file);
    // Built for the wire, read as received: the same fields, every one set.
    for await (const chunk of chunks) yield chunk as ExportSubjectChunk__Output;
  }
}

/** The services' parts of one export, while they are asked. */
interface Asking {
  /** Every part, in the order the package lists them; rejects with the first that failed. */
  parts: Promise<SummaryPart[]>;
  /** The parts answered so far, by service. */
  answered: SubjectExportDoc['parts'];
  /** The part that failed first, once one has. */
  failure: () => PartFailure | undefined;
  /** The export is recorded: retention's own part may be read. */
  recorded: () => void;
  /** Stops the calls still running, and asks no more. */
  cancel: () => void;
}

/**
 * One export's package while it is made: every file goes into it as soon as it has arrived, and
 * its pieces are sealed with the package's own key and stored as they come, while the slower
 * services still answer. The key is stored (under the subject's key) only with READY.
 */
interface PackageBuild {
  /** The key the pieces are sealed with. */
  key: ContentKey;
  addFile(service: string, file: ReceivedFile): Promise<SummaryFile>;
  /** Writes the services' JSON and the summary and stores the last pieces. */
  finish(parts: readonly SummaryPart[]): Promise<{ sizeBytes: number; pieces: number }>;
  /** Stops the package and deletes what was stored of it. */
  discard(): Promise<void>;
}

/** The candidate's download link: its purpose, and the page it opens. */
export const DOWNLOAD_LINK_PURPOSE = 'data-export-download';
export const DOWNLOAD_PATH = '/self-service/download';

const pieceName = (exportId: string, index: number) => `export-package/${exportId}/${index}`;
const packageKeyField = (exportId: string) => `export-package-key/${exportId}`;

/**
 * The access protocol's orchestration: an export asks every service for what it holds about the
 * subject (ExportSubject, with retention's service token), in parallel and each within its
 * deadline, and assembles one package, stored encrypted under the subject's key until it expires.
 * A service that fails or does not answer in time fails the export with its name: a package is
 * never silently incomplete. A person erased is refused before anything starts. The package's
 * pieces are stored as they are made, sealed with a key of their own; that key is stored, under
 * the subject's key, only by the write that makes the export READY, as the subject's only writer
 * after checking they are not erased: a package an erasure came between is deleted, and what a
 * crash left of it can never be read.
 */
export class SubjectExports {
  private readonly clients = new Map<string, ExportClient>();
  private readonly runs = new Set<Promise<void>>();

  readonly store: SubjectExportStore;
  private readonly own: SubjectExporter;
  private readonly links: LinkTokens;
  private readonly recordActivity: RecordExportActivity;

  constructor(
    private readonly runtime: ExportsRuntime,
    parts: { store: SubjectExportStore; own: SubjectExporter; links: LinkTokens; recordActivity: RecordExportActivity },
    private readonly settings: ExportSettings,
  ) {
    this.store = parts.store;
    this.own = parts.own;
    this.links = parts.links;
    this.recordActivity = parts.recordActivity;
    for (const service of settings.services) {
      if (service === runtime.name) continue;
      const address = settings.addresses[service];
      if (!address) throw new TypeError(`no gRPC address of ${service}, which the data export asks`);
      this.clients.set(service, createClient(SubjectExportService, address));
    }
  }

  private now(): Date {
    return this.runtime.clock.now();
  }

  /**
   * Records the export RUNNING and runs it in the background; a person erased is refused
   * (FAILED_PRECONDITION, SUBJECT_ERASED). The other services are asked while the export is
   * recorded: a refused export cancels the calls, and nothing of what they sent is kept.
   */
  async start(tenantId: string, subjectId: string, requestedBy: Actor): Promise<SubjectExportView> {
    const exportId = newId();
    const requestedAt = this.now();
    const build = this.packageBuild(tenantId, subjectId, exportId, requestedAt);
    const asking = this.ask(tenantId, subjectId, exportId, build);
    const refused = () => {
      asking.cancel();
      build.discard().catch((err: unknown) => this.runtime.logger.error({ err, tenantId, exportId }, 'the pieces of a refused data export were not deleted'));
    };
    const doc = await this.runtime.fence
      .writeUnlessErased({ tenantId, subjectId }, () =>
        this.store.insert(tenantId, {
          _id: exportId,
          subjectId,
          state: 'running',
          requestedBy: requestedBy.kind,
          requestedByActor: requestedBy.actorId,
          requestedAt,
          parts: Object.fromEntries(this.settings.services.map((service) => [service, { state: 'pending' as const }])),
        }),
      )
      .catch((err: unknown) => {
        refused();
        throw err;
      });
    if (!doc) {
      refused();
      throw new PreconditionError('SUBJECT_ERASED', `subject ${subjectId} has been erased`, { type: 'subject', id: subjectId });
    }
    asking.recorded();
    const run = this.run(doc, asking, build);
    this.runs.add(run);
    void run.finally(() => this.runs.delete(run));
    return this.view(doc);
  }

  async get(tenantId: string, exportId: string): Promise<SubjectExportView> {
    return this.view(await this.store.get(tenantId, exportId));
  }

  async list(tenantId: string, subjectId: string): Promise<SubjectExportView[]> {
    return (await this.store.listOf(tenantId, subjectId, LISTED_EXPORTS)).map((doc) => this.view(doc));
  }

  /** The package of a ready export, in pieces; refused while it runs, after it failed or expired (FAILED_PRECONDITION). */
  async download(tenantId: string, exportId: string): Promise<AsyncGenerator<Buffer>> {
    const doc = await this.store.get(tenantId, exportId);
    const refusal = downloadRefusal(this.view(doc).state);
    if (refusal) throw new PreconditionError(refusal, `export ${exportId} has no package to download`, { type: 'export', id: exportId });
    return this.packageOf(doc);
  }

  /** The subject's newest package that can still be downloaded, or null. */
  async newestReady(tenantId: string, subjectId: string): Promise<{ view: SubjectExportView; content: AsyncGenerator<Buffer> } | null> {
    const doc = await this.store.newestReady(tenantId, subjectId, this.now());
    return doc ? { view: this.view(doc), content: this.packageOf(doc) } : null;
  }

  /**
   * The candidate's link to their newest package, valid exactly until it expires and not used up by
   * a download (downloading changes nothing); issued as the subject's only writer, so no link
   * outlives their erasure. FAILED_PRECONDITION (EXPORT_NOT_READY) while they have no package.
   */
  async downloadLink(tenantId: string, subjectId: string, now: Date): Promise<{ token: string; path: string; expiresAt: Date }> {
    return this.runtime.fence.write({ tenantId, subjectId }, async () => {
      const ready = await this.store.newestReady(tenantId, subjectId, now);
      if (!ready?.expiresAt) throw new PreconditionError('EXPORT_NOT_READY', `subject ${subjectId} has no package to download`, { type: 'subject', id: subjectId });
      const link = await this.links.issue({ tenantId, subjectId, purpose: DOWNLOAD_LINK_PURPOSE, ttlMs: ready.expiresAt.getTime() - now.getTime(), now });
      return { token: link.token, path: `${DOWNLOAD_PATH}?token=${link.token}`, expiresAt: link.expiresAt };
    });
  }

  /** Waits for the exports running in this process (shutdown, tests). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.runs]);
  }

  close(): void {
    for (const client of this.clients.values()) client.close();
  }

  private async *packageOf(doc: SubjectExportDoc): AsyncGenerator<Buffer> {
    const gone = () => new PreconditionError('EXPORT_EXPIRED', `the package of export ${doc._id} is gone`, { type: 'export', id: doc._id });
    if (!doc.packageKey) throw gone();
    const key = ContentKey.of(await this.runtime.cipher.decryptBuffer(doc.tenantId, doc.subjectId, packageKeyField(doc._id), doc.packageKey));
    for (let index = 0; index < (doc.pieces ?? 0); index++) {
      const data = await this.store.piece(doc.tenantId, doc._id, index);
      // Gone while it was read: it expired or went with the person's erasure.
      if (data === undefined) throw gone();
      yield key.open(pieceName(doc._id, index), data);
    }
  }

  private view(doc: SubjectExportDoc): SubjectExportView {
    const state = exportStateAt(doc, this.now(), runLimitMs(this.settings.serviceTimeoutMs));
    const interrupted = state === 'failed' && doc.state === 'running';
    return {
      exportId: doc._id,
      subjectId: doc.subjectId,
      state,
      requestedBy: doc.requestedBy,
      requestedByActor: doc.requestedByActor,
      requestedAt: doc.requestedAt,
      completedAt: doc.completedAt,
      expiresAt: state === 'ready' ? doc.expiresAt : undefined,
      failedService: doc.failedService,
      failureReason: interrupted ? INTERRUPTED : doc.failureReason,
      sizeBytes: doc.sizeBytes ?? 0,
      services: this.settings.services.map((service) => ({ service, state: doc.parts[service]?.state ?? 'pending', answeredAt: doc.parts[service]?.answeredAt })),
    };
  }

  /** Every service's part in parallel, each within its deadline; their files go into the package as they arrive. */
  private ask(tenantId: string, subjectId: string, exportId: string, build: PackageBuild): Asking {
    const calls: grpc.ClientReadableStream<unknown>[] = [];
    const answered: SubjectExportDoc['parts'] = {};
    let failed: PartFailure | undefined;
    let cancelled = false;
    let release!: () => void;
    const recorded = new Promise<void>((resolve) => (release = resolve));
    const cancelledError = () => new Error('the export was cancelled');
    const read = (service: string, chunks: AsyncIterable<ExportSubjectChunk__Output>, files: SummaryFile[]) =>
      readSubjectExport(chunks, this.settings.maxBytesPerService, service, async (file) => {
        // The package failing is retention's failure, not the sending service's.
        const listed = await build.addFile(service, file).catch((err: unknown) => {
          throw new PartFailure(this.runtime.name, partFailureReason(err, this.settings.serviceTimeoutMs));
        });
        files.push(listed);
      });
    // Retention's own part lists this export too: it is read once the export is recorded.
    const ownPart = async (files: SummaryFile[]) => {
      await recorded;
      if (cancelled) throw cancelledError();
      return read(this.runtime.name, asReceivedChunks(this.own({ tenantId, subjectId })), files);
    };
    const remotePart = async (service: string, files: SummaryFile[]) => {
      const token = await serviceTokenFor(this.runtime, service, tenantId, [RIGHTS.exportSubjects]);
      if (cancelled) throw cancelledError();
      const call = serverStreamCall(this.clients.get(service)!, 'ExportSubject', { subjectId }, { token, deadlineMs: this.settings.serviceTimeoutMs });
      calls.push(call);
      return read(service, call, files);
    };
    const part = async (service: string): Promise<SummaryPart> => {
      const files: SummaryFile[] = [];
      try {
        const { sections } = service === this.runtime.name ? await ownPart(files) : await remotePart(service, files);
        answered[service] = { state: 'answered', answeredAt: this.now() };
        return { service, sections, files };
      } catch (err) {
        failed ??= err instanceof PartFailure ? err : new PartFailure(service, partFailureReason(err, this.settings.serviceTimeoutMs));
        throw failed;
      }
    };
    const parts = inSpan('subject export ask', { attributes: { 'lethe.export.id': exportId } }, () => Promise.all(this.settings.services.map(part)));
    // The run awaits them; a refused export drops them.
    parts.catch(() => undefined);
    return {
      parts,
      answered,
      failure: () => failed,
      recorded: release,
      cancel: () => {
        cancelled = true;
        release();
        for (const call of calls) call.cancel();
      },
    };
  }

  /** The package of one export, made and stored as its files arrive (see PackageBuild). */
  private packageBuild(tenantId: string, subjectId: string, exportId: string, exportedAt: Date): PackageBuild {
    const traced = { 'lethe.export.id': exportId };
    const key = ContentKey.random();
    let discarded = false;
    const stored = new PieceWrites<StoredPiece>(PIECES_PER_WRITE, (batch) =>
      inSpan('subject export store', { attributes: { ...traced, 'lethe.export.pieces': batch.length } }, () => this.store.storePieces(tenantId, subjectId, exportId, batch)),
    );
    let sizeBytes = 0;
    const { sink, end } = inPieces(PACKAGE_PIECE_BYTES, async (piece) => {
      if (discarded) throw new Error('the export was cancelled');
      sizeBytes += piece.length;
      const index = stored.count;
      await stored.add({ index, data: key.seal(pieceName(exportId, index), piece) });
    });
    const writer = new PackageWriter(subjectId, exportedAt, sink);
    return {
      key,
      addFile: (service, file) => writer.addFile(service, file),
      finish: async (parts) => {
        await inSpan('subject export zip', { attributes: traced }, async () => {
          await writer.finish(parts);
          await end();
        });
        await stored.end();
        return { sizeBytes, pieces: stored.count };
      },
      discard: async () => {
        discarded = true;
        await writer.settled();
        await stored.settled();
        await this.store.deletePieces(tenantId, exportId);
      },
    };
  }

  /**
   * The parts, then the package; never rejects (a failure is recorded on the export, and what was
   * stored of its package deleted). Which services have answered is written every
   * PROGRESS_INTERVAL_MS while the run lasts, and with its end: a quick export costs no writes for
   * its progress.
   */
  private async run(doc: SubjectExportDoc, asking: Asking, build: PackageBuild): Promise<void> {
    const { tenantId, _id: exportId } = doc;
    const { answered } = asking;
    const changes = new InTurn();
    const change = (write: () => Promise<unknown>) =>
      void changes.run(write).catch((err: unknown) => this.runtime.logger.warn({ err, tenantId, exportId }, 'a change of a data export was not written'));
    const written = new Set<string>();
    const writeProgress = () => {
      const fresh = Object.entries(answered).filter(([service]) => !written.has(service));
      if (fresh.length === 0) return;
      for (const [service] of fresh) written.add(service);
      change(() => this.store.partsAnswered(tenantId, exportId, Object.fromEntries(fresh)));
    };
    const progress = setInterval(writeProgress, PROGRESS_INTERVAL_MS);
    progress.unref();
    try {
      const parts = await asking.parts;
      clearInterval(progress);
      await this.storePackage(doc, parts, build, answered, () => changes.settled());
    } catch (err) {
      clearInterval(progress);
      asking.cancel();
      const failed = asking.failure();
      const failure = failed ?? new PartFailure(this.runtime.name, partFailureReason(err, this.settings.serviceTimeoutMs));
      const parts = { ...answered, ...(failed ? { [failed.service]: { state: 'failed' as const, answeredAt: this.now() } } : {}) };
      change(() => this.store.failed(tenantId, exportId, { service: failure.service, reason: failure.reason, at: this.now(), parts }));
      change(() => build.discard());
      await changes.settled();
      this.runtime.logger.warn({ tenantId, exportId, failedService: failure.service }, 'a data export failed');
    }
  }

  /**
   * Completes the package as the subject's only writer: once its last pieces are stored, the
   * package's key is stored under the subject's key and the export marked ready with its event, and
   * for a recruiter's export the clock moves alongside (the clock is another document). The fence
   * is taken while the summary and the last pieces are written.
   */
  private async storePackage(doc: SubjectExportDoc, parts: readonly SummaryPart[], build: PackageBuild, answered: SubjectExportDoc['parts'], progressWritten: () => Promise<void>): Promise<void> {
    const { tenantId, subjectId, _id: exportId } = doc;
    const traced = { 'lethe.export.id': exportId };
    const now = this.now();
    const finished = build.finish(parts);
    // Awaited once the fence is held; a refused fence fails the run, which discards the package.
    finished.catch(() => undefined);
    const expiresAt = packageExpiry(now, this.settings.validDays);
    const event = outboxEntry(TOPICS.retentionEvents, {
      type: 'lethe.retention.v1.SubjectExportCompleted',
      tenantId,
      subjectId,
      time: now,
      payload: { exportId, subjectId, requestedBy: REQUESTED_BY.toProto(doc.requestedBy), actorId: doc.requestedByActor, completedAt: toTimestamp(now), expiresAt: toTimestamp(expiresAt) },
    });
    await this.runtime.fence.write({ tenantId, subjectId }, () =>
      inSpan('subject export package', { attributes: traced }, async () => {
        const clockMoved = exportRestartsClock(doc.requestedBy)
          ? inSpan('subject export clock', { attributes: traced }, () => this.recordActivity(tenantId, subjectId, now, `export:${exportId}`)).catch((err: unknown) =>
              this.runtime.logger.error({ err, tenantId, exportId }, 'a data export did not move the retention clock'),
            )
          : undefined;
        try {
          const { sizeBytes, pieces } = await finished;
          const packageKey = await this.runtime.cipher.encrypt(tenantId, subjectId, packageKeyField(exportId), build.key.bytes);
          // The export's progress was written meanwhile: its own changes one after the other.
          await progressWritten();
          const ready = await inSpan('subject export ready', { attributes: traced }, () => this.store.ready(tenantId, exportId, { completedAt: now, expiresAt, sizeBytes, pieces, packageKey, parts: answered }, [event]));
          if (!ready) throw new Error('the export stopped running while its package was stored');
        } finally {
          await clockMoved;
        }
      }),
    );
  }
}

/** Packages past their expiry are deleted by the sweep; their exports read as expired from the moment they expire. */
export function exportExpirySource(fence: SubjectFence, store: SubjectExportStore): DueSource {
  return {
    name: 'export-expiry',
    ...dueByIndex(store.model, 'expiresAt'),
    execute: async (item) => {
      await fence.writeUnlessErased({ tenantId: item.tenantId, subjectId: item.subjectId }, () => store.expire(item.tenantId, item.key));
    },
  };
}

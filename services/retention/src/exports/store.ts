import { Schema, type Connection, type Model } from 'mongoose';
import { bufferOf, defineTenantModel, TenantRepository, type Stored } from '@lethe/platform/mongo';
import { outboxPlugin, withOutbox, type OutboxEntry } from '@lethe/platform/outbox';
import type { Requester } from '../requests/rules';
import type { ExportStateName, PartState } from './rules';

/** An export of a subject: who asked when, how far it got; ids, states and times only (the package holds the data). */
export interface SubjectExportDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  state: ExportStateName;
  requestedBy: Requester;
  requestedByActor: string;
  requestedAt: Date;
  completedAt?: Date;
  /** Set while the package exists: when it is deleted (indexed: the sweep finds expired packages). */
  expiresAt?: Date;
  failedService?: string;
  failureReason?: string;
  sizeBytes?: number;
  /** How many pieces the package is stored in. */
  pieces?: number;
  /** The key the pieces are sealed with, encrypted under the subject's key: stored only with READY. */
  packageKey?: string;
  /** Every service's part, by service name. */
  parts: Record<string, { state: PartState; answeredAt?: Date }>;
  outbox?: OutboxEntry[];
}

/** One piece of a package, sealed with the package's own key; kept far below MongoDB's document limit. */
interface PackagePieceDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  exportId: string;
  index: number;
  data: Buffer;
}

const exportSchema = new Schema<SubjectExportDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    state: { type: String, required: true },
    requestedBy: { type: String, required: true },
    requestedByActor: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    completedAt: Date,
    expiresAt: Date,
    failedService: String,
    failureReason: String,
    sizeBytes: Number,
    pieces: Number,
    packageKey: String,
    parts: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, minimize: false },
);
exportSchema.plugin(outboxPlugin);
exportSchema.index({ tenantId: 1, subjectId: 1, requestedAt: -1 });
exportSchema.index({ expiresAt: 1 });

const pieceSchema = new Schema<PackagePieceDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    exportId: { type: String, required: true },
    index: { type: Number, required: true },
    data: { type: Buffer, required: true },
  },
  { versionKey: false },
);
pieceSchema.index({ tenantId: 1, subjectId: 1 });
pieceSchema.index({ tenantId: 1, exportId: 1 });

/** Parts as one update's fields (`parts.<service>`), so the parts not named stay as they are. */
const partsSet = (parts: SubjectExportDoc['parts']) => Object.fromEntries(Object.entries(parts).map(([service, part]) => [`parts.${service}`, part]));
const pieceIdOf = (exportId: string, index: number) => `${exportId}/${index}`;
const NO_OUTBOX = { outbox: 0 } as const;
/** An export whose package went: it reads as expired, and its key goes with it. */
const PACKAGE_GONE = { $set: { state: 'expired' as const }, $unset: { expiresAt: 1 as const, packageKey: 1 as const } };

/** A piece of a package by its place in it, sealed. */
export interface StoredPiece {
  index: number;
  data: Buffer;
}

export interface ReadyPackage {
  completedAt: Date;
  expiresAt: Date;
  sizeBytes: number;
  pieces: number;
  packageKey: string;
  /** Every part, answered. */
  parts: SubjectExportDoc['parts'];
}

/** Exports and their packages. It only stores: the caller holds the subject's write fence around every change. */
export class SubjectExportStore {
  readonly model: Model<SubjectExportDoc>;
  readonly pieceModel: Model<PackagePieceDoc>;
  private readonly exports: TenantRepository<SubjectExportDoc>;
  private readonly pieces: TenantRepository<PackagePieceDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'SubjectExport', exportSchema, 'subject_exports');
    this.pieceModel = defineTenantModel(connection, 'SubjectExportPiece', pieceSchema, 'subject_export_pieces');
    this.exports = new TenantRepository(this.model, { resourceType: 'export' });
    this.pieces = new TenantRepository(this.pieceModel, { resourceType: 'export package' });
  }

  async init(): Promise<void> {
    await Promise.all([this.model.init(), this.pieceModel.init()]);
  }

  async insert(tenantId: string, doc: Omit<SubjectExportDoc, 'tenantId'>): Promise<SubjectExportDoc> {
    return this.exports.insert(tenantId, doc);
  }

  /** The export, or NOT_FOUND (also for another tenant's). */
  get(tenantId: string, exportId: string): Promise<Stored<SubjectExportDoc>> {
    return this.exports.getById(tenantId, exportId, NO_OUTBOX);
  }

  /** The subject's exports, newest first. */
  listOf(tenantId: string, subjectId: string, limit: number): Promise<Stored<SubjectExportDoc>[]> {
    return this.exports.find(tenantId, { subjectId }, { sort: { requestedAt: -1 }, limit, projection: NO_OUTBOX });
  }

  /** The subject's newest package that has not expired at `now`. */
  newestReady(tenantId: string, subjectId: string, now: Date): Promise<Stored<SubjectExportDoc> | null> {
    return this.exports.findOne(tenantId, { subjectId, state: 'ready', expiresAt: { $gt: now } }, { sort: { requestedAt: -1 }, projection: NO_OUTBOX });
  }

  /** Services answered; one change of an export at a time (the caller queues them). */
  async partsAnswered(tenantId: string, exportId: string, parts: SubjectExportDoc['parts']): Promise<void> {
    await this.exports.updateOne(tenantId, { _id: exportId }, { $set: partsSet(parts) });
  }

  /** Pieces of the export's package, sealed, in one insert. */
  async storePieces(tenantId: string, subjectId: string, exportId: string, pieces: readonly StoredPiece[]): Promise<void> {
    await this.pieces.insertBuilt(
      tenantId,
      pieces.map(({ index, data }) => ({ _id: pieceIdOf(exportId, index), tenantId, subjectId, exportId, index, data })),
    );
  }

  /** A piece of a package, read by its id alone. */
  async piece(tenantId: string, exportId: string, index: number): Promise<Buffer | undefined> {
    const piece = await this.pieces.findById(tenantId, pieceIdOf(exportId, index));
    return piece ? bufferOf(piece.data) : undefined;
  }

  /** The running export's package is stored: it is ready, every part answered, with its event. False when it is no longer running. */
  async ready(tenantId: string, exportId: string, { parts, ...done }: ReadyPackage, events: readonly OutboxEntry[]): Promise<boolean> {
    const result = await this.exports.updateOne(tenantId, { _id: exportId, state: 'running' }, withOutbox({ $set: { state: 'ready', ...done, ...partsSet(parts) } }, events));
    return result.matched > 0;
  }

  /** The running export failed, naming the service and why, with the parts as they ended. */
  async failed(tenantId: string, exportId: string, failure: { service: string; reason: string; at: Date; parts: SubjectExportDoc['parts'] }): Promise<void> {
    await this.exports.updateOne(tenantId, { _id: exportId, state: 'running' }, { $set: { state: 'failed', failedService: failure.service, failureReason: failure.reason, completedAt: failure.at, ...partsSet(failure.parts) } });
  }

  /** The export's package goes: it reads as expired. */
  async expire(tenantId: string, exportId: string): Promise<void> {
    await this.deletePieces(tenantId, exportId);
    await this.exports.updateOne(tenantId, { _id: exportId, state: 'ready' }, PACKAGE_GONE);
  }

  /** Pieces of one export (an expired package, or one whose storing failed). */
  deletePieces(tenantId: string, exportId: string): Promise<number> {
    return this.pieces.deleteMany(tenantId, { exportId });
  }

  /** Erasure: every package of the subject goes; their exports read as expired. Returns how many packages went. */
  async forgetPackages(tenantId: string, subjectId: string): Promise<number> {
    await this.pieces.deleteMany(tenantId, { subjectId });
    return (await this.exports.updateMany(tenantId, { subjectId, state: 'ready' }, PACKAGE_GONE)).modified;
  }

  /** Erasure: the record of the subject's exports goes too. */
  forget(tenantId: string, subjectId: string): Promise<number> {
    return this.exports.deleteMany(tenantId, { subjectId });
  }
}

import {
  Types,
  type mongo,
  type Aggregate,
  type Connection,
  type FilterQuery,
  type HydratedDocument,
  type Model,
  type ProjectionType,
  type Query,
  type Schema,
  type SortOrder,
  type UpdateQuery,
} from 'mongoose';
import { NotFoundError, ValidationError } from '../errors/errors';
import { OUTBOX_FIELD } from '../outbox/entry';
import { insertUnlessExists } from './connection';

/**
 * A query, update, delete, count or aggregate on a tenant-scoped model ran without a tenant in its
 * filter. A programming error, deliberately not a LetheError: it must surface as an internal fault
 * and never be mapped to a client-facing status.
 */
export class MissingTenantError extends Error {
  constructor(operation: string, modelName: string) {
    super(`${modelName}.${operation} has no tenantId in its filter; pass { allTenants: true } via setOptions only for deliberate cross-tenant jobs`);
    this.name = 'MissingTenantError';
  }
}

/** An operation tried to move a document to another tenant or strip its tenant. Also a programming error. */
export class TenantChangeError extends Error {
  constructor(modelName: string) {
    super(`${modelName}: the tenantId of a stored document cannot be changed or removed`);
    this.name = 'TenantChangeError';
  }
}

/**
 * The query option a deliberate cross-tenant job sets to run without a tenant in its filter, e.g.
 * a due-date sweep over every tenant's records:
 *
 *   Model.find({ dueAt: { $lte: now } }).setOptions({ allTenants: true })
 *   Model.aggregate([...]).option({ allTenants: true })
 *   Model.bulkWrite(ops, { allTenants: true })
 *
 * It is explicit and greppable on purpose, so a review sees every place that crosses tenants.
 * (The MongoDB driver ignores option names it does not know, so it never reaches the server.)
 */
export const ALL_TENANTS = 'allTenants';

/** Every query operation that takes a filter (mongoose's list, minus estimatedDocumentCount). */
const FILTERED_OPERATIONS: ('countDocuments' | 'distinct' | 'find' | 'findOne' | 'findOneAndDelete' | 'findOneAndReplace' | 'findOneAndUpdate' | 'replaceOne' | 'updateMany' | 'updateOne' | 'deleteMany' | 'deleteOne')[] = [
  'countDocuments',
  'distinct',
  'find',
  'findOne',
  'findOneAndDelete',
  'findOneAndReplace',
  'findOneAndUpdate',
  'replaceOne',
  'updateMany',
  'updateOne',
  'deleteMany',
  'deleteOne',
];

/** The operation a query runs (`Query#op` is set at runtime but missing from mongoose's types). */
function operationOf(query: Query<unknown, unknown>): string {
  return (query as unknown as { op?: string }).op ?? 'query';
}

const scopedSchemas = new WeakSet<Schema>();

/** The tenant a filter pins, when it pins exactly one: `tenantId: 'x'` or `tenantId: { $eq: 'x' }`. */
export function tenantOfFilter(filter: unknown): string | undefined {
  if (filter === null || typeof filter !== 'object') return undefined;
  const value = (filter as Record<string, unknown>).tenantId;
  if (typeof value === 'string') return value.length > 0 ? value : undefined;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0][0] === '$eq' && typeof entries[0][1] === 'string' && entries[0][1].length > 0) {
      return entries[0][1];
    }
  }
  return undefined;
}

/** A projection that also returns tenantId (an inclusive one gets it added, an exclusive one loses its exclusion). */
function withTenantField<TDoc>(projection: ProjectionType<TDoc> | undefined): ProjectionType<TDoc> | undefined {
  if (!isRecord(projection)) return projection;
  const { tenantId: _excluded, ...rest } = projection;
  const includes = (value: unknown) => value === 1 || value === true;
  const fields = Object.keys(rest);
  // `{ _id: 1 }` alone includes; next to other fields, `_id` says nothing about the kind.
  const inclusive = fields.some((field) => field !== '_id' && includes(rest[field])) || (fields.length === 1 && fields[0] === '_id' && includes(rest._id));
  return (inclusive ? { ...rest, tenantId: 1 } : rest) as ProjectionType<TDoc>;
}

function allTenantsRequested(options: unknown): boolean {
  return options !== null && typeof options === 'object' && (options as Record<string, unknown>)[ALL_TENANTS] === true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * True when an update (operators, a plain replacement, or an aggregation-pipeline update) would
 * set the tenantId to something other than `tenantId`, or remove it.
 */
function updateChangesTenant(update: unknown, tenantId: string | undefined, replacement: boolean): boolean {
  if (update === null || update === undefined) return false;
  if (Array.isArray(update)) {
    return update.some((stage) => {
      if (!isRecord(stage)) return true;
      return Object.entries(stage).some(([operator, spec]) => {
        if (operator === '$set' || operator === '$addFields') return isRecord(spec) && 'tenantId' in spec && spec.tenantId !== tenantId;
        if (operator === '$unset') return spec === 'tenantId' || (Array.isArray(spec) && spec.includes('tenantId'));
        // $project, $replaceRoot, $replaceWith can rebuild the document: the tenant cannot be verified.
        return true;
      });
    });
  }
  if (!isRecord(update)) return false;
  if (replacement) return update.tenantId !== tenantId;
  for (const [key, value] of Object.entries(update)) {
    if (!key.startsWith('$')) {
      if (key === 'tenantId' && value !== tenantId) return true;
      continue;
    }
    if (!isRecord(value)) continue;
    if (key === '$set' || key === '$setOnInsert') {
      if ('tenantId' in value && value.tenantId !== tenantId) return true;
    } else if (key === '$rename') {
      if ('tenantId' in value || Object.values(value).includes('tenantId')) return true;
    } else if ('tenantId' in value) {
      // $unset, $inc, $push, $currentDate, … on the tenant are never legitimate.
      return true;
    }
  }
  return false;
}

/**
 * Mongoose schema plugin: every query, update, delete, count and aggregate on the model must name
 * a tenant in its filter (or first `$match` stage), so even code that bypasses TenantRepository
 * cannot read or touch another tenant's documents by accident. Documents loaded through a query
 * remember their tenant, so `doc.save()` and `doc.deleteOne()` are scoped as well.
 *
 * Opting out is explicit: see ALL_TENANTS.
 *
 * Limits: a filter must pin the tenant at its top level (`$and`/`$or` forms are rejected, not
 * analysed), and later `$lookup`/`$unionWith` stages of an aggregate must scope themselves.
 * `doc.updateOne()` filters by _id alone and is refused; `populate()` into a scoped model needs
 * `match: { tenantId }`.
 */
export function tenantScoped(schema: Schema): void {
  if (scopedSchemas.has(schema)) return;
  if (!schema.path('tenantId')) throw new TypeError('tenantScoped needs a schema with a tenantId path');
  scopedSchemas.add(schema);

  schema.pre(FILTERED_OPERATIONS, { document: false, query: true }, function (this: Query<unknown, unknown>) {
    const modelName = this.model.modelName;
    const tenantId = tenantOfFilter(this.getFilter());
    if (tenantId === undefined && !allTenantsRequested(this.getOptions())) {
      throw new MissingTenantError(operationOf(this), modelName);
    }
    const replacement = operationOf(this) === 'replaceOne' || operationOf(this) === 'findOneAndReplace';
    if (updateChangesTenant(this.getUpdate(), tenantId, replacement)) throw new TenantChangeError(modelName);
  });

  schema.pre('estimatedDocumentCount', { document: false, query: true }, function (this: Query<unknown, unknown>) {
    if (!allTenantsRequested(this.getOptions())) throw new MissingTenantError('estimatedDocumentCount', this.model.modelName);
  });

  schema.pre('aggregate', function (this: Aggregate<unknown>) {
    if (allTenantsRequested(this.options)) return;
    const first = this.pipeline()[0] as unknown as Record<string, unknown> | undefined;
    if (!first || tenantOfFilter(first.$match) === undefined) {
      throw new MissingTenantError('aggregate', (this.model() as Model<unknown>).modelName);
    }
  });

  schema.pre('bulkWrite', function (this: Model<unknown>, next, ops, options) {
    if (allTenantsRequested(options)) return next();
    for (const op of ops) {
      const [kind, spec] = Object.entries(op)[0] as [string, Record<string, unknown>];
      if (kind === 'insertOne') continue; // schema validation requires the tenant on new documents
      if (tenantOfFilter(spec.filter) === undefined) return next(new MissingTenantError(`bulkWrite.${kind}`, this.modelName));
      const replacement = kind === 'replaceOne';
      const update = replacement ? spec.replacement : spec.update;
      if (updateChangesTenant(update, tenantOfFilter(spec.filter), replacement)) return next(new TenantChangeError(this.modelName));
    }
    next();
  });

  // `doc.save()` and `doc.deleteOne()` filter by _id only; `$where` adds the tenant to that filter.
  const rememberTenant = function (this: HydratedDocument<{ tenantId: string }>) {
    this.$where = { ...this.$where, tenantId: this.get('tenantId') };
  };
  schema.post('init', rememberTenant);
  schema.post('save', rememberTenant);
  schema.pre('save', function (this: HydratedDocument<{ tenantId: string }>) {
    if (!this.isNew && this.isModified('tenantId')) throw new TenantChangeError((this.constructor as Model<unknown>).modelName);
  });
}

/** True once `tenantScoped` has been applied to the schema. */
export function isTenantScoped(schema: Schema): boolean {
  return scopedSchemas.has(schema);
}

/**
 * Compiles a tenant-scoped model on a service's connection: applies the plugin (before compiling,
 * as mongoose requires) and reuses the model if this connection already has it.
 */
export function defineTenantModel<TDoc extends { tenantId: string }>(
  connection: Connection,
  name: string,
  schema: Schema<TDoc>,
  collection?: string,
): Model<TDoc> {
  const existing = connection.models[name] as Model<TDoc> | undefined;
  if (existing) return existing;
  schema.plugin(tenantScoped);
  return connection.model<TDoc>(name, schema, collection);
}

type IdOf<TDoc> = TDoc extends { _id: infer I } ? I : Types.ObjectId;
/** A stored document as plain data (lean), with its _id. */
export type Stored<TDoc> = TDoc & { _id: IdOf<TDoc> };

export interface FindOptions<TDoc> {
  sort?: Record<string, SortOrder>;
  limit?: number;
  skip?: number;
  projection?: ProjectionType<TDoc>;
}

export interface ListOptions<TDoc> {
  filter?: FilterQuery<TDoc>;
  /** 0 or absent means the default; larger than the maximum is capped (as PageRequest says). */
  pageSize?: number;
  /** The `nextPageToken` of the previous page; absent or empty for the first page. */
  pageToken?: string;
  /** Pages run by _id; `desc` lists newest ObjectIds first. */
  order?: 'asc' | 'desc';
  projection?: ProjectionType<TDoc>;
}

export interface Page<T> {
  items: T[];
  /** Empty on the last page. */
  nextPageToken: string;
}

export interface WriteResult {
  matched: number;
  modified: number;
  /** The _id of a document an upsert created. */
  upsertedId?: unknown;
}

export interface TenantRepositoryOptions {
  /** Named in NotFoundError; the model name by default. */
  resourceType?: string;
  defaultPageSize?: number;
  maxPageSize?: number;
}

interface PageCursor {
  v: 1;
  o: 'asc' | 'desc';
  t: 'oid' | 'str' | 'num';
  id: string | number;
}

/**
 * Base repository for a tenant-scoped model: every method takes the tenant first and merges it into
 * the filter, so a foreign tenant's id simply is not found. Reads return plain (lean) objects.
 */
export class TenantRepository<TDoc extends { tenantId: string }> {
  readonly resourceType: string;
  private readonly defaultPageSize: number;
  private readonly maxPageSize: number;

  constructor(
    readonly model: Model<TDoc>,
    options: TenantRepositoryOptions = {},
  ) {
    if (!isTenantScoped(model.schema)) {
      throw new TypeError(`model ${model.modelName} is not tenant-scoped: compile it with defineTenantModel or apply tenantScoped to its schema first`);
    }
    this.resourceType = options.resourceType ?? model.modelName;
    this.defaultPageSize = options.defaultPageSize ?? 50;
    this.maxPageSize = options.maxPageSize ?? 200;
  }

  /** The caller's filter with the tenant merged in; a filter naming another tenant is a programming error. */
  protected scope(tenantId: string, filter: FilterQuery<TDoc> = {}): FilterQuery<TDoc> {
    assertTenant(tenantId);
    const named = (filter as Record<string, unknown>).tenantId;
    if (named !== undefined && tenantOfFilter(filter) !== tenantId) throw new TenantChangeError(this.model.modelName);
    return { ...filter, tenantId } as FilterQuery<TDoc>;
  }

  private guardUpdate(tenantId: string, update: UpdateQuery<TDoc>): void {
    if (updateChangesTenant(update, tenantId, false)) throw new TenantChangeError(this.model.modelName);
  }

  async find(tenantId: string, filter: FilterQuery<TDoc> = {}, options: FindOptions<TDoc> = {}): Promise<Stored<TDoc>[]> {
    const query = this.model.find(this.scope(tenantId, filter), options.projection);
    if (options.sort) query.sort(options.sort);
    if (options.skip !== undefined) query.skip(options.skip);
    if (options.limit !== undefined) query.limit(options.limit);
    return query.lean<Stored<TDoc>[]>().exec();
  }

  async findOne(tenantId: string, filter: FilterQuery<TDoc>, options: Pick<FindOptions<TDoc>, 'sort' | 'projection'> = {}): Promise<Stored<TDoc> | null> {
    const query = this.model.findOne(this.scope(tenantId, filter), options.projection);
    if (options.sort) query.sort(options.sort);
    return query.lean<Stored<TDoc>>().exec();
  }

  /** The document with this _id in this tenant, or null (also for another tenant's id). */
  findById(tenantId: string, id: unknown, projection?: ProjectionType<TDoc>): Promise<Stored<TDoc> | null> {
    return this.findOne(tenantId, { _id: id } as FilterQuery<TDoc>, { projection: withTenantField(projection) });
  }

  /** Like findById, but a missing document is a NotFoundError for the caller. */
  async getById(tenantId: string, id: unknown, projection?: ProjectionType<TDoc>): Promise<Stored<TDoc>> {
    const found = await this.findById(tenantId, id, projection);
    if (!found) throw new NotFoundError(this.resourceType, String(id));
    return found;
  }

  async exists(tenantId: string, filter: FilterQuery<TDoc>): Promise<boolean> {
    return (await this.model.exists(this.scope(tenantId, filter))) !== null;
  }

  async count(tenantId: string, filter: FilterQuery<TDoc> = {}): Promise<number> {
    return this.model.countDocuments(this.scope(tenantId, filter)).exec();
  }

  /** Stores a new document in the tenant; a tenantId in `doc` must match. */
  async insert(tenantId: string, doc: Omit<TDoc, 'tenantId'> & { tenantId?: string }): Promise<Stored<TDoc>> {
    assertTenant(tenantId);
    if (doc.tenantId !== undefined && doc.tenantId !== tenantId) throw new TenantChangeError(this.model.modelName);
    const created = await this.model.create({ ...doc, tenantId });
    return created.toObject() as Stored<TDoc>;
  }

  async insertMany(tenantId: string, docs: (Omit<TDoc, 'tenantId'> & { tenantId?: string })[]): Promise<Stored<TDoc>[]> {
    assertTenant(tenantId);
    if (docs.some((doc) => doc.tenantId !== undefined && doc.tenantId !== tenantId)) throw new TenantChangeError(this.model.modelName);
    const created = await this.model.insertMany(docs.map((doc) => ({ ...doc, tenantId })));
    return created.map((doc) => (doc as HydratedDocument<TDoc>).toObject() as Stored<TDoc>);
  }

  /**
   * Inserts documents the caller built whole, as the schema stores them (every path of the schema
   * with its stored type, defaults written out): one insert, without mongoose hydrating, casting,
   * validating and copying each (what makes a bulk import's memory). The caller's builder is what
   * makes them valid: its type is the stored document, and its test checks its output against the
   * schema; here the first of every call is validated, so a schema the builder no longer matches
   * fails before anything is written. Outbox entries in them reach the relay as with insertMany.
   */
  async insertBuilt(tenantId: string, docs: readonly TDoc[]): Promise<void> {
    assertTenant(tenantId);
    if (docs.length === 0) return;
    if (docs.some((doc) => doc.tenantId !== tenantId)) throw new TenantChangeError(this.model.modelName);
    const versionKey: unknown = this.model.schema.get('versionKey');
    if (typeof versionKey === 'string' && docs.some((doc) => (doc as Record<string, unknown>)[versionKey] === undefined)) {
      throw new TypeError(`${this.model.modelName}: insertBuilt needs the version key in every document`);
    }
    const invalid = new this.model(docs[0]).validateSync();
    if (invalid) throw invalid;
    await this.model.insertMany(docs as TDoc[], { lean: true });
  }

  /**
   * Inserts each document unless its `_id` exists, in one unordered write (mongoose's defaults and
   * validation applied): the way to claim many ids at once. Not for documents with outbox entries,
   * which the relay hears of only through insert and insertMany. Resolves with the positions of
   * the documents whose `_id` existed.
   */
  async insertNew(tenantId: string, docs: readonly (Omit<TDoc, 'tenantId'> & { tenantId?: string })[]): Promise<Set<number>> {
    assertTenant(tenantId);
    if (docs.some((doc) => doc.tenantId !== undefined && doc.tenantId !== tenantId)) throw new TenantChangeError(this.model.modelName);
    const rows = docs.map((doc) => {
      const hydrated = new this.model({ ...doc, tenantId });
      const invalid = hydrated.validateSync();
      if (invalid) throw invalid;
      const row = hydrated.toObject() as Record<string, unknown>;
      // As insert and insertMany store it: a new document's version is 0.
      const versionKey: unknown = this.model.schema.get('versionKey');
      if (typeof versionKey === 'string') row[versionKey] ??= 0;
      if (Array.isArray(row[OUTBOX_FIELD]) && row[OUTBOX_FIELD].length > 0) throw new TypeError(`${this.model.modelName}: insertNew does not write outbox entries`);
      return row;
    });
    return insertUnlessExists(this.model.collection as unknown as mongo.Collection, rows);
  }

  async updateOne(tenantId: string, filter: FilterQuery<TDoc>, update: UpdateQuery<TDoc>, options: { upsert?: boolean } = {}): Promise<WriteResult> {
    this.guardUpdate(tenantId, update);
    const result = await this.model.updateOne(this.scope(tenantId, filter), update, { upsert: options.upsert ?? false }).exec();
    return { matched: result.matchedCount, modified: result.modifiedCount, upsertedId: result.upsertedId ?? undefined };
  }

  async updateMany(tenantId: string, filter: FilterQuery<TDoc>, update: UpdateQuery<TDoc>): Promise<WriteResult> {
    this.guardUpdate(tenantId, update);
    const result = await this.model.updateMany(this.scope(tenantId, filter), update).exec();
    return { matched: result.matchedCount, modified: result.modifiedCount };
  }

  /** Updates one document and returns it as it is after the update (or null when none matched). */
  async findOneAndUpdate(
    tenantId: string,
    filter: FilterQuery<TDoc>,
    update: UpdateQuery<TDoc>,
    options: { upsert?: boolean; sort?: Record<string, SortOrder> } = {},
  ): Promise<Stored<TDoc> | null> {
    this.guardUpdate(tenantId, update);
    return this.model
      .findOneAndUpdate(this.scope(tenantId, filter), update, { new: true, upsert: options.upsert ?? false, sort: options.sort })
      .lean<Stored<TDoc>>()
      .exec();
  }

  /** Returns the number of documents deleted (0 or 1). */
  async deleteOne(tenantId: string, filter: FilterQuery<TDoc>): Promise<number> {
    return (await this.model.deleteOne(this.scope(tenantId, filter)).exec()).deletedCount;
  }

  async deleteMany(tenantId: string, filter: FilterQuery<TDoc>): Promise<number> {
    return (await this.model.deleteMany(this.scope(tenantId, filter)).exec()).deletedCount;
  }

  /** One page of the tenant's documents matching `filter`, in _id order, with an opaque token for the next. */
  async list(tenantId: string, options: ListOptions<TDoc> = {}): Promise<Page<Stored<TDoc>>> {
    const order = options.order ?? 'asc';
    const requested = options.pageSize ?? 0;
    const pageSize = requested <= 0 ? this.defaultPageSize : Math.min(Math.floor(requested), this.maxPageSize);
    let filter: FilterQuery<TDoc> = options.filter ?? {};
    if (options.pageToken) {
      const after = decodePageToken(options.pageToken, order);
      const position = { _id: { [order === 'asc' ? '$gt' : '$lt']: after } } as FilterQuery<TDoc>;
      filter = Object.keys(filter).length === 0 ? position : ({ $and: [filter, position] } as FilterQuery<TDoc>);
    }
    const rows = await this.model
      .find(this.scope(tenantId, filter), options.projection)
      .sort({ _id: order === 'asc' ? 1 : -1 })
      .limit(pageSize + 1)
      .lean<Stored<TDoc>[]>()
      .exec();
    const items = rows.slice(0, pageSize);
    const nextPageToken = rows.length > pageSize ? encodePageToken(items[items.length - 1]._id, order) : '';
    return { items, nextPageToken };
  }
}

function assertTenant(tenantId: string): void {
  if (typeof tenantId !== 'string' || tenantId.length === 0) throw new MissingTenantError('repository call', 'TenantRepository');
}

function encodePageToken(id: unknown, order: 'asc' | 'desc'): string {
  let cursor: PageCursor;
  if (id instanceof Types.ObjectId) cursor = { v: 1, o: order, t: 'oid', id: id.toHexString() };
  else if (typeof id === 'string') cursor = { v: 1, o: order, t: 'str', id };
  else if (typeof id === 'number') cursor = { v: 1, o: order, t: 'num', id };
  else throw new TypeError('list() pages only by ObjectId, string or number _id');
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function invalidToken(): ValidationError {
  return new ValidationError([{ field: 'pageToken', description: 'is not a page token of this list', code: 'invalid_format' }]);
}

function decodePageToken(token: string, order: 'asc' | 'desc'): unknown {
  if (token.length > 200 || !/^[A-Za-z0-9_-]+$/.test(token)) throw invalidToken();
  let cursor: unknown;
  try {
    cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidToken();
  }
  if (!isRecord(cursor) || cursor.v !== 1 || cursor.o !== order) throw invalidToken();
  if (cursor.t === 'oid' && typeof cursor.id === 'string' && /^[0-9a-f]{24}$/.test(cursor.id)) return new Types.ObjectId(cursor.id);
  if (cursor.t === 'str' && typeof cursor.id === 'string') return cursor.id;
  if (cursor.t === 'num' && typeof cursor.id === 'number' && Number.isFinite(cursor.id)) return cursor.id;
  throw invalidToken();
}

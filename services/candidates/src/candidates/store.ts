import { Types, type FilterQuery, type Model } from 'mongoose';
import {
  AlreadyExistsError,
  ConflictError,
  NotFoundError,
  outboxEntry,
  PreconditionError,
  TenantCache,
  TenantRepository,
  withOutbox,
  withOutboxDoc,
  type PlainValue,
  type ServiceRuntime,
  type Stored,
} from '@lethe/platform';
import { toTimestamp, TOPICS, type ActivityKind } from '@lethe/protos';
import type { ActivityStore } from '../activity/activity-log';
import type { CandidateDirectory, CandidateUse } from './directory';
import type { TopLevelField, UpdateMask, ValidCandidateInput } from './input';
import { candidateModel, PERSONAL_FIELDS, type BlindTokens, type CandidateDoc, type PersonalField, type PersonalValues } from './model';

export interface Actor {
  tenantId: string;
  actorId: string;
}

export interface DuplicateMatch {
  candidateId: string;
  matchedOn: ('identity' | 'email')[];
  markedForDeletion: boolean;
}

export interface ListFilter {
  tags: string[];
  skill?: string;
  ownerId?: string;
  source?: string;
  createdAfter?: Date;
  createdBefore?: Date;
  updatedAfter?: Date;
  updatedBefore?: Date;
  includeMarked: boolean;
  includeErasureRequested: boolean;
  /** Only these candidates (e.g. those with an application in some status). */
  candidateIds?: readonly string[];
}

/** A stored candidate with its personal data decrypted. */
export interface CandidateView {
  doc: CandidateDoc;
  values: PersonalValues;
}

const CACHE_TTL_SECONDS = 300;
const CACHE_PART = 'doc';

/** Seed 004: marked and anonymised candidates are hidden from searches and lists unless asked for (with the right). */
function hideMarked(query: FilterQuery<CandidateDoc>): void {
  query.markedForDeletion = { $exists: false };
  query.state = { $ne: 'anonymised' };
}

/** Which activity of seed 002 a change of these fields is. */
function activityOfChange(personal: readonly PersonalField[], topLevel: readonly TopLevelField[]): ActivityKind {
  if (topLevel.includes('tags') && personal.length === 0) return 'ACTIVITY_KIND_TAGS_UPDATED';
  if (topLevel.includes('source') && personal.length === 0) return 'ACTIVITY_KIND_SOURCE_SET';
  if (personal.length > 0 && personal.every((field) => field === 'skills')) return 'ACTIVITY_KIND_SKILLS_UPDATED';
  if (personal.length > 0 && personal.every((field) => field === 'customFields')) return 'ACTIVITY_KIND_CUSTOM_FIELDS_UPDATED';
  if (personal.length > 0 && personal.every((field) => field === 'notes')) return 'ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED';
  return 'ACTIVITY_KIND_PROFILE_UPDATED';
}

/**
 * Candidates in MongoDB: personal fields encrypted per candidate, keyed blind indexes for equality
 * lookups, events in the same single-document write as the change, a ciphertext read cache.
 */
export class CandidateStore implements CandidateDirectory {
  readonly model: Model<CandidateDoc>;
  readonly repository: TenantRepository<CandidateDoc>;
  readonly cache: TenantCache;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly activities: ActivityStore,
  ) {
    this.model = candidateModel(runtime.mongo);
    this.repository = new TenantRepository(this.model, { resourceType: 'candidate', maxPageSize: 100, defaultPageSize: 20 });
    this.cache = new TenantCache(runtime.redis, 'candidates');
  }

  // ---- personal data ----

  async encrypt(tenantId: string, candidateId: string, values: PersonalValues): Promise<CandidateDoc['personal']> {
    const present = PERSONAL_FIELDS.filter((field) => values[field] !== undefined);
    const sealed = await this.runtime.cipher.encryptFields(tenantId, candidateId, values as Record<PersonalField, PlainValue | undefined>, present);
    return Object.fromEntries(present.map((field) => [field, sealed[field] as string]));
  }

  async decrypt(doc: CandidateDoc): Promise<PersonalValues> {
    const present = PERSONAL_FIELDS.filter((field) => doc.personal[field] !== undefined);
    if (present.length === 0) return {};
    const opened = await this.runtime.cipher.decryptFields(doc.tenantId, doc._id, doc.personal, present);
    return Object.fromEntries(present.map((field) => [field, opened[field]])) as PersonalValues;
  }

  tokensOf(tenantId: string, values: PersonalValues): BlindTokens {
    const { blindIndex } = this.runtime;
    const tokens: BlindTokens = { skills: [] };
    const email = blindIndex.compute(tenantId, 'email', values.email);
    const name = blindIndex.computeComposite(tenantId, 'name', [values.firstName, values.lastName]);
    const identity = blindIndex.computeComposite(tenantId, 'identity', [values.salutation, values.firstName, values.dateOfBirth]);
    if (email) tokens.email = email;
    if (name) tokens.name = name;
    if (identity) tokens.identity = identity;
    tokens.skills = [...new Set((values.skills ?? []).map((skill) => blindIndex.compute(tenantId, 'skill', skill)).filter((t): t is string => t !== null))];
    return tokens;
  }

  // ---- duplicate check (seed 003) ----

  async duplicatesOf(tenantId: string, values: PersonalValues, excludeId?: string): Promise<DuplicateMatch[]> {
    const tokens = this.tokensOf(tenantId, values);
    const or: FilterQuery<CandidateDoc>[] = [];
    if (tokens.identity) or.push({ 'tokens.identity': tokens.identity });
    if (tokens.email) or.push({ 'tokens.email': tokens.email });
    if (or.length === 0) return [];
    const found = await this.repository.find(tenantId, { $or: or }, { projection: { tokens: 1, markedForDeletion: 1 }, limit: 50 });
    return found
      .filter((doc) => doc._id !== excludeId)
      .map((doc) => ({
        candidateId: doc._id,
        matchedOn: [
          ...(tokens.identity && doc.tokens?.identity === tokens.identity ? (['identity'] as const) : []),
          ...(tokens.email && doc.tokens?.email === tokens.email ? (['email'] as const) : []),
        ],
        markedForDeletion: Boolean(doc.markedForDeletion),
      }));
  }

  private refuseDuplicates(duplicates: DuplicateMatch[], allowed: boolean): void {
    if (duplicates.length > 0 && !allowed) {
      throw new AlreadyExistsError('candidate', duplicates[0].candidateId, 'DUPLICATE_CANDIDATE');
    }
  }

  // ---- commands ----

  /** A new candidate's document with its CandidateCreated event in the same write. */
  private async newDoc(actor: Actor, input: ValidCandidateInput, values: PersonalValues, now: Date, id = new Types.ObjectId().toHexString()): Promise<CandidateDoc> {
    const doc: CandidateDoc = {
      _id: id,
      tenantId: actor.tenantId,
      personal: await this.encrypt(actor.tenantId, id, values),
      tokens: this.tokensOf(actor.tenantId, values),
      tags: input.tags,
      ownerId: input.ownerId || actor.actorId,
      source: input.source,
      inboundChannel: input.inboundChannel,
      state: 'active',
      createdAt: now,
      updatedAt: now,
      createdBy: actor.actorId,
      updatedBy: actor.actorId,
      version: 1,
    };
    const created = outboxEntry(TOPICS.candidateEvents, {
      type: 'lethe.candidates.v1.CandidateCreated',
      tenantId: actor.tenantId,
      subjectId: id,
      time: now,
      payload: { candidateId: id, ownerId: doc.ownerId, source: doc.source, createdAt: toTimestamp(now), createdBy: actor.actorId },
    });
    return withOutboxDoc(doc, [created]);
  }

  async create(actor: Actor, input: ValidCandidateInput, values: PersonalValues, allowDuplicates: boolean): Promise<{ view: CandidateView; duplicates: DuplicateMatch[] }> {
    const duplicates = await this.duplicatesOf(actor.tenantId, values);
    this.refuseDuplicates(duplicates, allowDuplicates);
    const now = this.runtime.clock.now();
    const doc = await this.newDoc(actor, input, values, now);
    await this.repository.insert(actor.tenantId, doc);
    await this.activities.record({ tenantId: actor.tenantId, candidateId: doc._id, kind: 'ACTIVITY_KIND_CANDIDATE_CREATED', actorId: actor.actorId, occurredAt: now });
    const { outbox: _events, ...stored } = doc;
    return { view: { doc: stored, values }, duplicates };
  }

  /**
   * Many candidates in one write. Duplicates among the stored candidates and within the batch refuse
   * the whole batch unless allowed; returns the new ids in input order.
   */
  async createMany(actor: Actor, inputs: readonly { input: ValidCandidateInput; values: PersonalValues }[], allowDuplicates: boolean): Promise<string[]> {
    if (!allowDuplicates) {
      const tokens = inputs.map(({ values }) => this.tokensOf(actor.tenantId, values));
      const seen = new Set<string>();
      for (const token of tokens.flatMap((t) => [t.identity && `i:${t.identity}`, t.email && `e:${t.email}`]).filter((t): t is string => Boolean(t))) {
        if (seen.has(token)) throw new AlreadyExistsError('candidate', 'in this batch', 'DUPLICATE_CANDIDATE');
        seen.add(token);
      }
      const identities = tokens.map((t) => t.identity).filter((t): t is string => Boolean(t));
      const emails = tokens.map((t) => t.email).filter((t): t is string => Boolean(t));
      const existing = await this.repository.findOne(actor.tenantId, { $or: [{ 'tokens.identity': { $in: identities } }, { 'tokens.email': { $in: emails } }] }, { projection: { _id: 1 } });
      if (existing) throw new AlreadyExistsError('candidate', existing._id, 'DUPLICATE_CANDIDATE');
    }
    const now = this.runtime.clock.now();
    const ids = inputs.map(() => new Types.ObjectId().toHexString());
    await this.runtime.cipher.createKeys(actor.tenantId, ids);
    const docs = await Promise.all(inputs.map(({ input, values }, i) => this.newDoc(actor, input, values, now, ids[i])));
    await this.repository.insertMany(actor.tenantId, docs);
    await this.activities.recordMany(
      actor.tenantId,
      docs.map((doc) => ({ candidateId: doc._id, kind: 'ACTIVITY_KIND_CANDIDATE_CREATED' as const, actorId: actor.actorId, occurredAt: now })),
    );
    return docs.map((doc) => doc._id);
  }

  async update(
    actor: Actor,
    id: string,
    input: ValidCandidateInput,
    inputValues: PersonalValues,
    mask: UpdateMask,
    expectedVersion: number,
    allowDuplicates: boolean,
  ): Promise<{ view: CandidateView; duplicates: DuplicateMatch[] }> {
    const current = await this.load(actor.tenantId, id);
    this.requireEditable(current);
    if (expectedVersion > 0 && current.version !== expectedVersion) {
      throw new ConflictError(`candidate ${id} has version ${current.version}, not ${expectedVersion}`, 'VERSION_MISMATCH');
    }
    const values: PersonalValues = { ...(await this.decrypt(current)) };
    for (const field of mask.personal) {
      if (inputValues[field] === undefined) delete values[field];
      else (values as Record<string, unknown>)[field] = inputValues[field];
    }
    const duplicates = mask.personal.some((field) => ['salutation', 'firstName', 'dateOfBirth', 'email'].includes(field))
      ? await this.duplicatesOf(actor.tenantId, values, id)
      : [];
    this.refuseDuplicates(duplicates, allowDuplicates);

    const now = this.runtime.clock.now();
    const set: Partial<CandidateDoc> = {
      personal: await this.encrypt(actor.tenantId, id, values),
      tokens: this.tokensOf(actor.tenantId, values),
      updatedAt: now,
      updatedBy: actor.actorId,
      version: current.version + 1,
    };
    for (const field of mask.topLevel) {
      if (field === 'tags') set.tags = input.tags;
      else set[field] = input[field] || (field === 'ownerId' ? current.ownerId : '');
    }
    const changedFields = [...mask.personal, ...mask.topLevel];
    const entry = outboxEntry(TOPICS.candidateEvents, {
      type: 'lethe.candidates.v1.CandidateUpdated',
      tenantId: actor.tenantId,
      subjectId: id,
      time: now,
      payload: { candidateId: id, changedFields, updatedAt: toTimestamp(now), updatedBy: actor.actorId, ownerId: set.ownerId ?? current.ownerId },
    });
    // The version in the filter makes a concurrent change lose instead of overwriting.
    const result = await this.repository.updateOne(actor.tenantId, { _id: id, version: current.version }, withOutbox({ $set: set }, [entry]));
    if (result.matched === 0) return this.refuseLostUpdate(actor.tenantId, id);
    await this.forget(actor.tenantId, id);
    await this.activities.record({ tenantId: actor.tenantId, candidateId: id, kind: activityOfChange(mask.personal, mask.topLevel), actorId: actor.actorId, occurredAt: now });
    return { view: { doc: { ...current, ...set }, values }, duplicates };
  }

  /**
   * A versioned write matched nothing: another write came between its read and its write. Retention's
   * writes (erasure, mark) bump the version too, so the answer follows the record as it is now.
   */
  private async refuseLostUpdate(tenantId: string, id: string): Promise<never> {
    await this.requireStored(tenantId, id, 'edit');
    throw new ConflictError(`candidate ${id} changed concurrently; read it again`, 'VERSION_MISMATCH');
  }

  // ---- reads ----

  /** The stored document (through the cache); NOT_FOUND for unknown, erased or another tenant's ids. */
  async load(tenantId: string, id: string): Promise<CandidateDoc> {
    const cached = await this.cache.get(tenantId, ['subject', id, CACHE_PART]).catch(() => null);
    if (cached) return reviveDoc(JSON.parse(cached) as CandidateDoc);
    const doc = await this.repository.findById(tenantId, id, { outbox: 0 });
    if (!doc) throw new NotFoundError('candidate', id);
    // Only ciphertexts and keyed tokens go to Redis: the document as stored.
    await this.cache.set(tenantId, ['subject', id, CACHE_PART], JSON.stringify(doc), CACHE_TTL_SECONDS).catch(() => undefined);
    return doc;
  }

  async view(tenantId: string, id: string): Promise<CandidateView> {
    const doc = await this.load(tenantId, id);
    return { doc, values: await this.decrypt(doc) };
  }

  async list(tenantId: string, filter: ListFilter, pageSize: number, pageToken: string): Promise<{ views: CandidateView[]; nextPageToken: string }> {
    const query: FilterQuery<CandidateDoc> = {};
    if (filter.tags.length > 0) query.tags = { $all: filter.tags };
    if (filter.skill) query['tokens.skills'] = this.runtime.blindIndex.compute(tenantId, 'skill', filter.skill);
    if (filter.ownerId) query.ownerId = filter.ownerId;
    if (filter.source) query.source = filter.source;
    const range = (after?: Date, before?: Date) => ({ ...(after ? { $gte: after } : {}), ...(before ? { $lt: before } : {}) });
    if (filter.createdAfter || filter.createdBefore) query.createdAt = range(filter.createdAfter, filter.createdBefore);
    if (filter.updatedAfter || filter.updatedBefore) query.updatedAt = range(filter.updatedAfter, filter.updatedBefore);
    if (!filter.includeMarked) hideMarked(query);
    if (!filter.includeErasureRequested) query.erasureRequest = { $exists: false };
    if (filter.candidateIds) query._id = { $in: [...filter.candidateIds] };
    const page = await this.repository.list(tenantId, { filter: query, pageSize, pageToken, projection: { outbox: 0 } });
    return { views: await this.views(page.items), nextPageToken: page.nextPageToken };
  }

  /** Exact lookups; what the default list hides (marked, anonymised, an open erasure request) shows only with includeMarked. */
  async findByToken(tenantId: string, field: 'email' | 'name', token: string | null, includeMarked: boolean): Promise<CandidateView[]> {
    if (!token) return [];
    const query: FilterQuery<CandidateDoc> = { [`tokens.${field}`]: token };
    if (!includeMarked) {
      hideMarked(query);
      query.erasureRequest = { $exists: false };
    }
    return this.views(await this.repository.find(tenantId, query, { projection: { outbox: 0 }, limit: 100, sort: { _id: 1 } }));
  }

  private views(docs: Stored<CandidateDoc>[]): Promise<CandidateView[]> {
    return Promise.all(docs.map(async (doc) => ({ doc, values: await this.decrypt(doc) })));
  }

  // ---- CandidateDirectory ----

  async require(tenantId: string, candidateId: string, use: CandidateUse): Promise<void> {
    this.permit(await this.load(tenantId, candidateId), use);
  }

  /**
   * After a write about the candidate: NOT_FOUND or FAILED_PRECONDITION when an erasure or a mark came
   * in between (read past the cache, which may still hold the record as it was). Encrypting after an
   * erasure's shred made a fresh key; it goes again, so no key outlives the erasure.
   */
  async requireStored(tenantId: string, candidateId: string, use: CandidateUse): Promise<void> {
    const fresh = await this.repository.findById(tenantId, candidateId, { outbox: 0 });
    if (!fresh || (fresh.state !== 'active' && Object.keys(fresh.personal).length === 0)) await this.runtime.cipher.shred(tenantId, candidateId);
    if (!fresh) throw new NotFoundError('candidate', candidateId);
    this.permit(fresh, use);
  }

  private permit(doc: CandidateDoc, use: CandidateUse): void {
    if (use === 'read') return;
    this.requireEditable(doc);
    if (use === 'new-assignment' && doc.erasureRequest) {
      throw new PreconditionError('ERASURE_REQUESTED', `candidate ${doc._id} has an open erasure request`, { type: 'candidate', id: doc._id });
    }
  }

  async ownerOf(tenantId: string, candidateId: string): Promise<string> {
    return (await this.load(tenantId, candidateId)).ownerId;
  }

  requireEditable(doc: CandidateDoc): void {
    if (doc.markedForDeletion) {
      throw new PreconditionError('SUBJECT_MARKED_FOR_DELETION', `candidate ${doc._id} is marked for deletion`, { type: 'candidate', id: doc._id });
    }
    if (doc.state !== 'active') {
      throw new PreconditionError(doc.state === 'reduced' ? 'SUBJECT_REDUCED' : 'SUBJECT_ANONYMISED', `candidate ${doc._id} is ${doc.state}`, { type: 'candidate', id: doc._id });
    }
  }

  // ---- what retention decides ----

  /** A mark locks the record: the version moves, so an update that read it unmarked loses. */
  async setMark(tenantId: string, candidateId: string, mark: CandidateDoc['markedForDeletion']): Promise<void> {
    const update = mark ? { $set: { markedForDeletion: mark } } : { $unset: { markedForDeletion: 1 } };
    await this.repository.updateOne(tenantId, { _id: candidateId }, { ...update, $inc: { version: 1 } });
    await this.forget(tenantId, candidateId);
  }

  /**
   * Returns whether the candidate is held here. The version stays: an open request neither locks the
   * record nor is overwritten by an update.
   */
  async setErasureRequest(tenantId: string, candidateId: string, request: CandidateDoc['erasureRequest']): Promise<boolean> {
    const update = request ? { $set: { erasureRequest: request } } : { $unset: { erasureRequest: 1 } };
    const { matched } = await this.repository.updateOne(tenantId, { _id: candidateId }, update);
    await this.forget(tenantId, candidateId);
    return matched > 0;
  }

  /** After a change: drops the one cached copy of the record, by its key (no scan). */
  async forget(tenantId: string, candidateId: string): Promise<void> {
    await this.cache.del(tenantId, ['subject', candidateId, CACHE_PART]);
  }

  /** Erasure: drops everything cached under the candidate, whatever its key (a scan); returns how many entries went. */
  evict(tenantId: string, candidateId: string): Promise<number> {
    return this.cache.delSubject(tenantId, candidateId);
  }

}

/** JSON turns dates into strings; the cached document gets them back. */
function reviveDoc(doc: CandidateDoc): CandidateDoc {
  const date = (value: unknown) => (value ? new Date(value as string) : undefined);
  return {
    ...doc,
    createdAt: date(doc.createdAt)!,
    updatedAt: date(doc.updatedAt)!,
    markedForDeletion: doc.markedForDeletion && { markedAt: date(doc.markedForDeletion.markedAt)!, earliestDeletionAt: date(doc.markedForDeletion.earliestDeletionAt) },
    erasureRequest: doc.erasureRequest && { requestId: doc.erasureRequest.requestId, openedAt: date(doc.erasureRequest.openedAt)! },
  };
}

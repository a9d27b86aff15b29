import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { NotFoundError } from '@lethe/platform/errors';
import { TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import type { ServiceRuntime } from '@lethe/platform/service';
import type { TenantCache } from '@lethe/platform/redis';
import { candidateModel, type CandidateDoc } from './model';

const CACHE_TTL_SECONDS = 300;
const CACHE_PART = 'doc';
const WITHOUT_OUTBOX = { outbox: 0 } as const;

/**
 * Candidates in MongoDB, and a read cache of the stored documents in Redis: only ciphertexts and
 * keyed tokens go there, the document as stored. What reads decide from it (a mark, an erasure
 * request, the state) is trusted only under the cache's MAC; a refused entry is read from MongoDB.
 */
export class CandidateStore {
  readonly model: Model<CandidateDoc>;
  readonly repository: TenantRepository<CandidateDoc>;
  private readonly cache: TenantCache;

  constructor(runtime: Pick<ServiceRuntime, 'mongo' | 'cache'>) {
    this.model = candidateModel(runtime.mongo);
    this.repository = new TenantRepository(this.model, { resourceType: 'candidate', maxPageSize: 100, defaultPageSize: 20 });
    this.cache = runtime.cache;
  }

  insert(tenantId: string, doc: CandidateDoc): Promise<unknown> {
    return this.repository.insert(tenantId, doc);
  }

  insertMany(tenantId: string, docs: CandidateDoc[]): Promise<unknown> {
    return this.repository.insertMany(tenantId, docs);
  }

  /** The document through the cache; NOT_FOUND for unknown, erased or another tenant's ids. */
  async load(tenantId: string, id: string): Promise<CandidateDoc> {
    const cached = await this.cache.get(tenantId, ['subject', id, CACHE_PART]).catch(() => null);
    if (cached) return reviveDoc(JSON.parse(cached) as CandidateDoc);
    // Read before the document: a change landing meanwhile deletes it, and the copy read before the change is not cached.
    const stamp = await this.cache.subjectStamp(tenantId, id, CACHE_TTL_SECONDS).catch(() => undefined);
    const doc = await this.repository.findById(tenantId, id, WITHOUT_OUTBOX);
    if (!doc) {
      // Nothing to cache: no stamp is left behind for an id that holds nothing (an erased one).
      if (stamp) await this.forget(tenantId, id).catch(() => undefined);
      throw new NotFoundError('candidate', id);
    }
    if (stamp) await this.cache.setIfSubjectUnchanged(tenantId, id, ['subject', id, CACHE_PART], JSON.stringify(doc), CACHE_TTL_SECONDS, stamp).catch(() => undefined);
    return doc;
  }

  /** The document as stored, past the cache: what a write checks. */
  async loadStored(tenantId: string, id: string): Promise<CandidateDoc> {
    const doc = await this.repository.findById(tenantId, id, WITHOUT_OUTBOX);
    if (!doc) throw new NotFoundError('candidate', id);
    return doc;
  }

  findStored(tenantId: string, id: string): Promise<Stored<CandidateDoc> | null> {
    return this.repository.findById(tenantId, id, WITHOUT_OUTBOX);
  }

  /** One change of one candidate; drops the cached copy. Returns whether a document matched. */
  async update(tenantId: string, filter: FilterQuery<CandidateDoc> & { _id: string }, update: UpdateQuery<CandidateDoc>): Promise<boolean> {
    const { matched } = await this.repository.updateOne(tenantId, filter, update);
    await this.forget(tenantId, filter._id);
    return matched > 0;
  }

  find(tenantId: string, query: FilterQuery<CandidateDoc>, limit: number): Promise<Stored<CandidateDoc>[]> {
    return this.repository.find(tenantId, query, { projection: WITHOUT_OUTBOX, limit, sort: { _id: 1 } });
  }

  findOne(tenantId: string, query: FilterQuery<CandidateDoc>): Promise<Stored<CandidateDoc> | null> {
    return this.repository.findOne(tenantId, query, { projection: { _id: 1 } });
  }

  list(tenantId: string, query: FilterQuery<CandidateDoc>, pageSize: number, pageToken: string): Promise<Page<Stored<CandidateDoc>>> {
    return this.repository.list(tenantId, { filter: query, pageSize, pageToken, projection: WITHOUT_OUTBOX });
  }

  /** A page of the ids a list query matches (nothing decrypted, nothing else read). */
  async listIds(tenantId: string, query: FilterQuery<CandidateDoc>, pageSize: number, pageToken: string): Promise<Page<string>> {
    const page = await this.repository.list(tenantId, { filter: query, pageSize, pageToken, projection: { _id: 1 } });
    return { items: page.items.map((doc) => doc._id), nextPageToken: page.nextPageToken };
  }

  /** Removes the record; returns how many went. */
  delete(tenantId: string, id: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { _id: id });
  }

  /** After a change: drops the one cached copy of the record and the subject's stamp, by their keys (no scan). */
  async forget(tenantId: string, id: string): Promise<void> {
    await this.cache.del(tenantId, ['subject', id, CACHE_PART], this.cache.subjectStampParts(id));
  }

  /** Erasure: drops everything cached under the candidate, whatever its key; returns how many entries went. */
  evict(tenantId: string, id: string): Promise<number> {
    return this.cache.delSubject(tenantId, id);
  }
}

/** JSON turns dates into strings; the cached document gets them back. */
export function reviveDoc(doc: CandidateDoc): CandidateDoc {
  const date = (value: unknown) => (value ? new Date(value as string) : undefined);
  return {
    ...doc,
    createdAt: date(doc.createdAt)!,
    updatedAt: date(doc.updatedAt)!,
    markedForDeletion: doc.markedForDeletion && { markedAt: date(doc.markedForDeletion.markedAt)!, earliestDeletionAt: date(doc.markedForDeletion.earliestDeletionAt) },
    erasureRequest: doc.erasureRequest && { requestId: doc.erasureRequest.requestId, openedAt: date(doc.erasureRequest.openedAt)! },
  };
}

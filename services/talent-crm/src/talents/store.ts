import type { Connection, FilterQuery, Model, UpdateQuery } from 'mongoose';
import { ALL_TENANTS, inBatches, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import type { TalentTrigger } from './talent';
import { talentModel, type TalentDoc } from './model';

/** Reads leave out what only the relay and the rules work on. */
const WITHOUT_QUEUES = { outbox: 0, triggers: 0 } as const;

/** The equality filters a list may combine; each has an index of its own (see model.ts). */
export interface TalentQuery {
  poolIds?: string;
  tags?: string;
  status?: string;
  source?: string;
  recruiterId?: string;
  emailIndex?: string;
}

/** A trigger waiting for the rules, with the tenant of its talent. */
export interface PendingTrigger {
  tenantId: string;
  trigger: TalentTrigger;
}

/** Talents in MongoDB. Everything here is read and changed by `_id` or by an indexed field. */
export class TalentStore {
  readonly model: Model<TalentDoc>;
  private readonly repository: TenantRepository<TalentDoc>;

  constructor(connection: Connection) {
    this.model = talentModel(connection);
    this.repository = new TenantRepository(this.model, { resourceType: 'talent', defaultPageSize: 50, maxPageSize: 200 });
  }

  async insert(doc: TalentDoc): Promise<void> {
    await this.repository.insert(doc.tenantId, doc);
  }

  /** New talents as `newTalentDoc` builds them, in one insert (see TenantRepository.insertBuilt). */
  insertBuilt(tenantId: string, docs: readonly TalentDoc[]): Promise<void> {
    return this.repository.insertBuilt(tenantId, docs);
  }

  /** The talent as stored, or null (also for another tenant's id). */
  find(tenantId: string, id: string): Promise<Stored<TalentDoc> | null> {
    return this.repository.findById(tenantId, id, WITHOUT_QUEUES);
  }

  /** One change of one talent; returns whether the filter matched. */
  async update(tenantId: string, filter: FilterQuery<TalentDoc> & { _id: string }, update: UpdateQuery<TalentDoc>): Promise<boolean> {
    return (await this.repository.updateOne(tenantId, filter, update)).matched > 0;
  }

  list(tenantId: string, query: TalentQuery, pageSize: number, pageToken: string): Promise<Page<Stored<TalentDoc>>> {
    return this.repository.list(tenantId, { filter: query as FilterQuery<TalentDoc>, pageSize, pageToken, projection: WITHOUT_QUEUES });
  }

  /** Every talent matching the query, in _id order, in pages of `pageSize` (exports, rules over a pool). */
  async *each(tenantId: string, query: TalentQuery, pageSize = 200): AsyncGenerator<Stored<TalentDoc>> {
    let pageToken = '';
    do {
      const page = await this.list(tenantId, query, pageSize, pageToken);
      yield* page.items;
      pageToken = page.nextPageToken;
    } while (pageToken);
  }

  /** Ids and email tokens of the talents holding any of the tokens. */
  async withEmailTokens(tenantId: string, tokens: readonly string[]): Promise<{ _id: string; emailIndex?: string }[]> {
    if (tokens.length === 0) return [];
    return this.repository.find(tenantId, { emailIndex: { $in: [...tokens] } }, { projection: { _id: 1, emailIndex: 1 } });
  }

  findByAtsCandidateId(tenantId: string, atsCandidateId: string): Promise<Stored<TalentDoc> | null> {
    return this.repository.findOne(tenantId, { atsCandidateId }, { projection: WITHOUT_QUEUES });
  }

  /**
   * Talents with triggers the rules have not run for, across tenants, by the indexed flag. A talent
   * whose triggers were all settled meanwhile has its flag lowered here, by a write that finds none
   * left (so a trigger added meanwhile keeps it raised).
   */
  async pendingTriggers(limit: number): Promise<PendingTrigger[]> {
    const docs = await this.model
      .find({ triggersPending: true }, { tenantId: 1, triggers: 1 })
      .setOptions({ [ALL_TENANTS]: true })
      .limit(limit)
      .lean<Pick<TalentDoc, '_id' | 'tenantId' | 'triggers'>[]>()
      .exec();
    const settled = docs.filter((doc) => (doc.triggers ?? []).length === 0).map((doc) => doc._id);
    if (settled.length > 0) {
      await this.model
        .updateMany({ _id: { $in: settled }, triggersPending: true, $or: [{ triggers: { $size: 0 } }, { triggers: { $exists: false } }] }, { $set: { triggersPending: false } })
        .setOptions({ [ALL_TENANTS]: true })
        .exec();
    }
    return docs.flatMap((doc) => (doc.triggers ?? []).map((trigger) => ({ tenantId: doc.tenantId, trigger })));
  }

  /**
   * Removes a trigger the rules have run for: the entry as `pendingTriggers` read it, by equality,
   * so triggers added meanwhile stay. Filtered by the talent's id alone: ids are unique across
   * tenants and this one was read with its tenant, and a lone `_id` is the filter every store
   * answers from its index (one write per trigger on the path of every new talent).
   */
  async settleTrigger(trigger: TalentTrigger): Promise<void> {
    await this.model
      .updateOne({ _id: trigger.talentId }, { $pullAll: { triggers: [trigger] } } as UpdateQuery<TalentDoc>)
      .setOptions({ [ALL_TENANTS]: true })
      .exec();
  }

  /** `settleTrigger` for many triggers, in writes of at most STATEMENTS_PER_WRITE statements each. */
  async settleTriggers(triggers: readonly TalentTrigger[]): Promise<void> {
    for (const batch of inBatches(triggers)) {
      // The entries exactly as `pendingTriggers` read them, so past mongoose's casting.
      await this.model.collection.bulkWrite(
        batch.map((trigger) => ({ updateOne: { filter: { _id: trigger.talentId as never }, update: { $pullAll: { triggers: [trigger] } } as never } })),
        { ordered: true },
      );
    }
  }

  deleteOfSubject(tenantId: string, talentId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { _id: talentId });
  }
}

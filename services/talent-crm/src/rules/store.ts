import { Schema, type Connection, type Model } from 'mongoose';
import { ALL_TENANTS, defineTenantModel, isDuplicateKey, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import type { TalentTrigger, TriggerKindName } from '../talents/talent';
import type { RuleDefinition, RuleRun } from './rule';

/** A rule as stored. */
export interface RuleDoc extends RuleDefinition {
  _id: string;
  tenantId: string;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const ruleSchema = new Schema<RuleDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    name: { type: String, required: true },
    trigger: { type: String, required: true },
    triggerValue: { type: String, default: '' },
    filter: {
      tags: { type: [String], default: [] },
      sources: { type: [String], default: [] },
      poolIds: { type: [String], default: [] },
      statuses: { type: [String], default: [] },
      sourceInfo: { type: String, default: '' },
    },
    actions: { type: [new Schema({ kind: { type: String, required: true }, value: { type: String, default: '' } }, { _id: false })], default: [] },
    enabled: { type: Boolean, required: true },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { versionKey: false },
);
ruleSchema.index({ tenantId: 1, _id: 1 });
ruleSchema.index({ tenantId: 1, trigger: 1 });

/** The tenant's automation rules. */
export class RuleStore {
  readonly model: Model<RuleDoc>;
  private readonly repository: TenantRepository<RuleDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'Rule', ruleSchema, 'rules');
    this.repository = new TenantRepository(this.model, { resourceType: 'rule' });
  }

  insert(doc: RuleDoc): Promise<Stored<RuleDoc>> {
    return this.repository.insert(doc.tenantId, doc);
  }

  get(tenantId: string, id: string): Promise<Stored<RuleDoc>> {
    return this.repository.getById(tenantId, id);
  }

  /** Every rule of the tenant, in the order they were made (at most `limit`). */
  all(tenantId: string, limit: number): Promise<Stored<RuleDoc>[]> {
    return this.repository.find(tenantId, {}, { sort: { _id: 1 }, limit });
  }

  ofTrigger(tenantId: string, trigger: TriggerKindName): Promise<Stored<RuleDoc>[]> {
    return this.repository.find(tenantId, { trigger }, { sort: { _id: 1 } });
  }

  /** Replaces the rule's definition when it is at `expectedVersion`; null when it is not (or gone). */
  replace(tenantId: string, id: string, expectedVersion: number, definition: RuleDefinition, by: string, at: Date): Promise<Stored<RuleDoc> | null> {
    return this.repository.findOneAndUpdate(tenantId, { _id: id, version: expectedVersion }, { $set: { ...definition, updatedAt: at, updatedBy: by }, $inc: { version: 1 } });
  }

  delete(tenantId: string, id: string): Promise<number> {
    return this.repository.deleteOne(tenantId, { _id: id });
  }
}

/** A run as stored. */
export interface RuleRunDoc extends Omit<RuleRun, 'id'> {
  _id: string;
}

const runSchema = new Schema<RuleRunDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    ruleId: { type: String, required: true },
    talentId: { type: String, required: true },
    trigger: { type: String, required: true },
    triggerId: { type: String, required: true },
    outcome: String,
    effects: { type: [String], default: [] },
    reason: { type: String, default: '' },
    depth: { type: Number, required: true },
    ranAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// One run per rule and trigger, whoever inserts it first; the two lists, newest first.
runSchema.index({ tenantId: 1, triggerId: 1, ruleId: 1 }, { unique: true });
runSchema.index({ tenantId: 1, ruleId: 1, _id: 1 });
runSchema.index({ tenantId: 1, talentId: 1, _id: 1 });

/** Whose runs a list shows: one rule's, or those about one talent. */
export type RunOwner = { ruleId: string } | { talentId: string };

/** What the rules did: one document per rule and trigger, ids and codes only. */
export class RuleRunStore {
  readonly model: Model<RuleRunDoc>;
  private readonly repository: TenantRepository<RuleRunDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'RuleRun', runSchema, 'rule_runs');
    this.repository = new TenantRepository(this.model, { resourceType: 'rule run' });
  }

  ofTrigger(tenantId: string, triggerId: string): Promise<Stored<RuleRunDoc>[]> {
    return this.repository.find(tenantId, { triggerId });
  }

  /** Records that a rule runs for a trigger; null when a run of that rule for that trigger exists. */
  async start(doc: RuleRunDoc): Promise<Stored<RuleRunDoc> | null> {
    try {
      return await this.repository.insert(doc.tenantId, doc);
    } catch (err) {
      if (isDuplicateKey(err)) return null;
      throw err;
    }
  }

  async finish(tenantId: string, id: string, result: Pick<RuleRunDoc, 'outcome' | 'effects' | 'reason'>): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: id }, { $set: result });
  }

  /** The rule's newest run about the talent. */
  latest(tenantId: string, talentId: string, ruleId: string): Promise<Stored<RuleRunDoc> | null> {
    return this.repository.findOne(tenantId, { talentId, ruleId }, { sort: { _id: -1 } });
  }

  list(tenantId: string, owner: RunOwner, pageSize: number, pageToken: string): Promise<Page<Stored<RuleRunDoc>>> {
    return this.repository.list(tenantId, { filter: owner, pageSize, pageToken, order: 'desc' });
  }

  deleteOfSubject(tenantId: string, talentId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { talentId });
  }
}

/** A trigger from outside the talent's document, queued for the rules. */
interface QueuedTriggerDoc {
  /** The tenant and the trigger's id: a trigger queued twice is queued once. */
  _id: string;
  tenantId: string;
  talentId: string;
  trigger: TalentTrigger;
  queuedAt: Date;
}

const queuedSchema = new Schema<QueuedTriggerDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    talentId: { type: String, required: true },
    trigger: {
      id: { type: String, required: true },
      kind: { type: String, required: true },
      talentId: { type: String, required: true },
      value: String,
      causedByRuleId: String,
      at: { type: Date, required: true },
    },
    queuedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
queuedSchema.index({ queuedAt: 1 });
queuedSchema.index({ tenantId: 1, talentId: 1 });

const queuedIdOf = (tenantId: string, triggerId: string) => `${tenantId}:${triggerId}`;

/** Triggers from consent, reminders and the ATS waiting for the rules (an ordinary collection polled by an index). */
export class TriggerQueue {
  readonly model: Model<QueuedTriggerDoc>;
  private readonly repository: TenantRepository<QueuedTriggerDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'QueuedTrigger', queuedSchema, 'rule_triggers');
    this.repository = new TenantRepository(this.model, { resourceType: 'trigger' });
  }

  /** Queues the trigger unless it is queued already. */
  async enqueue(tenantId: string, trigger: TalentTrigger, at: Date): Promise<void> {
    try {
      await this.repository.insert(tenantId, { _id: queuedIdOf(tenantId, trigger.id), talentId: trigger.talentId, trigger, queuedAt: at });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }

  /** The oldest queued triggers across tenants. */
  async pending(limit: number): Promise<{ tenantId: string; trigger: TalentTrigger }[]> {
    const docs = await this.model
      .find({}, { tenantId: 1, trigger: 1 })
      .setOptions({ [ALL_TENANTS]: true })
      .sort({ queuedAt: 1 })
      .limit(limit)
      .lean<Pick<QueuedTriggerDoc, 'tenantId' | 'trigger'>[]>()
      .exec();
    return docs.map(({ tenantId, trigger }) => ({ tenantId, trigger }));
  }

  async settle(tenantId: string, triggerId: string): Promise<void> {
    await this.repository.deleteOne(tenantId, { _id: queuedIdOf(tenantId, triggerId) });
  }

  deleteOfSubject(tenantId: string, talentId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { talentId });
  }
}

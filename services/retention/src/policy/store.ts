import { Schema, type Connection, type Model } from 'mongoose';
import { ConflictError } from '@lethe/platform/errors';
import { ALL_TENANTS, defineTenantModel, isDuplicateKey, isStaleUpdate, TenantRepository } from '@lethe/platform/mongo';
import { DEFAULT_POLICY, type RetentionPolicy, type RetentionPolicyValues } from './policy';

interface PolicyDoc extends RetentionPolicy {
  _id: string;
  tenantId: string;
  /** The version every clock of the tenant has been rescheduled under (see policyChangeSource). */
  rescheduledVersion?: number;
}

const schema = new Schema<PolicyDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    deleteAfterMonths: Number,
    reduceAfterMonths: Number,
    poolReduceAfterMonths: Number,
    storageConsentExtensionMonths: Number,
    skeletonFields: [String],
    rejectionHoldMonths: Number,
    candidateNoticeDays: Number,
    candidateNoticesOff: Boolean,
    ownerNoticeDays: Number,
    waitHoursWithoutAssignment: Number,
    waitDaysNormalProcessing: Number,
    waitDaysPlacement: Number,
    defaultMode: String,
    anonymisedNotes: String,
    talentConsentDeadlineDays: Number,
    version: { type: Number, required: true },
    rescheduledVersion: Number,
    updatedAt: Date,
    updatedBy: String,
  },
  { versionKey: false },
);

/** One policy per tenant, versioned; the defaults until a tenant saves one. */
export class PolicyStore {
  private readonly model: Model<PolicyDoc>;
  private readonly repository: TenantRepository<PolicyDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'RetentionPolicy', schema, 'policies');
    this.repository = new TenantRepository(this.model, { resourceType: 'retention policy' });
  }

  async get(tenantId: string): Promise<RetentionPolicy> {
    const doc = await this.repository.findById(tenantId, tenantId);
    if (!doc) return DEFAULT_POLICY;
    const { _id: _ignoredId, tenantId: _ignoredTenant, rescheduledVersion: _ignoredRescheduled, ...policy } = doc;
    // Saved before note handling, the talents' consent deadline and the notice switch were part of the policy: the defaults.
    return {
      ...policy,
      anonymisedNotes: policy.anonymisedNotes ?? DEFAULT_POLICY.anonymisedNotes,
      talentConsentDeadlineDays: policy.talentConsentDeadlineDays ?? DEFAULT_POLICY.talentConsentDeadlineDays,
      candidateNoticesOff: policy.candidateNoticesOff ?? DEFAULT_POLICY.candidateNoticesOff,
    };
  }

  /** Saved policies whose clocks have not all been rescheduled yet (one document per tenant). */
  async awaitingReschedule(): Promise<{ tenantId: string; version: number; updatedAt: Date }[]> {
    const docs = await this.model
      .find({}, { tenantId: 1, version: 1, rescheduledVersion: 1, updatedAt: 1 })
      .setOptions({ [ALL_TENANTS]: true })
      .lean<Pick<PolicyDoc, 'tenantId' | 'version' | 'rescheduledVersion' | 'updatedAt'>[]>()
      .exec();
    return docs
      .filter((doc) => doc.rescheduledVersion !== doc.version)
      .map((doc) => ({ tenantId: doc.tenantId, version: doc.version, updatedAt: doc.updatedAt ?? new Date(0) }));
  }

  /** Every clock runs under `version` now; a policy saved meanwhile stays awaiting. */
  async markRescheduled(tenantId: string, version: number): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: tenantId, version }, { $set: { rescheduledVersion: version } });
  }

  async update(tenantId: string, values: RetentionPolicyValues, expectedVersion: number, actorId: string, now: Date): Promise<RetentionPolicy> {
    const current = await this.get(tenantId);
    if (isStaleUpdate(expectedVersion, current.version)) {
      throw new ConflictError(`the retention policy is at version ${current.version}, not ${expectedVersion}`, 'VERSION_MISMATCH');
    }
    const next: RetentionPolicy = { ...values, version: current.version + 1, updatedAt: now, updatedBy: actorId };
    // The version in the filter: of two concurrent updates, one wins and the other is told.
    const result = await this.repository
      .updateOne(tenantId, { _id: tenantId, version: current.version }, { $set: next }, { upsert: current.version === 0 })
      .catch((err: unknown) => {
        // Two first saves at once: the loser's upsert hits the _id of the winner's.
        if (isDuplicateKey(err)) return { matched: 0, modified: 0, upsertedId: undefined };
        throw err;
      });
    if (result.matched === 0 && result.upsertedId === undefined) {
      throw new ConflictError('the retention policy changed concurrently; read it again', 'VERSION_MISMATCH');
    }
    return next;
  }
}

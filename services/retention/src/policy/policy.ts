import { Schema, type Connection, type Model } from 'mongoose';
import { z } from 'zod';
import { ALL_TENANTS, ConflictError, defineTenantModel, isDuplicateKey, TenantRepository, type AnonymisedNotesName, type ErasureModeName } from '@lethe/platform';

/** Seed 003: what a reduction keeps by default; the application date always stays. */
export const DEFAULT_SKELETON_FIELDS = ['name', 'dateOfBirth', 'address', 'zip', 'city', 'country', 'nationality', 'source', 'inboundChannel', 'applicationDate'];
/** Field names a skeleton may name (those the services understand). */
export const SKELETON_FIELD_NAMES = ['name', 'dateOfBirth', 'address', 'zip', 'city', 'country', 'nationality', 'source', 'inboundChannel', 'applicationDate', 'phone', 'email'] as const;

export interface RetentionPolicyValues {
  deleteAfterMonths: number;
  reduceAfterMonths: number;
  poolReduceAfterMonths: number;
  storageConsentExtensionMonths: number;
  skeletonFields: string[];
  rejectionHoldMonths: number;
  candidateNoticeDays: number;
  ownerNoticeDays: number;
  waitHoursWithoutAssignment: number;
  waitDaysNormalProcessing: number;
  waitDaysPlacement: number;
  defaultMode: ErasureModeName;
  /** What anonymisation does with notes about the person; carried by every anonymise command. */
  anonymisedNotes: AnonymisedNotesName;
}

export interface RetentionPolicy extends RetentionPolicyValues {
  version: number;
  updatedAt?: Date;
  updatedBy?: string;
}

/** Seed 002 recommends 6 or 7 months; 6 it is until a tenant decides. */
export const DEFAULT_POLICY: RetentionPolicy = {
  deleteAfterMonths: 6,
  reduceAfterMonths: 0,
  poolReduceAfterMonths: 0,
  storageConsentExtensionMonths: 24,
  skeletonFields: DEFAULT_SKELETON_FIELDS,
  rejectionHoldMonths: 2,
  candidateNoticeDays: 14,
  ownerNoticeDays: 7,
  waitHoursWithoutAssignment: 6,
  waitDaysNormalProcessing: 14,
  waitDaysPlacement: 90,
  defaultMode: 'delete',
  anonymisedNotes: 'empty',
  version: 0,
};

const months = (max: number) => z.number().int('must be whole months').min(0, 'must not be negative').max(max, `must be at most ${max}`);

export const policySchema = z
  .object({
    deleteAfterMonths: z.number().int('must be whole months').min(1, 'is required: deletion cannot be switched off (1–12)').max(12, 'must be at most 12 (seed 002)'),
    reduceAfterMonths: months(11),
    poolReduceAfterMonths: months(60),
    storageConsentExtensionMonths: months(60),
    skeletonFields: z
      .array(z.enum(SKELETON_FIELD_NAMES, { errorMap: () => ({ message: `must be one of ${SKELETON_FIELD_NAMES.join(', ')}` }) }))
      .max(SKELETON_FIELD_NAMES.length)
      .transform((names) => [...new Set([...names, 'applicationDate'])]),
    rejectionHoldMonths: z.number().int().min(2, 'must be at least 2 (§ 15 Abs. 4 AGG)').max(12, 'must be at most 12'),
    candidateNoticeDays: z.number().int().min(1, 'must be at least 1 day').max(60, 'must be at most 60 days'),
    ownerNoticeDays: z.number().int().min(1, 'must be at least 1 day').max(60, 'must be at most 60 days'),
    waitHoursWithoutAssignment: z.number().int().min(6, 'must be at least 6 hours (seed 004)').max(24 * 30),
    waitDaysNormalProcessing: z.number().int().min(0).max(365),
    waitDaysPlacement: z.number().int().min(0).max(3650),
    defaultMode: z.enum(['delete', 'anonymise', 'reduce'], { errorMap: () => ({ message: 'must be DELETE, ANONYMISE or REDUCE' }) }),
    anonymisedNotes: z.enum(['keep', 'empty', 'delete'], { errorMap: () => ({ message: 'must be KEEP, EMPTY or DELETE' }) }),
  })
  .superRefine((policy, ctx) => {
    if (policy.reduceAfterMonths > 0 && policy.reduceAfterMonths >= policy.deleteAfterMonths) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reduceAfterMonths'], message: 'must be below deleteAfterMonths, or 0 (off)' });
    }
    if (policy.poolReduceAfterMonths > 0 && policy.poolReduceAfterMonths >= policy.deleteAfterMonths) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['poolReduceAfterMonths'], message: 'must be below deleteAfterMonths, or 0 (off)' });
    }
    if (policy.defaultMode === 'reduce' && policy.skeletonFields.length === 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['skeletonFields'], message: 'must name at least one field when the default mode is reduce' });
    }
  });

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
    ownerNoticeDays: Number,
    waitHoursWithoutAssignment: Number,
    waitDaysNormalProcessing: Number,
    waitDaysPlacement: Number,
    defaultMode: String,
    anonymisedNotes: String,
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
    // Saved before note handling was part of the policy: the default.
    return { ...policy, anonymisedNotes: policy.anonymisedNotes ?? DEFAULT_POLICY.anonymisedNotes };
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
    if (expectedVersion > 0 && expectedVersion !== current.version) {
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

import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel, TenantRepository } from '@lethe/platform/mongo';
import { applyChange, refuseNewRequest, type Restrictions, type RetentionChange } from './rules';

interface RestrictionsDoc extends Restrictions {
  _id: string;
  tenantId: string;
  subjectId: string;
}

const decision = { open: { type: Boolean, required: true }, at: { type: Date, required: true } };

const schema = new Schema<RestrictionsDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    mark: { type: new Schema(decision, { _id: false }), default: undefined },
    erasureRequest: { type: new Schema({ ...decision, requestId: { type: String, required: true } }, { _id: false }), default: undefined },
  },
  { versionKey: false },
);

const idOf = (tenantId: string, subjectId: string) => JSON.stringify([tenantId, subjectId]);

/**
 * One document per person retention told consent about (no personal data), read by `_id` alone.
 * Changed and checked inside the person's write fence, so no consent request slips past a mark or
 * an erasure request that consent already heard of.
 */
export class RestrictionStore {
  readonly model: Model<RestrictionsDoc>;
  private readonly repository: TenantRepository<RestrictionsDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'ConsentSubjectRestrictions', schema, 'subject_restrictions');
    this.repository = new TenantRepository(this.model, { resourceType: 'subject' });
  }

  async of(tenantId: string, subjectId: string): Promise<Restrictions | undefined> {
    return (await this.repository.findById(tenantId, idOf(tenantId, subjectId))) ?? undefined;
  }

  /** FAILED_PRECONDITION while the person is marked for deletion or has an open erasure request. */
  async refuseNewRequest(tenantId: string, subjectId: string): Promise<void> {
    refuseNewRequest(await this.of(tenantId, subjectId), subjectId);
  }

  /** Records one of retention's decisions unless a newer one of its kind is held; run as the person's writer. */
  async apply(tenantId: string, subjectId: string, change: RetentionChange): Promise<void> {
    const next = applyChange(await this.of(tenantId, subjectId), change);
    if (!next) return;
    await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId) }, { $set: { subjectId, [change.kind]: next[change.kind] } }, { upsert: true });
  }

  deleteOfSubject(tenantId: string, subjectId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { _id: idOf(tenantId, subjectId) });
  }
}

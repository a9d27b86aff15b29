import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel, isDuplicateKey, TenantRepository } from '@lethe/platform/mongo';

interface IntakeDoc {
  _id: string;
  tenantId: string;
  receivedAt: Date;
}

const schema = new Schema<IntakeDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    receivedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.index({ tenantId: 1, receivedAt: 1 });

/**
 * Every application received, once: its id and date, not whose it was. The contract applicant
 * volume counts the year's applications, erased applicants' too, so these rows are not the
 * person's and stay.
 */
export class ApplicationIntake {
  readonly model: Model<IntakeDoc>;
  private readonly repository: TenantRepository<IntakeDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'ApplicationIntake', schema, 'application_intake');
    this.repository = new TenantRepository(this.model, { resourceType: 'application' });
  }

  /** Records the application the first time it is heard of; later events about it change nothing. */
  async received(tenantId: string, applicationId: string, receivedAt: Date): Promise<void> {
    await this.repository.insert(tenantId, { _id: `${tenantId}/${applicationId}`, tenantId, receivedAt }).catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
    });
  }

  countBetween(tenantId: string, start: Date, end: Date): Promise<number> {
    return this.repository.count(tenantId, { receivedAt: { $gte: start, $lt: end } });
  }
}

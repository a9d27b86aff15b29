import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel, isDuplicateKey, TenantRepository } from '@lethe/platform';
import type { ClockStore } from '../clock/store';

export interface ApplicantVolume {
  year: number;
  unreducedActiveFromEarlierYears: number;
  applicationsInYear: number;
  contractVolume: number;
}

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
 * Every application received, once: its id and date, not whose it was. Seed 003 counts the
 * year's applications, erased applicants' too, so these rows are not the person's and stay.
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

/**
 * Seed 003, "Vertrags-Bewerbervolumen": applicants created in earlier years that are still held and
 * not reduced to skeleton data, plus the applications received in the year.
 */
export async function applicantVolume(clocks: ClockStore, intake: ApplicationIntake, tenantId: string, year: number): Promise<ApplicantVolume> {
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year + 1, 0, 1));
  let unreducedActiveFromEarlierYears = 0;
  for await (const clock of clocks.allOf(tenantId)) {
    // The record's creation when retention heard of it, else when retention first did.
    const since = clock.subjectCreatedAt ?? clock.firstSeenAt ?? clock.updatedAt;
    if (since < start && !clock.reduced && !clock.deleteIssuedAt) unreducedActiveFromEarlierYears++;
  }
  const applicationsInYear = await intake.countBetween(tenantId, start, end);
  return { year, unreducedActiveFromEarlierYears, applicationsInYear, contractVolume: unreducedActiveFromEarlierYears + applicationsInYear };
}

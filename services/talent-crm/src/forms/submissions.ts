import { Schema, type Connection } from 'mongoose';
import { defineTenantModel, TenantRepository } from '@lethe/platform/mongo';

/**
 * That a person submitted a talent form: which form in which version made which talent, and the
 * storage consent they gave on it. The answers themselves are in the talent's profile. Erased
 * with the person.
 */
export interface FormSubmissionDoc {
  _id: string;
  tenantId: string;
  talentId: string;
  formId: string;
  formVersion: number;
  submittedAt: Date;
  /** The storage consent recorded in the consent service. */
  consentId: string;
}

const schema = new Schema<FormSubmissionDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    talentId: { type: String, required: true },
    formId: { type: String, required: true },
    formVersion: { type: Number, required: true },
    submittedAt: { type: Date, required: true },
    consentId: { type: String, required: true },
  },
  { versionKey: false },
);
schema.index({ tenantId: 1, talentId: 1 });

export class FormSubmissionStore {
  private readonly repository: TenantRepository<FormSubmissionDoc>;

  constructor(connection: Connection) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'TalentFormSubmission', schema, 'talent_form_submissions'), { resourceType: 'talent form submission' });
  }

  async insert(doc: FormSubmissionDoc): Promise<void> {
    await this.repository.insert(doc.tenantId, doc);
  }

  ofTalent(tenantId: string, talentId: string): Promise<FormSubmissionDoc[]> {
    return this.repository.find(tenantId, { talentId });
  }

  /** Every submission of the person: for erasure. */
  deleteOfSubject(tenantId: string, talentId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { talentId });
  }
}

import { Schema, type Connection, type Model } from 'mongoose';
import { ConflictError, NotFoundError, ValidationError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import { ALL_TENANTS, defineTenantModel, isDuplicateKey, isStaleUpdate, TenantRepository, type Stored } from '@lethe/platform/mongo';
import type { TalentForm, TalentFormValues } from './form';

/** How many forms a tenant may have: every list of them is read whole. */
export const MAX_FORMS_PER_TENANT = 200;

interface FormDoc extends Omit<TalentForm, 'id'> {
  _id: string;
}

const definition = {
  _id: { type: String, required: true },
  tenantId: { type: String, required: true },
  title: { type: String, required: true },
  description: { type: String, default: '' },
  language: { type: String, required: true },
  fields: { type: [String], default: [] },
  twoStep: { type: Boolean, default: false },
  detailFields: { type: [String], default: [] },
  poolIds: { type: [String], default: [] },
  tags: { type: [String], default: [] },
  interestOptions: { type: [String], default: [] },
  storageConsentMonths: { type: Number, required: true },
  active: { type: Boolean, default: false },
  version: { type: Number, required: true },
  createdAt: { type: Date, required: true },
  createdBy: { type: String, required: true },
  updatedAt: { type: Date, required: true },
  updatedBy: { type: String, required: true },
};

const currentSchema = new Schema<FormDoc>(definition, { versionKey: false });
currentSchema.index({ tenantId: 1 });

/** Every version of a form, under `<form id>:<version>`: the form's history, and the insert that decides which of two saves wins. */
interface FormVersionDoc extends FormDoc {
  formId: string;
}
const versionSchema = new Schema<FormVersionDoc>({ ...definition, formId: { type: String, required: true } }, { versionKey: false });
versionSchema.index({ tenantId: 1, formId: 1 });

const versionId = (formId: string, version: number) => `${formId}:${version}`;

/**
 * The tenant's talent forms. A save names the version it read; of two saves from the same version
 * one fails ABORTED (VERSION_MISMATCH): each version is inserted under its own id first (an insert
 * is decided by the unique key on every backend, a conditional update is not on FerretDB), and only
 * then becomes the current form. Submissions name the version they were made with.
 */
export class FormStore {
  private readonly current: TenantRepository<FormDoc>;
  private readonly versions: TenantRepository<FormVersionDoc>;
  private readonly model: Model<FormDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'TalentForm', currentSchema, 'talent_forms');
    this.current = new TenantRepository(this.model, { resourceType: 'talent form' });
    this.versions = new TenantRepository(defineTenantModel(connection, 'TalentFormVersion', versionSchema, 'talent_form_versions'), { resourceType: 'talent form version' });
  }

  async create(tenantId: string, actorId: string, values: TalentFormValues, now: Date): Promise<TalentForm> {
    if ((await this.current.count(tenantId)) >= MAX_FORMS_PER_TENANT) {
      throw new ValidationError([{ field: 'form', code: 'too_many', description: `a tenant has at most ${MAX_FORMS_PER_TENANT} talent forms` }]);
    }
    const doc: FormDoc = { _id: newId(now), tenantId, ...values, version: 1, createdAt: now, createdBy: actorId, updatedAt: now, updatedBy: actorId };
    await this.versions.insert(tenantId, { ...doc, _id: versionId(doc._id, 1), formId: doc._id });
    await this.current.insert(tenantId, doc);
    return toForm(doc);
  }

  /** Saves the next version; `expectedVersion` 0 saves over whatever is current. */
  async update(tenantId: string, actorId: string, id: string, values: TalentFormValues, expectedVersion: number, now: Date): Promise<TalentForm> {
    const current = await this.get(tenantId, id);
    if (isStaleUpdate(expectedVersion, current.version)) throw new ConflictError(`talent form ${id} is at version ${current.version}, not ${expectedVersion}`, 'VERSION_MISMATCH');
    const next: FormDoc = { _id: id, tenantId, ...values, version: current.version + 1, createdAt: current.createdAt, createdBy: current.createdBy, updatedAt: now, updatedBy: actorId };
    try {
      await this.versions.insert(tenantId, { ...next, _id: versionId(id, next.version), formId: id });
    } catch (err) {
      if (isDuplicateKey(err)) throw new ConflictError(`talent form ${id} changed concurrently; read it again`, 'VERSION_MISMATCH');
      throw err;
    }
    const { _id: _id, tenantId: _tenant, ...fields } = next;
    // A later version already current (a save that came after this one) stays.
    await this.current.updateOne(tenantId, { _id: id, version: { $lt: next.version } }, { $set: fields });
    return toForm(next);
  }

  async get(tenantId: string, id: string): Promise<TalentForm> {
    return toForm(await this.current.getById(tenantId, id));
  }

  /** A form by its id alone, for its public page: whichever tenant it is, when it is active. */
  async findActive(id: string): Promise<TalentForm | undefined> {
    const doc = await this.model.findOne({ _id: id }).setOptions({ [ALL_TENANTS]: true }).lean<Stored<FormDoc>>().exec();
    return doc?.active ? toForm(doc) : undefined;
  }

  /** One version of a form, as a submission made with it saw it. */
  async version(tenantId: string, id: string, version: number): Promise<TalentForm> {
    const doc = await this.versions.findById(tenantId, versionId(id, version));
    if (!doc) throw new NotFoundError('talent form', versionId(id, version));
    const { formId, ...form } = doc;
    return toForm({ ...form, _id: formId });
  }

  async list(tenantId: string): Promise<TalentForm[]> {
    const docs = await this.current.find(tenantId, {}, { limit: MAX_FORMS_PER_TENANT });
    return docs.map(toForm).sort((a, b) => a.title.localeCompare(b.title));
  }
}

function toForm({ _id, ...doc }: FormDoc): TalentForm {
  return {
    id: _id,
    tenantId: doc.tenantId,
    title: doc.title,
    description: doc.description,
    language: doc.language,
    fields: [...doc.fields],
    twoStep: doc.twoStep,
    detailFields: [...doc.detailFields],
    poolIds: [...doc.poolIds],
    tags: [...doc.tags],
    interestOptions: [...doc.interestOptions],
    storageConsentMonths: doc.storageConsentMonths,
    active: doc.active,
    version: doc.version,
    createdAt: doc.createdAt,
    createdBy: doc.createdBy,
    updatedAt: doc.updatedAt,
    updatedBy: doc.updatedBy,
  };
}

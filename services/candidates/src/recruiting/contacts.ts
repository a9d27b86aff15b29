import { Types } from 'mongoose';
import { ConflictError, NotFoundError, PreconditionError, TenantRepository, type ServiceRuntime, type Stored, type Page, type ValidErasureCommand } from '@lethe/platform';
import { CONTACT_FIELDS, type ContactField, type ContactPersonDoc, type ContactValues, type RecruitingModels } from './model';

export interface ContactPersonInput {
  clientId: string;
  values: ContactValues;
  candidateId?: string;
}

export interface ContactPersonView {
  doc: ContactPersonDoc;
  values: ContactValues;
}

/** Skeleton field names of a reduction (seed 003) → the contact person's fields. */
const REDUCE_FIELDS: Record<string, readonly ContactField[]> = {
  name: ['salutation', 'firstName', 'lastName'],
  salutation: ['salutation'],
  firstName: ['firstName'],
  lastName: ['lastName'],
  email: ['email'],
  phone: ['phone'],
};

/** An update setting the contact person's fields and link (or removing the link). */
function linkedUpdate(set: Pick<ContactPersonDoc, 'clientId' | 'personal' | 'updatedAt'>, candidateId: string | undefined) {
  return candidateId ? { $set: { ...set, candidateId } } : { $set: set, $unset: { candidateId: 1 as const } };
}

function refuseErased(doc: ContactPersonDoc): void {
  if (doc.erased) throw new PreconditionError('SUBJECT_ERASED', `contact person ${doc._id} has been erased`, { type: 'contact person', id: doc._id });
}

/**
 * Contact persons of client companies. Their data is personal: every field is encrypted under the
 * contact person's own key (the contact person's id is the subject), so erasing them shreds it.
 */
export class ContactPersonStore {
  readonly repository: TenantRepository<ContactPersonDoc>;

  constructor(
    private readonly runtime: ServiceRuntime,
    models: RecruitingModels,
  ) {
    this.repository = new TenantRepository(models.contactPersons, { resourceType: 'contact person', maxPageSize: 100, defaultPageSize: 20 });
  }

  private async encrypt(tenantId: string, id: string, values: ContactValues): Promise<ContactPersonDoc['personal']> {
    const present = CONTACT_FIELDS.filter((field) => values[field] !== undefined);
    const sealed = await this.runtime.cipher.encryptFields(tenantId, id, values, present);
    return Object.fromEntries(present.map((field) => [field, sealed[field] as string]));
  }

  private async view(doc: ContactPersonDoc): Promise<ContactPersonView> {
    const present = CONTACT_FIELDS.filter((field) => doc.personal[field] !== undefined);
    const opened = present.length > 0 ? await this.runtime.cipher.decryptFields(doc.tenantId, doc._id, doc.personal, present) : {};
    return { doc, values: Object.fromEntries(present.map((field) => [field, String((opened as Record<string, unknown>)[field])])) };
  }

  async create(tenantId: string, actorId: string, input: ContactPersonInput, now: Date): Promise<ContactPersonView> {
    const id = new Types.ObjectId().toHexString();
    const doc: ContactPersonDoc = {
      _id: id,
      tenantId,
      clientId: input.clientId,
      personal: await this.encrypt(tenantId, id, input.values),
      createdAt: now,
      createdBy: actorId,
      updatedAt: now,
    };
    if (input.candidateId) doc.candidateId = input.candidateId;
    await this.repository.insert(tenantId, doc);
    return { doc, values: input.values };
  }

  async get(tenantId: string, id: string): Promise<ContactPersonView> {
    return this.view(await this.repository.getById(tenantId, id));
  }

  /** An anonymised or reduced contact person stays so: an update would bring their data back. */
  async update(tenantId: string, id: string, input: ContactPersonInput, now: Date): Promise<ContactPersonView> {
    const current = await this.repository.getById(tenantId, id);
    refuseErased(current);
    const set = { clientId: input.clientId, personal: await this.encrypt(tenantId, id, input.values), updatedAt: now };
    // An erasure between the read and the write wins: the write matches only a record not erased.
    const { matched } = await this.repository.updateOne(tenantId, { _id: id, erased: { $ne: true } }, linkedUpdate(set, input.candidateId));
    if (matched === 0) {
      const fresh = await this.repository.findById(tenantId, id);
      // Encrypting after the erasure's shred made a fresh key; it must not outlive the erasure.
      if (!fresh || Object.keys(fresh.personal).length === 0) await this.runtime.cipher.shred(tenantId, id);
      if (!fresh) throw new NotFoundError('contact person', id);
      refuseErased(fresh);
      throw new ConflictError(`contact person ${id} changed concurrently; read it again`);
    }
    return { doc: { ...current, ...set, candidateId: input.candidateId }, values: input.values };
  }

  /** The contact person as before an update that was taken back (its ciphertexts are under the same key); not once erased. */
  async restore(tenantId: string, was: ContactPersonDoc): Promise<void> {
    const { clientId, personal, updatedAt } = was;
    await this.repository.updateOne(tenantId, { _id: was._id, erased: { $ne: true } }, linkedUpdate({ clientId, personal, updatedAt }, was.candidateId));
  }

  async list(tenantId: string, clientId: string | undefined, pageSize: number, pageToken: string): Promise<Page<ContactPersonView>> {
    const page = await this.repository.list(tenantId, { filter: clientId ? { clientId } : {}, pageSize, pageToken });
    return { items: await Promise.all(page.items.map((doc) => this.view(doc))), nextPageToken: page.nextPageToken };
  }

  /** Removes the contact person; their key goes with them. */
  async delete(tenantId: string, id: string): Promise<void> {
    await this.repository.getById(tenantId, id, { _id: 1 });
    await this.repository.deleteOne(tenantId, { _id: id });
    await this.runtime.cipher.shred(tenantId, id);
  }

  async isLinked(tenantId: string, candidateId: string): Promise<boolean> {
    return this.repository.exists(tenantId, { candidateId });
  }

  /** A contact person is moved to the kept candidate of a merge (or, `ids` given, only those back); returns the ids moved. */
  async relink(tenantId: string, fromCandidateId: string, toCandidateId: string, ids?: readonly string[]): Promise<string[]> {
    const filter = ids ? { candidateId: fromCandidateId, _id: { $in: [...ids] } } : { candidateId: fromCandidateId };
    const moving = (await this.repository.find(tenantId, filter, { projection: { _id: 1 } })).map((doc) => doc._id);
    if (moving.length > 0) await this.repository.updateMany(tenantId, { _id: { $in: moving }, candidateId: fromCandidateId }, { $set: { candidateId: toCandidateId } });
    return moving;
  }

  /**
   * An erasure command about a contact person: delete removes them; anonymise keeps the record (the
   * client's history) without personal data; reduce keeps the fields named in keepFields under a new key.
   */
  async erase(command: ValidErasureCommand): Promise<Record<string, number>> {
    const { tenantId, subjectId, mode } = command;
    const doc: Stored<ContactPersonDoc> | null = await this.repository.findById(tenantId, subjectId);
    if (!doc) return {};
    if (mode === 'delete') {
      const removed = await this.repository.deleteOne(tenantId, { _id: subjectId });
      return { contactPersons: removed, contactKeys: await this.runtime.cipher.shred(tenantId, subjectId) };
    }
    const keep = mode === 'reduce' ? new Set(command.keepFields.flatMap((name) => REDUCE_FIELDS[name] ?? [])) : new Set<ContactField>();
    const kept = CONTACT_FIELDS.filter((field) => keep.has(field) && doc.personal[field] !== undefined);
    let personal: ContactPersonDoc['personal'] = {};
    let keys = 0;
    if (kept.length > 0) {
      const rekeyed = await this.runtime.cipher.rekey(tenantId, subjectId, doc.personal, kept);
      personal = Object.fromEntries(kept.map((field) => [field, rekeyed[field] as string]));
    }
    await this.repository.updateOne(tenantId, { _id: subjectId }, { $set: { personal, erased: true, updatedAt: this.runtime.clock.now() }, $unset: { candidateId: 1 } });
    if (kept.length === 0) keys = await this.runtime.cipher.shred(tenantId, subjectId);
    return { contactPersons: 1, contactFieldsRemoved: Object.keys(doc.personal).length - kept.length, contactKeys: keys };
  }
}

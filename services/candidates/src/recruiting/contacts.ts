import { PreconditionError } from '@lethe/platform/errors';
import type { SubjectFence, ValidErasureCommand } from '@lethe/platform/erasure';
import { newId } from '@lethe/platform/ids';
import { TenantRepository, type Page } from '@lethe/platform/mongo';
import type { ServiceRuntime } from '@lethe/platform/service';
import type { Candidates } from '../candidates/candidates';
import { CONTACT_FIELDS, type ContactField, type ContactPersonDoc, type ContactValues, type RecruitingModels } from './model';

export interface ContactPersonInput {
  clientId: string;
  values: ContactValues;
  /** The candidate this person also is. */
  candidateId?: string;
}

export interface ContactPersonView {
  doc: ContactPersonDoc;
  values: ContactValues;
}

/** Skeleton field names of a reduction → the contact person's fields. */
const REDUCE_FIELDS: Record<string, readonly ContactField[]> = {
  name: ['salutation', 'firstName', 'lastName'],
  salutation: ['salutation'],
  firstName: ['firstName'],
  lastName: ['lastName'],
  email: ['email'],
  phone: ['phone'],
};

/** The fields a reduction of a contact person keeps. */
export function contactFieldsKept(keepFields: readonly string[]): ContactField[] {
  const keep = new Set(keepFields.flatMap((name) => REDUCE_FIELDS[name] ?? []));
  return CONTACT_FIELDS.filter((field) => keep.has(field));
}

/**
 * A contact person marked for deletion is locked until restored; a reduced one stays so: a change
 * would bring their data back. (An anonymised or deleted one is erased: the fence refuses any write
 * about them.)
 */
export function refuseLocked(doc: ContactPersonDoc): void {
  const resource = { type: 'contact person', id: doc._id };
  if (doc.markedForDeletion) throw new PreconditionError('SUBJECT_MARKED_FOR_DELETION', `contact person ${doc._id} is marked for deletion`, resource);
  if (doc.erased) throw new PreconditionError('SUBJECT_REDUCED', `contact person ${doc._id} is reduced to skeleton data`, resource);
}

/** A change of the contact person's fields and of its link to a candidate (or the link's removal). */
function linkedUpdate(set: Pick<ContactPersonDoc, 'clientId' | 'personal' | 'updatedAt'>, candidateId: string | undefined) {
  return candidateId ? { $set: { ...set, candidateId } } : { $set: set, $unset: { candidateId: 1 as const } };
}

/**
 * Contact persons of client companies. Their data is personal: every field is encrypted under the
 * contact person's own key (the contact person is a subject of their own), so erasing them shreds
 * it. Linking one to a candidate is a change of that candidate: it makes the candidate keep name,
 * address and contact data through an erasure, so it is refused while the candidate is marked.
 */
export class ContactPersonStore {
  readonly repository: TenantRepository<ContactPersonDoc>;

  constructor(
    private readonly runtime: Pick<ServiceRuntime, 'cipher' | 'clock'> & { fence: SubjectFence },
    models: RecruitingModels,
    private readonly candidates: Candidates,
  ) {
    this.repository = new TenantRepository(models.contactPersons, { resourceType: 'contact person', maxPageSize: 100, defaultPageSize: 20 });
  }

  async create(tenantId: string, actorId: string, input: ContactPersonInput, now: Date): Promise<ContactPersonView> {
    // A new contact person: no erasure can be about them yet.
    const id = newId();
    return this.linkingTo(tenantId, input.candidateId, undefined, async () => {
      const doc: ContactPersonDoc = { _id: id, tenantId, clientId: input.clientId, personal: await this.encrypt(tenantId, id, input.values), createdAt: now, createdBy: actorId, updatedAt: now };
      if (input.candidateId) doc.candidateId = input.candidateId;
      await this.repository.insert(tenantId, doc);
      return { doc, values: input.values };
    });
  }

  async get(tenantId: string, id: string): Promise<ContactPersonView> {
    return this.view(await this.repository.getById(tenantId, id));
  }

  update(tenantId: string, id: string, input: ContactPersonInput, now: Date): Promise<ContactPersonView> {
    return this.runtime.fence.write(
      { tenantId, subjectId: id },
      async () => {
        const current = await this.repository.getById(tenantId, id);
        return this.linkingTo(tenantId, input.candidateId, current.candidateId, async () => {
          refuseLocked(current);
          const set = { clientId: input.clientId, personal: await this.encrypt(tenantId, id, input.values), updatedAt: now };
          await this.repository.updateOne(tenantId, { _id: id }, linkedUpdate(set, input.candidateId));
          return { doc: { ...current, ...set, candidateId: input.candidateId }, values: input.values };
        });
      },
      'contact person',
    );
  }

  /** Contact persons marked for deletion are left out unless asked for (with the right to see them). */
  async list(tenantId: string, filter: { clientId?: string; includeMarked: boolean }, pageSize: number, pageToken: string): Promise<Page<ContactPersonView>> {
    const query = { ...(filter.clientId ? { clientId: filter.clientId } : {}), ...(filter.includeMarked ? {} : { markedForDeletion: { $exists: false } }) };
    const page = await this.repository.list(tenantId, { filter: query, pageSize, pageToken });
    return { items: await Promise.all(page.items.map((doc) => this.view(doc))), nextPageToken: page.nextPageToken };
  }

  /** Removes the contact person; their key goes with them. */
  delete(tenantId: string, id: string): Promise<void> {
    return this.runtime.fence.write(
      { tenantId, subjectId: id },
      async () => {
        // A reduced contact person may still be deleted; a marked one waits for its mark.
        refuseLocked(await this.repository.getById(tenantId, id, { _id: 1, markedForDeletion: 1 }));
        await this.repository.deleteOne(tenantId, { _id: id });
        await this.runtime.cipher.shred(tenantId, id);
      },
      'contact person',
    );
  }

  /**
   * Retention's mark (or its lifting) of the contact person: hidden from lists and locked while it
   * stands. An id this service holds no contact person of, or erased meanwhile, changes nothing.
   */
  async setMark(tenantId: string, id: string, mark: ContactPersonDoc['markedForDeletion']): Promise<void> {
    const update = mark ? { $set: { markedForDeletion: mark } } : { $unset: { markedForDeletion: 1 as const } };
    await this.runtime.fence.writeUnlessErased({ tenantId, subjectId: id }, () => this.repository.updateOne(tenantId, { _id: id }, update));
  }

  /** The subject as a contact person, and the contact persons linked to the subject as a candidate: the same person's data. */
  async ofSubject(tenantId: string, subjectId: string): Promise<ContactPersonView[]> {
    const [own, linked] = await Promise.all([this.repository.findById(tenantId, subjectId), this.repository.find(tenantId, { candidateId: subjectId }, { sort: { _id: 1 } })]);
    const docs = [...(own ? [own] : []), ...linked.filter((doc) => doc._id !== subjectId)];
    return Promise.all(docs.map((doc) => this.view(doc)));
  }

  isLinked(tenantId: string, candidateId: string): Promise<boolean> {
    return this.repository.exists(tenantId, { candidateId });
  }

  /** A merge: the contact persons linked to one candidate are linked to the other. */
  async relink(tenantId: string, fromCandidateId: string, toCandidateId: string): Promise<void> {
    await this.repository.updateMany(tenantId, { candidateId: fromCandidateId }, { $set: { candidateId: toCandidateId } });
  }

  /**
   * An erasure command about a contact person: delete removes them; anonymise keeps the record (the
   * client's history) without personal data; reduce keeps the fields named in keepFields under a new key.
   */
  async erase(command: ValidErasureCommand): Promise<Record<string, number>> {
    const { tenantId, subjectId, mode } = command;
    const doc = await this.repository.findById(tenantId, subjectId);
    if (!doc) return {};
    if (mode === 'delete') {
      const removed = await this.repository.deleteOne(tenantId, { _id: subjectId });
      return { contactPersons: removed, contactKeys: await this.runtime.cipher.shred(tenantId, subjectId) };
    }
    const kept = (mode === 'reduce' ? contactFieldsKept(command.keepFields) : []).filter((field) => doc.personal[field] !== undefined);
    let personal: ContactPersonDoc['personal'] = {};
    if (kept.length > 0) {
      const rekeyed = await this.runtime.cipher.rekey(tenantId, subjectId, doc.personal, kept);
      personal = Object.fromEntries(kept.map((field) => [field, rekeyed[field] as string]));
    }
    await this.repository.updateOne(tenantId, { _id: subjectId }, { $set: { personal, erased: true, updatedAt: this.runtime.clock.now() }, $unset: { candidateId: 1 } });
    const keys = kept.length === 0 ? await this.runtime.cipher.shred(tenantId, subjectId) : 0;
    return { contactPersons: 1, contactFieldsRemoved: Object.keys(doc.personal).length - kept.length, contactKeys: keys };
  }

  /** Runs `work` as a write of the linked candidate, when there is one. */
  /**
   * Runs `work` as the writer of the candidate the contact person is linked to. A new link is
   * refused while the candidate is marked or asked to be forgotten: a linked candidate keeps their
   * contact data through an erasure, so linking must not become a way around one.
   */
  private linkingTo<T>(tenantId: string, candidateId: string | undefined, linkedBefore: string | undefined, work: () => Promise<T>): Promise<T> {
    if (!candidateId) return work();
    return this.candidates.write(tenantId, candidateId, candidateId === linkedBefore ? 'edit' : 'contact-link', work);
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
}

import { erasureResult, type AnonymisedNotesName, type ErasureHandler, type ValidErasureCommand } from '@lethe/platform/erasure';
import type { ServiceRuntime } from '@lethe/platform/service';
import type { ActivityStore } from './activity/store';
import type { CandidateDoc, CandidateState, PersonalField, PersonalValues } from './candidates/model';
import type { PersonalData } from './candidates/personal';
import type { CandidateStore } from './candidates/store';
import type { FileStore } from './files/store';
import type { Recruiting } from './recruiting';
import type { Settings, SettingsStore } from './settings/store';

/**
 * Skeleton field names of the retention policy → what this service stores. Names this service
 * does not hold (e.g. the application date, which the applications keep) are skipped.
 */
const SKELETON_FIELDS: Record<string, readonly (PersonalField | 'source' | 'inboundChannel')[]> = {
  name: ['salutation', 'title', 'firstName', 'lastName'],
  salutation: ['salutation'],
  firstName: ['firstName'],
  lastName: ['lastName'],
  dateOfBirth: ['dateOfBirth'],
  address: ['street', 'zip', 'city', 'country'],
  street: ['street'],
  zip: ['zip'],
  city: ['city'],
  country: ['country'],
  phone: ['phone'],
  email: ['email'],
  nationality: ['nationality'],
  source: ['source'],
  inboundChannel: ['inboundChannel'],
};

/** What a candidate who is also a client's contact person keeps in every mode: name, address and means of contact. */
export const CONTACT_PERSON_FIELDS: readonly PersonalField[] = ['salutation', 'title', 'firstName', 'lastName', 'street', 'zip', 'city', 'country', 'email', 'phone'];

/** What an erasure command does to a candidate's own record. */
export type CandidatePlan =
  | { action: 'nothing' }
  | { action: 'delete' }
  | {
      action: 'keep';
      /** The personal fields that stay, under a new key (none: the key goes). */
      fields: PersonalField[];
      state: Exclude<CandidateState, 'active'>;
      keepSource: boolean;
      keepInboundChannel: boolean;
      /** The activity log goes too. */
      deleteActivities: boolean;
      /** Why fields stay beyond what the mode keeps. */
      retainedReason?: 'LINKED_CONTACT_PERSON';
    };

/**
 * The plan for a candidate's record (`held`: undefined when this service does not hold one):
 * - delete: everything goes;
 * - anonymise: personal data goes, the record stays for statistics under an anonymised name; the
 *   notes are kept (under a new key), emptied or, with `delete`, go with the activity log;
 * - reduce: only the skeleton fields named by the command stay, under a new key.
 * A candidate linked to a contact person keeps name, address and contact data in every mode (a
 * reduction its skeleton fields too) and ends up reduced.
 */
export function planCandidateErasure(command: Pick<ValidErasureCommand, 'mode' | 'keepFields' | 'notes'>, held: { state: CandidateState; linkedToContactPerson: boolean } | undefined): CandidatePlan {
  const skeleton = new Set(command.keepFields.flatMap((name) => SKELETON_FIELDS[name] ?? []));
  const personalOf = (names: Iterable<string>) => [...names].filter((name): name is PersonalField => name !== 'source' && name !== 'inboundChannel');
  if (held?.linkedToContactPerson) {
    const reduce = command.mode === 'reduce';
    const keep = new Set<string>([...(reduce ? skeleton : []), ...CONTACT_PERSON_FIELDS]);
    return {
      action: 'keep',
      fields: personalOf(keep),
      state: 'reduced',
      keepSource: !reduce || keep.has('source'),
      keepInboundChannel: !reduce || keep.has('inboundChannel'),
      deleteActivities: command.mode === 'delete',
      retainedReason: 'LINKED_CONTACT_PERSON',
    };
  }
  if (command.mode === 'delete') return { action: 'delete' };
  if (!held) return { action: 'nothing' };
  if (command.mode === 'anonymise') {
    if (held.state === 'anonymised') return { action: 'nothing' };
    const notes: AnonymisedNotesName = command.notes ?? 'empty';
    return { action: 'keep', fields: notes === 'keep' ? ['notes'] : [], state: 'anonymised', keepSource: true, keepInboundChannel: true, deleteActivities: notes === 'delete' };
  }
  return { action: 'keep', fields: personalOf(skeleton), state: 'reduced', keepSource: skeleton.has('source'), keepInboundChannel: skeleton.has('inboundChannel'), deleteActivities: false };
}

/** The name an anonymised candidate goes by: initials ("J. D."), or the tenant's character. */
export function anonymisedNameOf(values: PersonalValues, settings: Settings): string {
  if (settings.anonymisedNameStyle === 'ANONYMISED_NAME_STYLE_CHARACTER') return settings.anonymisationCharacter;
  const initials = [values.firstName, values.lastName].map((name) => name?.trim().charAt(0).toUpperCase()).filter(Boolean);
  return initials.length > 0 ? initials.map((initial) => `${initial}.`).join(' ') : settings.anonymisationCharacter;
}

export interface ErasureParts {
  runtime: Pick<ServiceRuntime, 'cipher' | 'clock'>;
  store: CandidateStore;
  personal: PersonalData;
  activities: ActivityStore;
  files: FileStore;
  settings: SettingsStore;
  recruiting: Recruiting;
}

/** Everything of the candidate's own: record, activity log, files, cached copies, data key. */
export async function deleteCandidateRecords(parts: ErasureParts, tenantId: string, candidateId: string): Promise<Record<string, number>> {
  const candidates = await parts.store.delete(tenantId, candidateId);
  const activities = await parts.activities.deleteOf(tenantId, candidateId);
  const files = await parts.files.deleteOf(tenantId, candidateId);
  const cacheEntries = await parts.store.evict(tenantId, candidateId);
  const keys = await parts.runtime.cipher.shred(tenantId, candidateId);
  return { candidates, activities, ...files, cacheEntries, keys };
}

/** The record reduced or anonymised as planned; the key goes last, once no ciphertext under it is left. */
async function keepOnly(parts: ErasureParts, doc: CandidateDoc, plan: Extract<CandidatePlan, { action: 'keep' }>): Promise<Record<string, number>> {
  const { tenantId, _id: id } = doc;
  // A re-run after the key went finds nothing to read; the record is erased all the same.
  const values = await parts.personal.decrypt(doc).catch((): PersonalValues => ({}));
  const fields = plan.fields.filter((field) => doc.personal[field] !== undefined);
  const keptValues = Object.fromEntries(fields.map((field) => [field, values[field]])) as PersonalValues;
  const personal = fields.length > 0 ? await parts.personal.keepOnly(doc, fields) : {};
  const anonymisedName = plan.state === 'anonymised' ? anonymisedNameOf(values, await parts.settings.get(tenantId)) : undefined;
  await parts.store.update(
    tenantId,
    { _id: id },
    {
      $set: {
        personal,
        tokens: parts.personal.tokens(tenantId, keptValues),
        tags: [],
        state: plan.state,
        source: plan.keepSource ? doc.source : '',
        inboundChannel: plan.keepInboundChannel ? doc.inboundChannel : '',
        updatedAt: parts.runtime.clock.now(),
        ...(anonymisedName ? { anonymisedName } : {}),
      },
      $unset: { markedForDeletion: 1, erasureRequest: 1 },
      $inc: { version: 1 },
    },
  );
  const activities = plan.deleteActivities ? await parts.activities.deleteOf(tenantId, id) : 0;
  const files = await parts.files.deleteOf(tenantId, id);
  const cacheEntries = await parts.store.evict(tenantId, id);
  const keys = fields.length === 0 ? await parts.runtime.cipher.shred(tenantId, id) : 0;
  return { candidates: 1, fieldsRemoved: Object.keys(doc.personal).length - fields.length, fieldsKept: fields.length, activities, ...files, cacheEntries, keys };
}

/** The recruiting records about the subject: as a candidate (their applications and assignments) and as a contact person. */
async function eraseRecruiting(recruiting: Recruiting, command: ValidErasureCommand): Promise<Record<string, number>> {
  const { tenantId, subjectId } = command;
  const contactCounts = await recruiting.contactPersons.erase(command);
  const records = [recruiting.applications, recruiting.presentations, recruiting.assignments] as const;
  // Anonymise and reduce keep them: they hold ids, statuses and dates only (statistics, and the application date a reduction keeps).
  if (command.mode === 'delete') {
    const [applications, presentations, assignments] = await Promise.all(records.map((store) => store.deleteOf(tenantId, subjectId)));
    return { ...contactCounts, applications, presentations, assignments };
  }
  const [applicationsKept, presentationsKept, assignmentsKept] = await Promise.all(records.map((store) => store.countOf(tenantId, subjectId)));
  return { ...contactCounts, applicationsKept, presentationsKept, assignmentsKept };
}

/**
 * The candidates service's part of the erasure protocol: the candidate's own record as planned,
 * then the recruiting records about the subject. Idempotent: a replayed command finds nothing
 * more to do.
 */
export function candidatesErasure(parts: ErasureParts): ErasureHandler {
  return async (command) => {
    const { tenantId, subjectId } = command;
    const doc = await parts.store.findStored(tenantId, subjectId);
    const plan = planCandidateErasure(command, doc ? { state: doc.state, linkedToContactPerson: await parts.recruiting.contactPersons.isLinked(tenantId, subjectId) } : undefined);
    let own: Record<string, number> = { candidates: 0 };
    if (plan.action === 'delete') own = await deleteCandidateRecords(parts, tenantId, subjectId);
    else if (plan.action === 'keep' && doc) own = await keepOnly(parts, doc, plan);
    const recruiting = await eraseRecruiting(parts.recruiting, command);
    const retained = plan.action === 'keep' && plan.retainedReason ? { retainedFields: plan.fields.filter((field) => doc?.personal[field] !== undefined), retainedReason: plan.retainedReason } : undefined;
    return erasureResult({ ...own, ...recruiting }, retained);
  };
}

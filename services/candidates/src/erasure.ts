import type { AnonymisedNotesName, ErasureHandler, ErasureResult, ServiceRuntime, ValidErasureCommand } from '@lethe/platform';
import type { ActivityStore } from './activity/activity-log';
import type { CandidateStore } from './candidates/store';
import type { CandidateDoc, PersonalField, PersonalValues } from './candidates/model';
import type { FileStore } from './files/store';
import type { RecruitingLink } from './recruiting-link';
import type { Settings, SettingsStore } from './settings';

/**
 * Skeleton field names of the retention policy (seed 003) → what this service stores. Names this
 * service does not hold (e.g. the application date) are other parts' business and are skipped.
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

export function anonymisedNameOf(values: PersonalValues, settings: Settings): string {
  if (settings.anonymisedNameStyle === 'ANONYMISED_NAME_STYLE_CHARACTER') return settings.anonymisationCharacter;
  const initials = [values.firstName, values.lastName].map((name) => name?.trim().charAt(0).toUpperCase()).filter(Boolean);
  return initials.length > 0 ? initials.map((initial) => `${initial}.`).join(' ') : settings.anonymisationCharacter;
}

const NOTES_OF_SETTING: Record<string, AnonymisedNotesName> = { NOTE_HANDLING_KEEP: 'keep', NOTE_HANDLING_EMPTY: 'empty', NOTE_HANDLING_DELETE: 'delete' };

/** Seed 004: what a candidate linked to a contact person keeps in every mode — name, address, means of contact (a reduction keeps its skeleton fields too). */
const CONTACT_PERSON_FIELDS: readonly PersonalField[] = ['salutation', 'title', 'firstName', 'lastName', 'street', 'zip', 'city', 'country', 'email', 'phone'];

/** Every erasure write moves the version, so an update that read the record before it loses. */
const VERSION_STEP = { version: 1 } as const;

export interface ErasureParts {
  candidates: CandidateStore;
  activities: ActivityStore;
  files: FileStore;
  settings: SettingsStore;
  recruiting: () => RecruitingLink;
}

/**
 * Obeys erasure commands for candidates (SPEC "The erasure protocol"):
 * - delete: the record, its activity log, files, cached copies and blind-index tokens go; the data
 *   key is destroyed, so any copy left elsewhere is unreadable;
 * - anonymise: personal data and files removed, the name replaced per tenant setting, owner and
 *   source kept for statistics, notes kept (under a new key), emptied or deleted per setting;
 * - reduce: only the skeleton fields in keepFields stay, re-encrypted under a new key; files go.
 * A candidate linked to a contact person keeps name, address and contact data in every mode and the
 * acknowledgement names them. The recruiting part erases its own records by the same command.
 * Every mode is idempotent: a replayed command finds nothing more to do.
 */
export interface CandidateErasure {
  /** The service's erasure handler. */
  obey: ErasureHandler;
  /** Deletes the candidate's records of the core (record, activities, files, cache, key); the merged side of a merge. */
  removeOwnRecords(tenantId: string, candidateId: string): Promise<Record<string, number>>;
}

export function candidateErasure(runtime: ServiceRuntime, parts: ErasureParts): CandidateErasure {
  const { cipher } = runtime;
  const { candidates, activities, files, settings } = parts;

  /** The candidate's own records without the recruiting part; also used for the merged side of a merge. */
  const remove = async (tenantId: string, id: string): Promise<Record<string, number>> => {
    const removed = await candidates.repository.deleteMany(tenantId, { _id: id });
    const activityRows = await activities.deleteOf(tenantId, id);
    const fileRows = await files.deleteOf(tenantId, id);
    const cacheEntries = await candidates.evict(tenantId, id);
    const keys = await cipher.shred(tenantId, id);
    return { candidates: removed, activities: activityRows, ...fileRows, cacheEntries, keys };
  };

  /** Keeps only `keep` of the personal fields, re-encrypted under a new key; files go. */
  const keepOnly = async (doc: CandidateDoc, keep: ReadonlySet<PersonalField>, set: Partial<CandidateDoc>): Promise<{ counts: Record<string, number>; kept: PersonalField[] }> => {
    const kept = (Object.keys(doc.personal) as PersonalField[]).filter((field) => keep.has(field));
    const values = await candidates.decrypt(doc);
    const keptValues = Object.fromEntries(kept.map((field) => [field, values[field]])) as PersonalValues;
    const rekeyed = await cipher.rekey(doc.tenantId, doc._id, doc.personal, kept);
    const personal = Object.fromEntries(kept.map((field) => [field, rekeyed[field] as string]));
    await candidates.repository.updateOne(
      doc.tenantId,
      { _id: doc._id },
      {
        $set: { personal, tokens: candidates.tokensOf(doc.tenantId, keptValues), tags: [], updatedAt: runtime.clock.now(), ...set },
        $unset: { markedForDeletion: 1, erasureRequest: 1 },
        $inc: VERSION_STEP,
      },
    );
    const fileRows = await files.deleteOf(doc.tenantId, doc._id);
    const cacheEntries = await candidates.evict(doc.tenantId, doc._id);
    return { counts: { candidates: 1, fieldsRemoved: Object.keys(doc.personal).length - kept.length, fieldsKept: kept.length, ...fileRows, cacheEntries }, kept };
  };

  /** The command's note handling (the tenant's retention policy); a command that does not say gets this service's setting. */
  const notesOf = (command: ValidErasureCommand, tenantSettings: Settings): AnonymisedNotesName => command.notes ?? NOTES_OF_SETTING[tenantSettings.notesOnAnonymise];

  const anonymise = async (doc: CandidateDoc, command: ValidErasureCommand): Promise<Record<string, number>> => {
    const tenantSettings = await settings.get(doc.tenantId);
    const notes = notesOf(command, tenantSettings);
    const values = await candidates.decrypt(doc).catch(() => ({}) as PersonalValues);
    const keepNotes = notes === 'keep' && doc.personal.notes !== undefined;
    let personal: CandidateDoc['personal'] = {};
    let keys = 0;
    if (keepNotes) {
      personal = { notes: (await cipher.rekey(doc.tenantId, doc._id, doc.personal, ['notes'])).notes ?? undefined };
    }
    await candidates.repository.updateOne(
      doc.tenantId,
      { _id: doc._id },
      {
        $set: { personal, tokens: { skills: [] }, tags: [], state: 'anonymised', anonymisedName: anonymisedNameOf(values, tenantSettings), updatedAt: runtime.clock.now() },
        $unset: { markedForDeletion: 1, erasureRequest: 1 },
        $inc: VERSION_STEP,
      },
    );
    const activityRows = notes === 'delete' ? await activities.deleteOf(doc.tenantId, doc._id) : 0;
    const fileRows = await files.deleteOf(doc.tenantId, doc._id);
    const cacheEntries = await candidates.evict(doc.tenantId, doc._id);
    // The key goes last: until the record no longer holds ciphertexts, a read must still open them.
    if (!keepNotes) keys = await cipher.shred(doc.tenantId, doc._id);
    return { candidates: 1, fieldsRemoved: Object.keys(doc.personal).length - Object.keys(personal).length, keys, activities: activityRows, ...fileRows, cacheEntries };
  };

  /** Keeps the skeleton fields named in keepFields (seed 003) and `alsoKeep`. */
  const reduce = (doc: CandidateDoc, keepFields: readonly string[], alsoKeep: readonly PersonalField[] = []) => {
    const keep = new Set([...keepFields.flatMap((name) => SKELETON_FIELDS[name] ?? []), ...alsoKeep]);
    return keepOnly(doc, keep as Set<PersonalField>, {
      source: keep.has('source') ? doc.source : '',
      inboundChannel: keep.has('inboundChannel') ? doc.inboundChannel : '',
      state: 'reduced',
    });
  };

  const ownRecords = async (command: ValidErasureCommand): Promise<ErasureResult> => {
    const { tenantId, subjectId, mode } = command;
    const doc = await candidates.repository.findById(tenantId, subjectId, { outbox: 0 });
    if (doc && (await parts.recruiting().isLinkedToContactPerson(tenantId, subjectId))) {
      // A reduction keeps its skeleton fields as well; delete and anonymise keep only the contact fields.
      const { counts, kept } = mode === 'reduce' ? await reduce(doc, command.keepFields, CONTACT_PERSON_FIELDS) : await keepOnly(doc, new Set(CONTACT_PERSON_FIELDS), { state: 'reduced' });
      const activityRows = mode === 'delete' ? await activities.deleteOf(tenantId, subjectId) : 0;
      return { outcome: 'done', counts: { ...counts, activities: activityRows }, retainedFields: kept, retainedReason: 'LINKED_CONTACT_PERSON' };
    }
    if (mode === 'delete') return { outcome: 'done', counts: await remove(tenantId, subjectId) };
    if (!doc) return { outcome: 'nothing-held', counts: { candidates: 0 } };
    if (mode === 'anonymise') {
      if (doc.state === 'anonymised') return { outcome: 'nothing-held', counts: { candidates: 0 } };
      return { outcome: 'done', counts: await anonymise(doc, command) };
    }
    return { outcome: 'done', counts: (await reduce(doc, command.keepFields)).counts };
  };

  const obey: ErasureHandler = async (command) => {
    const own = await ownRecords(command);
    const recruitingCounts = await parts.recruiting().eraseSubject(command);
    const counts = { ...own.counts, ...recruitingCounts };
    const outcome = Object.values(counts).some((count) => count > 0) ? 'done' : 'nothing-held';
    return { ...own, outcome, counts };
  };
  return { obey, removeOwnRecords: remove };
}

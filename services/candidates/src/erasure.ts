import type { ErasureHandler, ErasureResult, ServiceRuntime } from '@lethe/platform';
import type { ActivityStore } from './activity/activity-log';
import type { CandidateStore } from './candidates/store';
import type { CandidateDoc, PersonalField, PersonalValues } from './candidates/model';
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

/**
 * Obeys erasure commands for candidates (SPEC "The erasure protocol"):
 * - delete: the record, its activity log, cached copies and blind-index tokens go; the data key is
 *   destroyed, so any copy left elsewhere is unreadable;
 * - anonymise: personal data removed, the name replaced per tenant setting, owner and source kept for
 *   statistics, notes kept (under a new key), emptied or deleted per setting;
 * - reduce: only the skeleton fields in keepFields stay, re-encrypted under a new key.
 * Every mode is idempotent: a replayed command finds nothing more to do.
 */
export function candidateErasure(runtime: ServiceRuntime, candidates: CandidateStore, activities: ActivityStore, settings: SettingsStore): ErasureHandler {
  const { cipher } = runtime;

  const remove = async (tenantId: string, id: string): Promise<ErasureResult> => {
    const removed = await candidates.repository.deleteMany(tenantId, { _id: id });
    const activityRows = await activities.deleteOf(tenantId, id);
    const cacheEntries = await candidates.evict(tenantId, id);
    const keys = await cipher.shred(tenantId, id);
    const counts = { candidates: removed, activities: activityRows, cacheEntries, keys };
    return { outcome: removed + activityRows + keys > 0 ? 'done' : 'nothing-held', counts };
  };

  const anonymise = async (doc: CandidateDoc): Promise<ErasureResult> => {
    if (doc.state === 'anonymised') return { outcome: 'nothing-held', counts: { candidates: 0 } };
    const tenantSettings = await settings.get(doc.tenantId);
    const values = await candidates.decrypt(doc).catch(() => ({}) as PersonalValues);
    const keepNotes = tenantSettings.notesOnAnonymise === 'NOTE_HANDLING_KEEP' && doc.personal.notes !== undefined;
    let personal: CandidateDoc['personal'] = {};
    let keys = 0;
    if (keepNotes) {
      personal = { notes: (await cipher.rekey(doc.tenantId, doc._id, doc.personal, ['notes'])).notes ?? undefined };
    } else {
      keys = await cipher.shred(doc.tenantId, doc._id);
    }
    await candidates.repository.updateOne(
      doc.tenantId,
      { _id: doc._id },
      {
        $set: { personal, tokens: { skills: [] }, tags: [], state: 'anonymised', anonymisedName: anonymisedNameOf(values, tenantSettings), updatedAt: runtime.clock.now() },
        $unset: { markedForDeletion: 1, erasureRequest: 1 },
      },
    );
    const activityRows = tenantSettings.notesOnAnonymise === 'NOTE_HANDLING_DELETE' ? await activities.deleteOf(doc.tenantId, doc._id) : 0;
    const cacheEntries = await candidates.evict(doc.tenantId, doc._id);
    return { outcome: 'done', counts: { candidates: 1, fieldsRemoved: Object.keys(doc.personal).length - Object.keys(personal).length, keys, activities: activityRows, cacheEntries } };
  };

  const reduce = async (doc: CandidateDoc, keepFields: readonly string[]): Promise<ErasureResult> => {
    const kept = new Set(keepFields.flatMap((name) => SKELETON_FIELDS[name] ?? []));
    const keptPersonal = Object.keys(doc.personal).filter((field) => kept.has(field as PersonalField)) as PersonalField[];
    const values = await candidates.decrypt(doc);
    const keptValues = Object.fromEntries(keptPersonal.map((field) => [field, values[field]])) as PersonalValues;
    const rekeyed = await cipher.rekey(doc.tenantId, doc._id, doc.personal, keptPersonal);
    const personal = Object.fromEntries(keptPersonal.map((field) => [field, rekeyed[field] as string]));
    await candidates.repository.updateOne(
      doc.tenantId,
      { _id: doc._id },
      {
        $set: {
          personal,
          tokens: candidates.tokensOf(doc.tenantId, keptValues),
          tags: [],
          source: kept.has('source') ? doc.source : '',
          inboundChannel: kept.has('inboundChannel') ? doc.inboundChannel : '',
          state: 'reduced',
          updatedAt: runtime.clock.now(),
        },
        $unset: { markedForDeletion: 1 },
      },
    );
    const cacheEntries = await candidates.evict(doc.tenantId, doc._id);
    return { outcome: 'done', counts: { candidates: 1, fieldsRemoved: Object.keys(doc.personal).length - keptPersonal.length, fieldsKept: keptPersonal.length, cacheEntries } };
  };

  return async (command) => {
    const { tenantId, subjectId, mode } = command;
    if (mode === 'delete') return remove(tenantId, subjectId);
    const doc = await candidates.repository.findById(tenantId, subjectId, { outbox: 0 });
    if (!doc) return { outcome: 'nothing-held', counts: { candidates: 0 } };
    return mode === 'anonymise' ? anonymise(doc) : reduce(doc, command.keepFields);
  };
}

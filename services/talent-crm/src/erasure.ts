import type { SubjectCipher } from '@lethe/platform/crypto';
import { erasureResult, type AnonymisedNotesName, type ErasureHandler, type ErasureModeName, type ValidErasureCommand } from '@lethe/platform/erasure';
import type { Notes } from './notes/notes';
import type { SubjectStates } from './subjects/store';
import { EMPTY_PROFILE, normaliseEmail } from './talents/profile';
import type { ProfileSeal } from './talents/sealed-profile';
import type { TalentStore } from './talents/store';
import type { ProfileFieldName, TalentProfile } from './talents/talent';
import type { TalentDoc } from './talents/model';

/**
 * Skeleton field names of the retention policy → the profile fields they keep. The source (how the
 * talent came in) is no personal data and always stays with a reduced talent.
 */
const SKELETON_FIELDS: Readonly<Record<string, readonly ProfileFieldName[]>> = {
  name: ['firstName', 'lastName'],
  firstName: ['firstName'],
  lastName: ['lastName'],
  address: ['city', 'country'],
  city: ['city'],
  country: ['country'],
  email: ['email'],
  phone: ['phone'],
};

/** What an erasure command does to the talent itself and to the notes about them. */
export type TalentErasurePlan =
  | { talent: 'delete'; notes: 'delete' }
  | { talent: 'anonymise'; notes: AnonymisedNotesName }
  | { talent: 'reduce'; keep: ProfileFieldName[]; notes: 'delete' };

/**
 * - delete: the talent and every note go;
 * - anonymise: the talent stays for statistics (source, status, pools, dates) with initials instead
 *   of the name and nothing else personal; the notes are kept, emptied or deleted as the command
 *   (the tenant's retention policy) says;
 * - reduce: only the skeleton fields the command names stay (a name, city and country; email and
 *   phone only when named), under a new key; tags, pools and notes go.
 */
export function planTalentErasure(command: Pick<ValidErasureCommand, 'mode' | 'keepFields' | 'notes'>): TalentErasurePlan {
  if (command.mode === 'delete') return { talent: 'delete', notes: 'delete' };
  if (command.mode === 'anonymise') return { talent: 'anonymise', notes: command.notes ?? 'empty' };
  return { talent: 'reduce', keep: [...new Set(command.keepFields.flatMap((name) => SKELETON_FIELDS[name] ?? []))], notes: 'delete' };
}

/** "J." for "Jana": what stands for a name once the person is anonymised. */
export function initialOf(name: string): string {
  const initial = name.trim().charAt(0).toUpperCase();
  return initial ? `${initial}.` : '';
}

/**
 * Another area's records about a person (reminders, rule runs, import reports, form submissions,
 * follow-up requests, job assignments), named by what the acknowledgement counts them as.
 */
export interface PersonRecords {
  /** Removes everything the store holds about the person. */
  deleteOfSubject(tenantId: string, subjectId: string): Promise<number>;
  /** For anonymise and reduce, where the store keeps records without personal data instead of deleting them. */
  forgetOfSubject?(tenantId: string, subjectId: string, mode: Exclude<ErasureModeName, 'delete'>): Promise<number>;
}

export interface TalentCrmErasureDeps {
  talents: TalentStore;
  seal: ProfileSeal;
  notes: Notes;
  subjects: SubjectStates;
  cipher: SubjectCipher;
  /** Every other store that holds anything about a person, by its count's name. */
  records: Readonly<Record<string, PersonRecords>>;
  now: () => Date;
}

/**
 * The talent-crm's part of the erasure protocol: the other areas' records first, then the notes
 * and the talent as planned, what retention decided about the person, and their old key last.
 * The platform runs it inside the fence's erase, as the person's only writer; a replayed command
 * finds nothing more to do.
 */
export function talentCrmErasure(deps: TalentCrmErasureDeps): ErasureHandler {
  return async (command) => {
    const { tenantId, subjectId, mode } = command;
    const plan = planTalentErasure(command);
    const counts: Record<string, number> = {};
    for (const [name, store] of Object.entries(deps.records)) {
      counts[name] = mode === 'delete' || !store.forgetOfSubject ? await store.deleteOfSubject(tenantId, subjectId) : await store.forgetOfSubject(tenantId, subjectId, mode);
    }
    const doc = await deps.talents.find(tenantId, subjectId);
    if (plan.talent === 'delete') {
      counts.notes = await deps.notes.deleteOfSubject(tenantId, subjectId);
      counts.talents = await deps.talents.deleteOfSubject(tenantId, subjectId);
      counts.keys = await deps.cipher.shred(tenantId, subjectId);
    } else if (plan.talent === 'anonymise' && doc && !doc.anonymised) {
      Object.assign(counts, await anonymise(deps, doc, plan.notes));
    } else if (plan.talent === 'reduce' && doc && !doc.reduced && !doc.anonymised) {
      Object.assign(counts, await reduce(deps, doc, plan.keep));
    }
    counts.states = await deps.subjects.deleteOfSubject(tenantId, subjectId);
    return erasureResult(counts);
  };
}

/** What no anonymised or reduced talent keeps: tags, rule triggers not yet run, a pending second step. */
const STRIPPED = { tags: [], triggers: [], triggersPending: false, detailsPending: false } as const;

async function anonymise(deps: TalentCrmErasureDeps, doc: TalentDoc, notes: AnonymisedNotesName): Promise<Record<string, number>> {
  const { tenantId, _id: id } = doc;
  // A re-run after the key went finds nothing to read; the talent is anonymised all the same.
  const before = await deps.seal.open(tenantId, id, doc.profile).catch((): TalentProfile => EMPTY_PROFILE);
  const keptNotes = notes === 'keep' ? await deps.notes.textsOf(tenantId, id) : [];
  const keys = await deps.cipher.shred(tenantId, id);
  const initials: TalentProfile = { ...EMPTY_PROFILE, firstName: initialOf(before.firstName), lastName: initialOf(before.lastName) };
  await deps.talents.update(
    tenantId,
    { _id: id },
    {
      $set: { ...STRIPPED, profile: await deps.seal.seal(tenantId, id, initials), anonymised: true, updatedAt: deps.now() },
      // The ATS candidate id stays: an event the ATS sends about them later must find them anonymised, not make them anew.
      $unset: { emailIndex: 1 },
      $inc: { version: 1 },
    },
  );
  const counts = { talents: 1, keys, notesKept: 0, notesEmptied: 0, notes: 0 };
  if (notes === 'keep') counts.notesKept = await deps.notes.reseal(tenantId, id, keptNotes);
  else if (notes === 'empty') counts.notesEmptied = await deps.notes.empty(tenantId, id);
  else counts.notes = await deps.notes.deleteOfSubject(tenantId, id);
  return counts;
}

async function reduce(deps: TalentCrmErasureDeps, doc: TalentDoc, keep: readonly ProfileFieldName[]): Promise<Record<string, number>> {
  const { tenantId, _id: id } = doc;
  const profile = await deps.seal.keepOnly(tenantId, id, doc.profile, keep);
  const kept = await deps.seal.open(tenantId, id, profile);
  const emailIndex = kept.email ? deps.seal.emailToken(tenantId, normaliseEmail(kept.email)) : null;
  await deps.talents.update(
    tenantId,
    { _id: id },
    {
      $set: { ...STRIPPED, poolIds: [], profile, reduced: true, updatedAt: deps.now(), ...(emailIndex ? { emailIndex } : {}) },
      ...(emailIndex ? {} : { $unset: { emailIndex: 1 } }),
      $inc: { version: 1 },
    },
  );
  const fieldsKept = Object.keys(profile).length;
  return { talents: 1, fieldsKept, fieldsRemoved: Object.keys(doc.profile).length - fieldsKept, notes: await deps.notes.deleteOfSubject(tenantId, id) };
}

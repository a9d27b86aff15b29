import type { FilterQuery } from 'mongoose';
import { PreconditionError } from '@lethe/platform/errors';
import type { ActivityKind } from '@lethe/protos';
import type { TopLevelField } from './input';
import type { BlindTokens, CandidateDoc, PersonalField } from './model';

/**
 * What a call wants to do with a candidate, and what that asks of the record:
 * - `read`: it exists for the caller's tenant (unknown, erased or another tenant's: NOT_FOUND);
 * - `edit`: it can change — not marked for deletion (the mark locks the record until it is
 *   restored), not anonymised, not reduced;
 * - `new-assignment`: a new application, presentation or job-order assignment, or a link to a
 *   contact person, which also waits while the candidate has asked to be forgotten.
 */
/**
 * What a write does with the candidate: `new-assignment` and `contact-link` start something new
 * about them (an application, an assignment, being linked to a contact person, which keeps their
 * contact data through an erasure), so an open erasure request refuses them as well.
 */
export type CandidateUse = 'read' | 'edit' | 'new-assignment' | 'contact-link';

/** Throws the refusal of `use` for the record as it is; returns when the use is allowed. */
export function permit(doc: CandidateDoc, use: CandidateUse): void {
  if (use === 'read') return;
  const resource = { type: 'candidate', id: doc._id };
  if (doc.markedForDeletion) throw new PreconditionError('SUBJECT_MARKED_FOR_DELETION', `candidate ${doc._id} is marked for deletion`, resource);
  if (doc.state === 'reduced') throw new PreconditionError('SUBJECT_REDUCED', `candidate ${doc._id} is reduced to skeleton data`, resource);
  if (doc.state === 'anonymised') throw new PreconditionError('SUBJECT_ANONYMISED', `candidate ${doc._id} is anonymised`, resource);
  if ((use === 'new-assignment' || use === 'contact-link') && doc.erasureRequest) throw new PreconditionError('ERASURE_REQUESTED', `candidate ${doc._id} has an open erasure request`, resource);
}

/**
 * Which activity a change of these fields is: a change of tags, of skills, of custom fields or of
 * notes alone is that activity; anything else is a profile update. Every one restarts the
 * retention clock.
 */
export function activityOfChange(personal: readonly PersonalField[], topLevel: readonly TopLevelField[]): ActivityKind {
  if (topLevel.includes('tags') && personal.length === 0) return 'ACTIVITY_KIND_TAGS_UPDATED';
  if (topLevel.includes('source') && personal.length === 0) return 'ACTIVITY_KIND_SOURCE_SET';
  if (personal.length > 0 && personal.every((field) => field === 'skills')) return 'ACTIVITY_KIND_SKILLS_UPDATED';
  if (personal.length > 0 && personal.every((field) => field === 'customFields')) return 'ACTIVITY_KIND_CUSTOM_FIELDS_UPDATED';
  if (personal.length > 0 && personal.every((field) => field === 'notes')) return 'ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED';
  return 'ACTIVITY_KIND_PROFILE_UPDATED';
}

/** Personal fields whose change can make the candidate a duplicate of another. */
const DUPLICATE_FIELDS: readonly PersonalField[] = ['salutation', 'firstName', 'dateOfBirth', 'email'];

export function changesIdentity(personal: readonly PersonalField[]): boolean {
  return personal.some((field) => DUPLICATE_FIELDS.includes(field));
}

export type DuplicateReason = 'identity' | 'email';

/**
 * The duplicate check: the same salutation, first name and date of birth (the identity token), or
 * the same email address. Returns what a stored candidate's tokens match of `tokens`.
 */
export function duplicateReasons(tokens: BlindTokens, of: Pick<BlindTokens, 'identity' | 'email'> | undefined): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (tokens.identity && of?.identity === tokens.identity) reasons.push('identity');
  if (tokens.email && of?.email === tokens.email) reasons.push('email');
  return reasons;
}

/** The lookup that finds candidates the duplicate check would report; undefined when there is nothing to compare. */
export function duplicateQuery(tokens: BlindTokens): FilterQuery<CandidateDoc> | undefined {
  const or: FilterQuery<CandidateDoc>[] = [];
  if (tokens.identity) or.push({ 'tokens.identity': tokens.identity });
  if (tokens.email) or.push({ 'tokens.email': tokens.email });
  return or.length > 0 ? { $or: or } : undefined;
}

/** The first token that repeats within one batch of new candidates, if any. */
export function repeatedInBatch(tokens: readonly BlindTokens[]): string | undefined {
  const seen = new Set<string>();
  for (const token of tokens.flatMap((t) => [t.identity && `identity:${t.identity}`, t.email && `email:${t.email}`])) {
    if (!token) continue;
    if (seen.has(token)) return token;
    seen.add(token);
  }
  return undefined;
}

export interface ListFilter {
  tags: string[];
  /** The skill's blind-index token. */
  skillToken?: string;
  ownerId?: string;
  source?: string;
  createdAfter?: Date;
  createdBefore?: Date;
  updatedAfter?: Date;
  updatedBefore?: Date;
  includeMarked: boolean;
  includeErasureRequested: boolean;
  /** Only these candidates (e.g. those with an application in some status). */
  candidateIds?: readonly string[];
}

/**
 * The query of a candidate list. Candidates marked for deletion and anonymised ones are hidden from
 * lists and searches unless the caller asks for them (with the right to see them); so are those
 * with an open erasure request, unless asked for.
 */
export function listQuery(filter: ListFilter): FilterQuery<CandidateDoc> {
  const query: FilterQuery<CandidateDoc> = {};
  if (filter.tags.length > 0) query.tags = { $all: filter.tags };
  if (filter.skillToken) query['tokens.skills'] = filter.skillToken;
  if (filter.ownerId) query.ownerId = filter.ownerId;
  if (filter.source) query.source = filter.source;
  const range = (after?: Date, before?: Date) => ({ ...(after ? { $gte: after } : {}), ...(before ? { $lt: before } : {}) });
  if (filter.createdAfter || filter.createdBefore) query.createdAt = range(filter.createdAfter, filter.createdBefore);
  if (filter.updatedAfter || filter.updatedBefore) query.updatedAt = range(filter.updatedAfter, filter.updatedBefore);
  if (!filter.includeMarked) Object.assign(query, HIDDEN_UNLESS_ASKED);
  if (!filter.includeErasureRequested) query.erasureRequest = { $exists: false };
  if (filter.candidateIds) query._id = { $in: [...filter.candidateIds] };
  return query;
}

/** What the default list and lookups leave out. */
export const HIDDEN_UNLESS_ASKED = { markedForDeletion: { $exists: false }, state: { $ne: 'anonymised' } } as const;

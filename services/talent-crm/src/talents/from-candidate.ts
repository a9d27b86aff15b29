import { PreconditionError } from '@lethe/platform/errors';
import { parseInput } from '@lethe/platform/validation';
import type { Candidate__Output } from '@lethe/protos';
import { talentProfileSchema } from './profile';
import type { TalentProfile } from './talent';

/**
 * Whether a candidate may become a talent: not while marked for deletion or asked to be forgotten,
 * and not once reduced or anonymised (what is left is not for keeping in touch).
 */
export function requireCandidateEligible(candidate: Pick<Candidate__Output, 'id' | 'markedForDeletion' | 'erasureRequested' | 'state'>): void {
  const resource = { type: 'candidate', id: candidate.id };
  if (candidate.markedForDeletion) throw new PreconditionError('SUBJECT_MARKED_FOR_DELETION', `candidate ${candidate.id} is marked for deletion`, resource);
  if (candidate.erasureRequested) throw new PreconditionError('ERASURE_REQUESTED', `candidate ${candidate.id} asked to be forgotten`, resource);
  if (candidate.state === 'CANDIDATE_STATE_ANONYMISED') throw new PreconditionError('SUBJECT_ANONYMISED', `candidate ${candidate.id} is anonymised`, resource);
  if (candidate.state === 'CANDIDATE_STATE_REDUCED') throw new PreconditionError('SUBJECT_REDUCED', `candidate ${candidate.id} is reduced to skeleton data`, resource);
}

/**
 * What the talent profile takes from a candidate's record: name, contact, city and country,
 * skills. A value the profile would not accept (too long, another shape) is left out rather than
 * refusing the talent: the candidate's record is the candidates service's to keep right.
 */
export function profileFromCandidate(candidate: Pick<Candidate__Output, 'personal'>): TalentProfile {
  const personal = candidate.personal;
  const raw: Record<string, unknown> = {
    firstName: personal?.firstName ?? '',
    lastName: personal?.lastName ?? '',
    email: personal?.email ?? '',
    phone: personal?.phone ?? '',
    city: personal?.address?.city ?? '',
    country: personal?.address?.country ?? '',
    skills: personal?.skills ?? [],
  };
  const first = talentProfileSchema.safeParse(raw);
  if (first.success) return first.data;
  for (const issue of first.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field !== 'firstName' && field !== 'lastName') raw[field] = Array.isArray(raw[field]) ? [] : '';
  }
  return parseInput(talentProfileSchema, raw, 'candidate');
}

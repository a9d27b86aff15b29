/**
 * What the rest of the candidates service may ask about a candidate without touching its personal
 * data: whether it exists for the tenant and what it may be used for right now.
 */
export type CandidateUse =
  /** Reading: unknown, erased or another tenant's → NOT_FOUND. */
  | 'read'
  /** Changing it or its links: additionally refused (FAILED_PRECONDITION SUBJECT_MARKED_FOR_DELETION) while marked. */
  | 'edit'
  /** A new application, presentation or job-order assignment: additionally refused while an erasure request is open (ERASURE_REQUESTED). */
  | 'new-assignment';

export interface CandidateDirectory {
  /** Resolves when the candidate may be used so; throws NotFoundError or PreconditionError otherwise. */
  require(tenantId: string, candidateId: string, use: CandidateUse): Promise<void>;
  /** The responsible recruiter (user id), for events consumers route notices by. */
  ownerOf(tenantId: string, candidateId: string): Promise<string>;
}

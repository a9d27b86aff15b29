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
  /**
   * The same check on the stored record, past the cache: after a call's writes, which an erasure or
   * a mark that came after its first check did not see.
   */
  requireStored(tenantId: string, candidateId: string, use: CandidateUse): Promise<void>;
  /** The responsible recruiter (user id), for events consumers route notices by. */
  ownerOf(tenantId: string, candidateId: string): Promise<string>;
}

/**
 * Ends a call that wrote about a candidate after checking it: checks again on the stored record,
 * and when the candidate no longer allows the use (erased, anonymised, reduced, marked, or an
 * erasure request opened meanwhile), `takeBack` removes the call's writes and the call fails as
 * that check says (`refusal`: NotFoundError when the candidate is gone). An erasure changes the
 * candidate's record first and deletes the rest after, so writes this check lets stand were there
 * for those deletes to see. A call's events travel in the same writes as its changes (the relay
 * may publish them before this check), so a take-back that keeps a record announces it as set back.
 */
export async function confirmWrites(directory: CandidateDirectory, tenantId: string, candidateId: string, use: CandidateUse, takeBack: (refusal: unknown) => Promise<void>): Promise<void> {
  try {
    await directory.requireStored(tenantId, candidateId, use);
  } catch (err) {
    await takeBack(err);
    throw err;
  }
}

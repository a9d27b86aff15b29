import { ValidationError } from '@lethe/platform/errors';
import type { ActivityStore } from '../activity/store';
import { deleteCandidateRecords, type ErasureParts } from '../erasure';
import type { FileStore } from '../files/store';
import { relinkCandidate, type Recruiting } from '../recruiting';
import type { Actor, Candidates, CandidateView } from './candidates';

export interface MergeParts {
  candidates: Candidates;
  activities: ActivityStore;
  files: FileStore;
  recruiting: Recruiting;
  erasure: ErasureParts;
  now: () => Date;
}

export interface MergeOutcome {
  view: CandidateView;
  filesMoved: number;
  activitiesMoved: number;
  applicationsRelinked: number;
}

/**
 * Merging two records of one person: the kept candidate takes over the merged one's files,
 * history, applications, presentations, assignments and contact-person links; the merged record
 * is deleted at once, and CandidateMerged tells retention to erase whatever else is held about it.
 * Both candidates are held (the write fence) throughout, so neither can be erased half-way.
 */
export async function mergeCandidates(parts: MergeParts, actor: Actor, keptId: string, mergedId: string): Promise<MergeOutcome> {
  const { tenantId } = actor;
  if (keptId === mergedId) {
    throw new ValidationError([{ field: 'merged_candidate_id', description: 'must differ from kept_candidate_id', code: 'invalid_value' }]);
  }
  const outcome = await parts.candidates.writeAll(tenantId, [keptId, mergedId], 'edit', async ([kept]) => {
    const filesMoved = await parts.files.move(tenantId, mergedId, keptId);
    const activitiesMoved = await parts.activities.reassign(tenantId, mergedId, keptId);
    const applicationsRelinked = await relinkCandidate(parts.recruiting, tenantId, mergedId, keptId);
    await parts.activities.record({ tenantId, candidateId: keptId, kind: 'ACTIVITY_KIND_SYSTEM', actorId: actor.actorId, occurredAt: parts.now(), refs: { mergedCandidateId: mergedId } });
    await parts.candidates.markMerged(actor, kept, mergedId);
    await deleteCandidateRecords(parts.erasure, tenantId, mergedId);
    return { filesMoved, activitiesMoved, applicationsRelinked };
  });
  return { view: await parts.candidates.view(tenantId, keptId), ...outcome };
}

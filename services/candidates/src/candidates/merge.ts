import { ValidationError, outboxEntry, withOutbox, ConflictError, type Logger } from '@lethe/platform';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { ActivityStore } from '../activity/activity-log';
import type { FileStore } from '../files/store';
import type { RecruitingLink } from '../recruiting-link';
import type { Actor, CandidateStore, CandidateView } from './store';

export interface MergeParts {
  candidates: CandidateStore;
  activities: ActivityStore;
  files: FileStore;
  recruiting: () => RecruitingLink;
  /** Deletes the merged candidate's own records at once (seed 004). */
  removeOwnRecords(tenantId: string, candidateId: string): Promise<Record<string, number>>;
  logger: Logger;
  now: () => Date;
}

export interface MergeOutcome {
  view: CandidateView;
  filesMoved: number;
  activitiesMoved: number;
  applicationsRelinked: number;
}

/**
 * Seed 004 "Zusammenfassen von Bewerbern": the kept candidate takes over the merged one's files,
 * history and (where the recruiting part can re-link them) applications; the merged one is deleted
 * at once and CandidateMerged tells retention to erase whatever else is held about it.
 *
 * The version-checked write of the kept record comes after everything moved onto it: when it
 * matches, an erasure of the kept candidate comes later and its deletes see what moved. When an
 * erasure (or anonymisation, or reduction) came first, what moved onto the erased candidate and
 * survived its deletes goes back to the merged candidate, and the merge fails.
 * An erasure of the merged candidate meanwhile takes what had not moved yet; the merge goes on.
 */
export async function mergeCandidates(parts: MergeParts, actor: Actor, keptId: string, mergedId: string): Promise<MergeOutcome> {
  const { candidates } = parts;
  const tenantId = actor.tenantId;
  if (keptId === mergedId) {
    throw new ValidationError([{ field: 'merged_candidate_id', description: 'must differ from kept_candidate_id', code: 'invalid_value' }]);
  }
  await candidates.require(tenantId, keptId, 'edit');
  await candidates.require(tenantId, mergedId, 'edit');
  const kept = await candidates.load(tenantId, keptId);

  const files = await parts.files.move(tenantId, mergedId, keptId);
  const activities = await parts.activities.reassign(tenantId, mergedId, keptId);
  const relink = parts.recruiting().relinkCandidate;
  const relinked = relink ? await relink(tenantId, mergedId, keptId) : undefined;
  if (!relink) parts.logger.warn({ keptId, mergedId }, 'merge: applications of the merged candidate are not re-linked; the erasure of the merged candidate removes them');

  const now = parts.now();
  const note = await parts.activities.record({ tenantId, candidateId: keptId, kind: 'ACTIVITY_KIND_SYSTEM', actorId: actor.actorId, occurredAt: now, refs: { mergedCandidateId: mergedId } });
  const merged = outboxEntry(TOPICS.candidateEvents, {
    type: 'lethe.candidates.v1.CandidateMerged',
    tenantId,
    subjectId: keptId,
    time: now,
    payload: { keptCandidateId: keptId, mergedCandidateId: mergedId, mergedAt: toTimestamp(now), mergedBy: actor.actorId },
  });
  const set = { updatedAt: now, updatedBy: actor.actorId, version: kept.version + 1 };
  const result = await candidates.repository.updateOne(tenantId, { _id: keptId, version: kept.version }, withOutbox({ $set: set }, [merged]));
  if (result.matched === 0) {
    await parts.activities.remove(tenantId, note);
    const fresh = await candidates.repository.findById(tenantId, keptId, { state: 1 });
    // Erased (deleted, anonymised or reduced) before the write: what moved onto it and is still there
    // goes back to the merged candidate, which stays as it was (the erasure took the kept one's own files).
    if (!fresh || fresh.state !== 'active') {
      await parts.files.move(tenantId, keptId, mergedId);
      await parts.activities.reassign(tenantId, keptId, mergedId, activities);
      await relinked?.handBack();
    }
    // Fails as the record is now (a key made after the erasure's shred goes too). After another change
    // of an editable record what moved stays, and merging again completes the merge.
    await candidates.requireStored(tenantId, keptId, 'edit');
    throw new ConflictError(`candidate ${keptId} changed concurrently; merge again`, 'VERSION_MISMATCH');
  }
  await candidates.forget(tenantId, keptId);
  await parts.removeOwnRecords(tenantId, mergedId);
  return { view: await candidates.view(tenantId, keptId), filesMoved: files.length, activitiesMoved: activities.length, applicationsRelinked: relinked?.moved ?? 0 };
}

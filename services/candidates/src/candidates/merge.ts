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

  const filesMoved = await parts.files.move(tenantId, mergedId, keptId);
  const activitiesMoved = await parts.activities.reassign(tenantId, mergedId, keptId);
  const relink = parts.recruiting().relinkCandidate;
  const applicationsRelinked = relink ? await relink(tenantId, mergedId, keptId) : 0;
  if (!relink) parts.logger.warn({ keptId, mergedId }, 'merge: applications of the merged candidate are not re-linked; the erasure of the merged candidate removes them');

  const now = parts.now();
  const merged = outboxEntry(TOPICS.candidateEvents, {
    type: 'lethe.candidates.v1.CandidateMerged',
    tenantId,
    subjectId: keptId,
    time: now,
    payload: { keptCandidateId: keptId, mergedCandidateId: mergedId, mergedAt: toTimestamp(now), mergedBy: actor.actorId },
  });
  const set = { updatedAt: now, updatedBy: actor.actorId, version: kept.version + 1 };
  const result = await candidates.repository.updateOne(tenantId, { _id: keptId, version: kept.version }, withOutbox({ $set: set }, [merged]));
  if (result.matched === 0) throw new ConflictError(`candidate ${keptId} changed concurrently; merge again`, 'VERSION_MISMATCH');
  await candidates.forget(tenantId, keptId);
  await parts.activities.record({ tenantId, candidateId: keptId, kind: 'ACTIVITY_KIND_SYSTEM', actorId: actor.actorId, occurredAt: now, refs: { mergedCandidateId: mergedId } });
  await parts.removeOwnRecords(tenantId, mergedId);
  return { view: await candidates.view(tenantId, keptId), filesMoved, activitiesMoved, applicationsRelinked };
}

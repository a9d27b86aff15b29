import { Types } from 'mongoose';
import { NotFoundError, outboxEntry, TenantRepository, withOutbox, withOutboxDoc, type OutboxEntry, type Stored } from '@lethe/platform';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { ActivityLog } from '../activity/activity-log';
import { confirmWrites, type CandidateDirectory } from '../candidates/directory';
import type { Actor } from '../candidates/store';
import type { AssignmentDoc, RecruitingModels } from './model';

export type Meaning = AssignmentDoc['meaning'];

function changed(doc: AssignmentDoc): OutboxEntry {
  return outboxEntry(TOPICS.candidateEvents, {
    type: 'lethe.candidates.v1.JobOrderAssignmentChanged',
    tenantId: doc.tenantId,
    subjectId: doc.candidateId,
    time: doc.changedAt,
    payload: { jobOrderId: doc.jobOrderId, candidateId: doc.candidateId, assigned: doc.assigned, meaning: doc.meaning, changedAt: toTimestamp(doc.changedAt), changedBy: doc.changedBy },
  });
}

/**
 * Candidates assigned to job orders, with what the assignment means (seed 004: normal processing
 * or placement, which sets a marked candidate's earliest deletion time). Every change is announced
 * through the recruiting outbox; a removed assignment stays as `assigned: false` so its removal is announced too.
 */
export class AssignmentStore {
  readonly repository: TenantRepository<AssignmentDoc>;

  constructor(
    models: RecruitingModels,
    private readonly directory: CandidateDirectory,
    private readonly activities: ActivityLog,
  ) {
    this.repository = new TenantRepository(models.assignments, { resourceType: 'assignment' });
  }

  private find(tenantId: string, jobOrderId: string, candidateId: string): Promise<Stored<AssignmentDoc> | null> {
    return this.repository.findOne(tenantId, { jobOrderId, candidateId }, {});
  }

  async assign(actor: Actor, jobOrderId: string, candidateId: string, meaning: Meaning, now: Date): Promise<AssignmentDoc> {
    const current = await this.find(actor.tenantId, jobOrderId, candidateId);
    const isNew = !current?.assigned;
    // Changing what an assignment means is an edit; a new assignment is refused while an erasure request is open.
    const use = isNew ? 'new-assignment' : 'edit';
    await this.directory.require(actor.tenantId, candidateId, use);
    const next: AssignmentDoc = { _id: current?._id ?? new Types.ObjectId().toHexString(), tenantId: actor.tenantId, jobOrderId, candidateId, meaning, assigned: true, changedAt: now, changedBy: actor.actorId };
    // The change and its event in one write (the outbox).
    if (current) {
      await this.repository.updateOne(actor.tenantId, { _id: current._id }, withOutbox({ $set: { meaning, assigned: true, changedAt: now, changedBy: actor.actorId } }, [changed(next)]));
    } else {
      await this.repository.insert(actor.tenantId, withOutboxDoc(next, [changed(next)]));
    }
    const activityId = isNew ? await this.activities.record({ tenantId: actor.tenantId, candidateId, kind: 'ACTIVITY_KIND_ASSIGNED_TO_JOB', actorId: actor.actorId, occurredAt: now, refs: { jobOrder: jobOrderId } }) : undefined;
    await confirmWrites(this.directory, actor.tenantId, candidateId, use, async (refusal) => {
      if (refusal instanceof NotFoundError) {
        // The candidate is gone: so goes what this call wrote about it (its events are dropped by the tombstone).
        if (!current) await this.repository.deleteOne(actor.tenantId, { _id: next._id });
      } else {
        // A new one stays removed, an earlier one as it was; announced in the same write.
        await this.setBack(actor.tenantId, current ?? { ...next, assigned: false });
      }
      if (activityId) await this.activities.remove(actor.tenantId, activityId);
    });
    return next;
  }

  async unassign(actor: Actor, jobOrderId: string, candidateId: string, now: Date): Promise<AssignmentDoc> {
    const current = await this.find(actor.tenantId, jobOrderId, candidateId);
    if (!current?.assigned) throw new NotFoundError('assignment', `${jobOrderId}/${candidateId}`);
    await this.directory.require(actor.tenantId, candidateId, 'edit');
    const next: AssignmentDoc = { ...current, assigned: false, changedAt: now, changedBy: actor.actorId };
    await this.repository.updateOne(actor.tenantId, { _id: current._id }, withOutbox({ $set: { assigned: false, changedAt: now, changedBy: actor.actorId } }, [changed(next)]));
    // Anonymise and reduce keep the assignment, a mark locks it: it is set back as it was.
    await confirmWrites(this.directory, actor.tenantId, candidateId, 'edit', async (refusal) => {
      if (!(refusal instanceof NotFoundError)) await this.setBack(actor.tenantId, current);
    });
    return next;
  }

  /** Sets a record taken back to `was`, announced in the same write: consumers that saw the change see it undone. */
  private async setBack(tenantId: string, was: AssignmentDoc): Promise<void> {
    const { meaning, assigned, changedAt, changedBy } = was;
    await this.repository.updateOne(tenantId, { _id: was._id }, withOutbox({ $set: { meaning, assigned, changedAt, changedBy } }, [changed(was)]));
  }

  list(tenantId: string, filter: { jobOrderId?: string; candidateId?: string }): Promise<Stored<AssignmentDoc>[]> {
    return this.repository.find(tenantId, { ...filter, assigned: true }, { sort: { _id: 1 }, limit: 500 });
  }

  /**
   * A merge: the kept candidate takes over the assignments (announced again under the kept one);
   * where both were assigned to the same job order, the kept candidate's assignment stays. Returns the ids moved.
   */
  async relink(tenantId: string, fromCandidateId: string, toCandidateId: string, ids?: readonly string[]): Promise<string[]> {
    const docs = await this.repository.find(tenantId, ids ? { candidateId: fromCandidateId, _id: { $in: [...ids] } } : { candidateId: fromCandidateId }, {});
    const moved: string[] = [];
    for (const doc of docs) {
      if (await this.find(tenantId, doc.jobOrderId, toCandidateId)) {
        await this.repository.deleteOne(tenantId, { _id: doc._id });
        continue;
      }
      const announced = doc.assigned ? [changed({ ...doc, candidateId: toCandidateId })] : [];
      const { matched } = await this.repository.updateOne(tenantId, { _id: doc._id, candidateId: fromCandidateId }, withOutbox({ $set: { candidateId: toCandidateId } }, announced));
      if (matched > 0) moved.push(doc._id);
    }
    return moved;
  }

  /** The candidate's assignments, with their unsent events; only those of `ids`, when given. */
  deleteOf(tenantId: string, candidateId: string, ids?: readonly string[]): Promise<number> {
    return this.repository.deleteMany(tenantId, ids ? { candidateId, _id: { $in: [...ids] } } : { candidateId });
  }

  countOf(tenantId: string, candidateId: string): Promise<number> {
    return this.repository.count(tenantId, { candidateId });
  }
}

import { NotFoundError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import { TenantRepository, type Stored } from '@lethe/platform/mongo';
import { outboxEntry, withOutbox, withOutboxDoc, type OutboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { ActivityStore } from '../activity/store';
import type { Actor, Candidates } from '../candidates/candidates';
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
 * Candidates assigned to job orders, with what the assignment means: normal processing or a
 * placement (the kind of assignment sets how long a candidate marked for deletion waits). Every
 * change is the candidate's write and is announced in the same write; a removed assignment stays
 * as `assigned: false` so its removal is announced too.
 */
export class AssignmentStore {
  readonly repository: TenantRepository<AssignmentDoc>;

  constructor(
    models: RecruitingModels,
    private readonly candidates: Candidates,
    private readonly activities: ActivityStore,
  ) {
    this.repository = new TenantRepository(models.assignments, { resourceType: 'assignment' });
  }

  private find(tenantId: string, jobOrderId: string, candidateId: string): Promise<Stored<AssignmentDoc> | null> {
    return this.repository.findOne(tenantId, { jobOrderId, candidateId }, {});
  }

  async assign(actor: Actor, jobOrderId: string, candidateId: string, meaning: Meaning, now: Date): Promise<AssignmentDoc> {
    const current = await this.find(actor.tenantId, jobOrderId, candidateId);
    // A new assignment waits while the candidate asked to be forgotten; changing what one means is an edit.
    const use = current?.assigned ? 'edit' : 'new-assignment';
    return this.candidates.write(actor.tenantId, candidateId, use, async () => {
      const stored = await this.find(actor.tenantId, jobOrderId, candidateId);
      const next: AssignmentDoc = { _id: stored?._id ?? newId(), tenantId: actor.tenantId, jobOrderId, candidateId, meaning, assigned: true, changedAt: now, changedBy: actor.actorId };
      if (stored) {
        await this.repository.updateOne(actor.tenantId, { _id: stored._id }, withOutbox({ $set: { meaning, assigned: true, changedAt: now, changedBy: actor.actorId } }, [changed(next)]));
      } else {
        await this.repository.insert(actor.tenantId, withOutboxDoc(next, [changed(next)]));
      }
      if (!stored?.assigned) {
        await this.activities.record({ tenantId: actor.tenantId, candidateId, kind: 'ACTIVITY_KIND_ASSIGNED_TO_JOB', actorId: actor.actorId, occurredAt: now, refs: { jobOrder: jobOrderId } });
      }
      return next;
    });
  }

  unassign(actor: Actor, jobOrderId: string, candidateId: string, now: Date): Promise<AssignmentDoc> {
    return this.candidates.write(actor.tenantId, candidateId, 'edit', async () => {
      const current = await this.find(actor.tenantId, jobOrderId, candidateId);
      if (!current?.assigned) throw new NotFoundError('assignment', `${jobOrderId}/${candidateId}`);
      const next: AssignmentDoc = { ...current, assigned: false, changedAt: now, changedBy: actor.actorId };
      await this.repository.updateOne(actor.tenantId, { _id: current._id }, withOutbox({ $set: { assigned: false, changedAt: now, changedBy: actor.actorId } }, [changed(next)]));
      return next;
    });
  }

  list(tenantId: string, filter: { jobOrderId?: string; candidateId?: string }): Promise<Stored<AssignmentDoc>[]> {
    return this.repository.find(tenantId, { ...filter, assigned: true }, { sort: { _id: 1 }, limit: 500 });
  }

  /**
   * A merge: the kept candidate takes over the assignments (announced again under the kept one);
   * where both were assigned to the same job order, the kept candidate's assignment stays.
   * Returns how many moved.
   */
  async relink(tenantId: string, fromCandidateId: string, toCandidateId: string): Promise<number> {
    const docs = await this.repository.find(tenantId, { candidateId: fromCandidateId }, {});
    let moved = 0;
    for (const doc of docs) {
      if (await this.find(tenantId, doc.jobOrderId, toCandidateId)) {
        await this.repository.deleteOne(tenantId, { _id: doc._id });
        continue;
      }
      const announced = doc.assigned ? [changed({ ...doc, candidateId: toCandidateId })] : [];
      await this.repository.updateOne(tenantId, { _id: doc._id }, withOutbox({ $set: { candidateId: toCandidateId } }, announced));
      moved += 1;
    }
    return moved;
  }

  /** The candidate's assignments, with their unsent events. */
  deleteOf(tenantId: string, candidateId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { candidateId });
  }

  countOf(tenantId: string, candidateId: string): Promise<number> {
    return this.repository.count(tenantId, { candidateId });
  }
}

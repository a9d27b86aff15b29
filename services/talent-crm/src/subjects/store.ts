import { Schema, type Connection } from 'mongoose';
import { PreconditionError } from '@lethe/platform/errors';
import { defineTenantModel, TenantRepository } from '@lethe/platform/mongo';

/** What retention decided about a person that limits what the CRM may do: a mark, an open erasure request. */
export const SUBJECT_RESTRICTIONS = ['marked-for-deletion', 'erasure-requested'] as const;
export type SubjectRestriction = (typeof SUBJECT_RESTRICTIONS)[number];

interface SubjectStateDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  markedAt?: Date;
  erasureRequestedAt?: Date;
}

const schema = new Schema<SubjectStateDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    markedAt: Date,
    erasureRequestedAt: Date,
  },
  { versionKey: false },
);

const idOf = (tenantId: string, subjectId: string) => JSON.stringify([tenantId, subjectId]);

/**
 * One document per person retention told the CRM about (no personal data), read by `_id` alone.
 * It is changed and checked inside the person's write fence, so a new talent, a follow-up, a
 * campaign or an application to the ATS never slips past a mark or an erasure request.
 */
export class SubjectStates {
  private readonly repository: TenantRepository<SubjectStateDoc>;

  constructor(connection: Connection) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'TalentSubjectState', schema, 'subject_states'), { resourceType: 'subject' });
  }

  /** The restriction that holds for the person now, the mark first; undefined when none. */
  async restrictionOf(tenantId: string, subjectId: string): Promise<SubjectRestriction | undefined> {
    return (await this.restrictionsOf(tenantId, subjectId))[0];
  }

  private async restrictionsOf(tenantId: string, subjectId: string): Promise<SubjectRestriction[]> {
    const state = await this.repository.findById(tenantId, idOf(tenantId, subjectId));
    const held: SubjectRestriction[] = [];
    if (state?.markedAt) held.push('marked-for-deletion');
    if (state?.erasureRequestedAt) held.push('erasure-requested');
    return held;
  }

  /**
   * FAILED_PRECONDITION while one of `which` holds for the person: SUBJECT_MARKED_FOR_DELETION,
   * ERASURE_REQUESTED. Both by default: no new talent, follow-up, campaign or application to the ATS.
   */
  async refuseIfRestricted(tenantId: string, subjectId: string, which: readonly SubjectRestriction[] = SUBJECT_RESTRICTIONS): Promise<void> {
    const restriction = (await this.restrictionsOf(tenantId, subjectId)).find((held) => which.includes(held));
    if (!restriction) return;
    if (restriction === 'marked-for-deletion') throw new PreconditionError('SUBJECT_MARKED_FOR_DELETION', `subject ${subjectId} is marked for deletion`, { type: 'talent', id: subjectId });
    throw new PreconditionError('ERASURE_REQUESTED', `subject ${subjectId} asked to be forgotten`, { type: 'talent', id: subjectId });
  }

  /** Sets (a date) or lifts (null) the mark or the erasure request; absent fields stay. */
  async set(tenantId: string, subjectId: string, change: { markedAt?: Date | null; erasureRequestedAt?: Date | null }): Promise<void> {
    const $set: Record<string, unknown> = { subjectId };
    const $unset: Record<string, 1> = {};
    for (const field of ['markedAt', 'erasureRequestedAt'] as const) {
      if (change[field] === null) $unset[field] = 1;
      else if (change[field]) $set[field] = change[field];
    }
    await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId) }, Object.keys($unset).length > 0 ? { $set, $unset } : { $set }, { upsert: true });
  }

  deleteOfSubject(tenantId: string, subjectId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { _id: idOf(tenantId, subjectId) });
  }
}

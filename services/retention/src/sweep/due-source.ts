import type { Model } from 'mongoose';
import { ALL_TENANTS } from '@lethe/platform/mongo';

/**
 * One kind of scheduled work the sweep executes when it falls due: the retention clock's reduce
 * and delete dates, marks past their earliest deletion time, erasure requests past their deadline.
 * Every source keeps its due dates in an indexed field, so `findDue` is an index range query.
 */
export interface DueItem {
  tenantId: string;
  subjectId: string;
  /** Identifies the scheduled step (e.g. `delete:<subjectId>:<dueAt>`): executing it twice changes nothing. */
  key: string;
  dueAt: Date;
}

export interface DueSource {
  /** Shown in progress output and logs, e.g. `retention-clock`. */
  readonly name: string;
  /** Items due at `now`, oldest first, at most `limit`. */
  findDue(now: Date, limit: number): Promise<DueItem[]>;
  /** How many items are due at `now` (for progress output). */
  countDue(now: Date): Promise<number>;
  /** Executes one item. Must be idempotent: an interrupted sweep runs it again. */
  execute(item: DueItem, now: Date): Promise<void>;
}

/** The finding half of a source whose documents carry their due date in one indexed field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model whose documents have the field
export function dueByIndex(model: Model<any>, field: string): Pick<DueSource, 'findDue' | 'countDue'> {
  const due = (now: Date) => ({ [field]: { $lte: now } });
  return {
    findDue: async (now, limit) => {
      const docs = await model
        .find(due(now), { tenantId: 1, subjectId: 1, [field]: 1 })
        .setOptions({ [ALL_TENANTS]: true })
        .sort({ [field]: 1 })
        .limit(limit)
        .lean<{ _id: string; tenantId: string; subjectId: string; [field: string]: unknown }[]>()
        .exec();
      return docs.map((doc) => ({ tenantId: doc.tenantId, subjectId: doc.subjectId, key: doc._id, dueAt: doc[field] as Date }));
    },
    countDue: (now) => model.countDocuments(due(now)).setOptions({ [ALL_TENANTS]: true }).exec(),
  };
}

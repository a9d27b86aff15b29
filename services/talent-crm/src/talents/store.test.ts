import { createConnection } from 'mongoose';
import { talentModel } from './model';
import type { TalentQuery } from './store';

/** Whether an index answers equality on `fields` (and the tenant) followed by the _id order, by MongoDB's prefix rule. */
function answered(indexes: Record<string, unknown>[], fields: readonly string[], sortedById: boolean): boolean {
  return indexes.some((index) => {
    const keys = Object.keys(index);
    const equality = keys.slice(0, fields.length + 1);
    if (equality[0] !== 'tenantId' || !fields.every((field) => equality.includes(field))) return false;
    return !sortedById || keys[fields.length + 1] === '_id' || fields.length === 0;
  });
}

describe('the talents collection', () => {
  const connection = createConnection();
  const indexes = talentModel(connection).schema.indexes().map(([keys]) => keys as Record<string, unknown>);
  afterAll(() => connection.close());

  it('answers every list filter from an index, in page order', () => {
    const filters: (keyof TalentQuery)[] = ['poolIds', 'tags', 'status', 'source', 'recruiterId', 'emailIndex'];
    expect(answered(indexes, [], true)).toBe(true);
    for (const filter of filters) expect([filter, answered(indexes, [filter], true)]).toEqual([filter, true]);
  });

  it('answers the lookups by ATS candidate id and the rules runner by the pending flag', () => {
    expect(answered(indexes, ['atsCandidateId'], false)).toBe(true);
    expect(indexes.some((index) => Object.keys(index)[0] === 'triggersPending')).toBe(true);
    expect(indexes.some((index) => Object.keys(index)[0] === 'outboxPending')).toBe(true);
  });
});

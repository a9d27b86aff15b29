import { isServed } from './index-rules';
import { queryShapesOf, type IndexShape, type SortShape } from './query-shapes';

function index(key: Record<string, 1 | -1>, unique = false): Pick<IndexShape, 'key' | 'unique'> {
  return { key: Object.entries(key) as SortShape, unique };
}

/** The shape of a find, as the driver sends it. */
function find(filter: Record<string, unknown>, sort?: Record<string, 1 | -1>, limit?: number) {
  return queryShapesOf('find', { find: 'items', filter, ...(sort && { sort }), ...(limit !== undefined && { limit }) })[0];
}

const byTenantAndStatus = index({ tenantId: 1, status: 1, createdAt: -1 });

describe('isServed: equality, sort, range', () => {
  it('serves equality fields forming the leading keys in any order', () => {
    expect(isServed(find({ status: 'open', tenantId: 't' }), [byTenantAndStatus])).toBe(true);
    expect(isServed(find({ tenantId: 't' }), [byTenantAndStatus])).toBe(true);
  });

  it('does not serve an equality field outside the leading keys', () => {
    expect(isServed(find({ tenantId: 't', createdAt: new Date() }), [byTenantAndStatus])).toBe(false);
    expect(isServed(find({ tenantId: 't', email: 'x' }), [byTenantAndStatus])).toBe(false);
    expect(isServed(find({ status: 'open' }), [byTenantAndStatus])).toBe(false);
  });

  it('serves a sort on the keys after the equality prefix, forwards or all reversed', () => {
    expect(isServed(find({ tenantId: 't', status: 'open' }, { createdAt: -1 }), [byTenantAndStatus])).toBe(true);
    expect(isServed(find({ tenantId: 't', status: 'open' }, { createdAt: 1 }), [byTenantAndStatus])).toBe(true);
    const twoKeys = index({ tenantId: 1, lastName: 1, createdAt: -1 });
    expect(isServed(find({ tenantId: 't' }, { lastName: -1, createdAt: 1 }), [twoKeys])).toBe(true);
    expect(isServed(find({ tenantId: 't' }, { lastName: 1, createdAt: 1 }), [twoKeys])).toBe(false);
  });

  it('ignores sort keys fixed by equality, and refuses a sort the index does not continue with', () => {
    expect(isServed(find({ tenantId: 't', status: 'open' }, { status: 1, createdAt: -1 }), [byTenantAndStatus])).toBe(true);
    expect(isServed(find({ tenantId: 't' }, { createdAt: -1 }), [byTenantAndStatus])).toBe(false);
  });

  it('serves $in as equality, also before the sort keys (MongoDB merges the sorted runs)', () => {
    expect(isServed(find({ tenantId: { $in: ['t', 'u'] } }, { status: 1 }), [byTenantAndStatus])).toBe(true);
    expect(isServed(find({ tenantId: { $in: ['t', 'u'] } }, { createdAt: 1 }), [byTenantAndStatus])).toBe(false);
    expect(isServed(find({ tenantId: 't', createdAt: { $in: [1, 2] } }), [byTenantAndStatus])).toBe(false);
  });

  it('lets a read narrowed below the tenant filter and sort the documents it yields', () => {
    const byCandidate = index({ tenantId: 1, candidateId: 1 });
    expect(isServed(find({ tenantId: 't', candidateId: 'c', jobId: 'j', note: /x/ }, { createdAt: -1 }), [byCandidate])).toBe(true);
    expect(isServed(find({ tenantId: 't', status: { $in: ['open', 'won'] } }, { updatedAt: -1 }), [byTenantAndStatus])).toBe(true);
    expect(isServed(find({ tenantId: 't', jobId: 'j' }), [byCandidate])).toBe(false);
    expect(isServed(find({ tenantId: 't' }, { createdAt: -1 }), [byCandidate])).toBe(false);
  });

  it('serves a range right after the equality prefix, or after the sort keys', () => {
    const dueAt = index({ tenantId: 1, dueAt: 1 });
    expect(isServed(find({ tenantId: 't', dueAt: { $lte: new Date() } }), [dueAt])).toBe(true);
    expect(isServed(find({ dueAt: { $gte: 1, $lt: 2 } }), [index({ dueAt: 1 })])).toBe(true);
    expect(isServed(find({ tenantId: 't', status: 'open', createdAt: { $gt: 1 } }, { createdAt: 1 }), [byTenantAndStatus])).toBe(true);
    expect(isServed(find({ tenantId: 't', createdAt: { $gt: 1 } }), [byTenantAndStatus])).toBe(false);
    expect(isServed(find({ dueAt: { $lte: 1 } }), [dueAt])).toBe(false);
    expect(isServed(find({ tenantId: 't', name: /^Mü/ }), [index({ tenantId: 1, name: 1 })])).toBe(true);
    expect(isServed(find({ tenantId: 't', name: /Mü/i }), [index({ tenantId: 1, name: 1 })])).toBe(false);
  });

  it('filters existence and negations on what a bounded scan yields, never on a whole collection', () => {
    expect(isServed(find({ tenantId: 't', tags: { $all: ['a'] } }), [byTenantAndStatus])).toBe(false);
    expect(isServed(find({ tenantId: 't', deletedAt: { $exists: false }, status: { $ne: 'lost' } }), [byTenantAndStatus])).toBe(true);
    expect(isServed(find({ deletedAt: { $exists: false } }), [byTenantAndStatus])).toBe(false);
    expect(isServed(find({}), [byTenantAndStatus])).toBe(false);
  });

  it('serves a whole-collection read in index order only with a limit', () => {
    const byCreated = index({ createdAt: 1 });
    expect(isServed(find({}, { createdAt: -1 }, 10), [byCreated])).toBe(true);
    expect(isServed(find({}, { createdAt: -1 }), [byCreated])).toBe(false);
  });

  it('serves any filter through a unique index or _id whose keys are all fixed', () => {
    expect(isServed(find({ _id: 'a', tenantId: 't', email: 'x', n: { $gt: 2 } }), [])).toBe(true);
    expect(isServed(find({ _id: { $in: ['a', 'b'] }, tenantId: 't' }), [])).toBe(true);
    expect(isServed(find({ hash: 'h', used: { $ne: true } }), [index({ hash: 1 }, true)])).toBe(true);
    expect(isServed(find({ tenantId: 't', hash: 'h', other: 1 }), [index({ tenantId: 1, hash: 1 }, true)])).toBe(true);
    expect(isServed(find({ tenantId: 't', other: 1 }), [index({ tenantId: 1, hash: 1 }, true)])).toBe(false);
  });
});

describe('isServed: $or', () => {
  const byEmail = index({ tenantId: 1, email: 1 });
  const byPhone = index({ tenantId: 1, phone: 1 });

  it('serves an $or when every branch, with the rest of the filter, is served', () => {
    const query = find({ tenantId: 't', $or: [{ email: 'e' }, { phone: 'p' }] });
    expect(isServed(query, [byEmail, byPhone])).toBe(true);
    expect(isServed(query, [byEmail])).toBe(false);
    expect(isServed(query, [index({ tenantId: 1 })])).toBe(false);
  });

  it('needs the sort served by every branch', () => {
    const sorted = (sort: Record<string, 1 | -1>) => find({ $or: [{ tenantId: 't' }, { tenantId: 'u', status: { $ne: 'lost' } }] }, sort, 10);
    const byCreated = index({ tenantId: 1, createdAt: -1 });
    expect(isServed(sorted({ createdAt: 1 }), [byCreated])).toBe(true);
    expect(isServed(sorted({ updatedAt: -1 }), [byCreated])).toBe(false);
  });

  it('filters an $or of existence tests like any such field', () => {
    expect(isServed(find({ tenantId: 't', $or: [{ deletedAt: { $exists: false } }, { deletedAt: { $ne: null } }] }), [byEmail])).toBe(true);
  });

  it('serves an $or inside a point read', () => {
    expect(isServed(find({ _id: 'a', $or: [{ email: 'e' }, { phone: 'p' }] }), [])).toBe(true);
  });
});

describe('isServed: other commands', () => {
  it('uses the leading $match and $sort of an aggregation', () => {
    const [aggregate] = queryShapesOf('aggregate', { aggregate: 'items', pipeline: [{ $match: { tenantId: 't', status: 'open' } }, { $sort: { createdAt: -1 } }, { $limit: 5 }] });
    expect(isServed(aggregate, [byTenantAndStatus])).toBe(true);
    const [grouped] = queryShapesOf('aggregate', { aggregate: 'items', pipeline: [{ $group: { _id: '$status' } }] });
    expect(isServed(grouped, [byTenantAndStatus])).toBe(false);
  });

  it('checks each statement of an update or delete', () => {
    const updates = queryShapesOf('update', { update: 'items', updates: [{ q: { _id: 'a' }, u: { $set: { n: 1 } } }, { q: { tenantId: 't', email: 'x' }, u: {}, multi: true }] });
    expect(updates.map((shape) => isServed(shape, [byTenantAndStatus]))).toEqual([true, false]);
  });
});

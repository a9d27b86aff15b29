import { describeShape, filterShape, indexShapesOf, normalisePath, queryShapesOf } from './query-shapes';

describe('filterShape', () => {
  it('keeps each field with the kind of its operator, never a value', () => {
    const shape = filterShape({
      tenantId: 'secret-tenant',
      status: { $in: ['secret-a'] },
      createdAt: { $gte: new Date(0), $lt: new Date(1) },
      email: { $exists: true },
      name: { $regex: '^secret' },
      note: /secret/i,
      tags: ['secret-tag'],
      address: { city: 'secret-city' },
      kind: { $ne: 'secret-kind' },
      $and: [{ n: { $eq: 1 } }],
      $or: [{ a: 'secret-or' }, { b: { $lte: 2 } }],
    });
    expect(shape).toEqual({
      fields: { address: 'eq', createdAt: 'range', email: 'exists', kind: 'ne', n: 'eq', name: 'range', note: 'regex', status: 'in', tags: 'eq', tenantId: 'eq' },
      or: [[{ fields: { a: 'eq' }, or: [] }, { fields: { b: 'range' }, or: [] }]],
    });
    expect(JSON.stringify(shape)).not.toContain('secret');
  });

  it('takes the most index-friendly kind of a field constrained twice', () => {
    expect(filterShape({ status: { $in: ['a'], $ne: 'b' }, $and: [{ n: { $exists: true } }, { n: 3 }] }).fields).toEqual({ n: 'eq', status: 'in' });
  });

  it('replaces map keys and array positions in field paths', () => {
    expect(normalisePath('consents.4f1c9a7e2b8d4c6a9e0f1a2b.granted')).toBe('consents.<key>.granted');
    expect(normalisePath('items.3.name')).toBe('items.$.name');
    expect(normalisePath('personal.emailIndex')).toBe('personal.emailIndex');
  });
});

describe('queryShapesOf', () => {
  it('reads the filter and sort of each command kind', () => {
    expect(queryShapesOf('find', { find: 'c', filter: { a: 1 }, sort: { b: -1 }, limit: 1 }).map(describeShape)).toEqual(['find {a:eq} sort {b:-1} limit']);
    expect(queryShapesOf('count', { count: 'c', query: {} })).toEqual([]);
    expect(queryShapesOf('delete', { delete: 'c', deletes: [{ q: { a: 1 }, limit: 0 }] }).map(describeShape)).toEqual(['delete {a:eq}']);
    expect(queryShapesOf('findAndModify', { findAndModify: 'c', query: { a: 1 }, sort: { b: 1 } }).map(describeShape)).toEqual(['findAndModify {a:eq} sort {b:1} limit']);
    expect(queryShapesOf('insert', { insert: 'c', documents: [{ a: 1 }] })).toEqual([]);
  });

  it('follows an aggregation into the collections it looks up', () => {
    const shapes = queryShapesOf('aggregate', { aggregate: 'c', pipeline: [{ $match: { a: 1 } }, { $lookup: { from: 'd', localField: 'x', foreignField: 'y', as: 'z' } }] });
    expect(shapes.map((shape) => `${shape.collection} ${describeShape(shape)}`)).toEqual(['c aggregate {a:eq}', 'd lookup {y:eq}']);
  });
});

describe('indexShapesOf', () => {
  it('reads the keys and uniqueness of each declared index', () => {
    expect(indexShapesOf('createIndexes', { createIndexes: 'c', indexes: [{ key: { a: 1, b: -1 }, name: 'a_1_b_-1', unique: true }] })).toEqual([{ collection: 'c', key: [['a', 1], ['b', -1]], unique: true }]);
  });
});

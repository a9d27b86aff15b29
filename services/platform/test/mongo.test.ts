import { Schema, Types, type Connection, type Model } from 'mongoose';
import { LetheError, NotFoundError, UnavailableError, ValidationError, describeError } from '../src/errors/errors';
import { createLogger } from '../src/telemetry/logger';
import { TenantRepository, TenantSettings, closeMongo, connectMongo, defineTenantModel, isStaleUpdate } from '../src/mongo';
import { TenantChangeError } from '../src/mongo/tenant-scope';
import { MissingTenantError } from '../src/mongo/tenant-scope';
import { testInfra, uniqueName } from '../src/testkit/infra';

interface Note {
  tenantId: string;
  subjectId: string;
  label: string;
  n: number;
}

const logger = createLogger({ service: 'mongo-test', level: 'silent' });
let connection: Connection;
let Notes: Model<Note>;
let repo: TenantRepository<Note>;

function noteSchema(): Schema<Note> {
  return new Schema<Note>({
    tenantId: { type: String, required: true, index: true },
    subjectId: { type: String, required: true },
    label: { type: String, required: true },
    n: { type: Number, required: true },
  });
}

beforeAll(async () => {
  connection = await connectMongo({ uri: testInfra().mongoUri, database: uniqueName('platform_mongo'), logger });
  Notes = defineTenantModel(connection, 'Note', noteSchema(), 'notes');
  await Notes.init();
  repo = new TenantRepository(Notes, { resourceType: 'note', defaultPageSize: 4, maxPageSize: 5 });
});

afterAll(async () => {
  await connection?.dropDatabase().catch(() => undefined);
  await closeMongo(connection);
});

describe('connectMongo', () => {
  it('returns a dedicated, connected connection', () => {
    expect(connection.readyState).toBe(1);
    expect(connection.name).toMatch(/^platform_mongo/);
  });

  it('fails fast with UnavailableError when no server answers', async () => {
    const started = Date.now();
    await expect(
      connectMongo({ uri: 'mongodb://127.0.0.1:1', database: 'nowhere', logger, serverSelectionTimeoutMs: 300 }),
    ).rejects.toBeInstanceOf(UnavailableError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('closeMongo is safe to call twice', async () => {
    const other = await connectMongo({ uri: testInfra().mongoUri, database: uniqueName('platform_mongo_close'), logger });
    await closeMongo(other);
    await closeMongo(other);
    expect(other.readyState).toBe(0);
  });
});

describe('TenantRepository', () => {
  const tenantA = uniqueName('tenant-a');
  const tenantB = uniqueName('tenant-b');

  it('scopes every method to the tenant', async () => {
    const a1 = await repo.insert(tenantA, { subjectId: 's1', label: 'a1', n: 1 });
    await repo.insertMany(tenantA, [
      { subjectId: 's1', label: 'a2', n: 2 },
      { subjectId: 's2', label: 'a3', n: 3 },
    ]);
    const b1 = await repo.insert(tenantB, { subjectId: 's1', label: 'b1', n: 1 });
    expect(a1.tenantId).toBe(tenantA);
    expect(a1._id).toBeInstanceOf(Types.ObjectId);

    expect((await repo.find(tenantA, {}, { sort: { n: 1 } })).map((doc) => doc.label)).toEqual(['a1', 'a2', 'a3']);
    expect((await repo.find(tenantB)).map((doc) => doc.label)).toEqual(['b1']);
    expect(await repo.count(tenantA, { subjectId: 's1' })).toBe(2);
    expect(await repo.count(tenantB, { subjectId: 's1' })).toBe(1);
    expect(await repo.exists(tenantA, { label: 'b1' })).toBe(false);
    expect((await repo.findOne(tenantA, { n: { $gte: 2 } }, { sort: { n: -1 } }))?.label).toBe('a3');

    // Another tenant's id is simply not found.
    expect((await repo.findById(tenantA, a1._id))?.label).toBe('a1');
    expect(await repo.findById(tenantA, b1._id)).toBeNull();
    await expect(repo.getById(tenantA, b1._id)).rejects.toBeInstanceOf(NotFoundError);
    const notFound = await repo.getById(tenantA, b1._id).catch((err: unknown) => err);
    expect(describeError(notFound)).toMatchObject({ kind: 'not_found', resourceType: 'note', resourceId: String(b1._id) });
    // The tenant is checked whatever the projection leaves out.
    for (const projection of [{ _id: 1 }, { label: 1 }, { _id: 0, label: 1 }, { tenantId: 0 }, { label: 0 }] as const) {
      expect(await repo.findById(tenantA, a1._id, projection)).not.toBeNull();
      expect(await repo.findById(tenantA, b1._id, projection)).toBeNull();
    }
    expect(await repo.findById(tenantA, a1._id, { label: 1 })).toMatchObject({ label: 'a1' });
    expect(await repo.findById(tenantA, a1._id, { label: 0 })).not.toHaveProperty('label');

    expect(await repo.updateOne(tenantA, { _id: b1._id }, { $set: { label: 'hijacked' } })).toMatchObject({ matched: 0, modified: 0 });
    expect(await repo.updateMany(tenantA, { subjectId: 's1' }, { $inc: { n: 10 } })).toMatchObject({ matched: 2, modified: 2 });
    expect((await repo.findById(tenantB, b1._id))?.n).toBe(1);
    expect((await repo.findOneAndUpdate(tenantA, { label: 'a1' }, { $set: { label: 'a1*' } }))?.label).toBe('a1*');
    expect(await repo.findOneAndUpdate(tenantA, { _id: b1._id }, { $set: { label: 'x' } })).toBeNull();

    expect(await repo.deleteOne(tenantA, { _id: b1._id })).toBe(0);
    expect(await repo.deleteMany(tenantA, { subjectId: 's1' })).toBe(2);
    expect(await repo.count(tenantA)).toBe(1);
    expect(await repo.count(tenantB)).toBe(1);
    expect(await repo.deleteOne(tenantB, { _id: b1._id })).toBe(1);
  });

  it('upserts inside the tenant', async () => {
    const result = await repo.updateOne(tenantA, { label: 'upserted' }, { $set: { subjectId: 's9', n: 9 } }, { upsert: true });
    expect(result.upsertedId).toBeDefined();
    expect((await repo.findById(tenantA, result.upsertedId))?.tenantId).toBe(tenantA);
  });

  it('refuses to move a document to another tenant or to write with an empty tenant', async () => {
    await expect(repo.insert(tenantA, { tenantId: tenantB, subjectId: 's', label: 'x', n: 0 })).rejects.toBeInstanceOf(TenantChangeError);
    await expect(repo.updateOne(tenantA, {}, { $set: { tenantId: tenantB } })).rejects.toBeInstanceOf(TenantChangeError);
    await expect(repo.updateMany(tenantA, {}, { tenantId: tenantB })).rejects.toBeInstanceOf(TenantChangeError);
    await expect(repo.updateOne(tenantA, {}, { $unset: { tenantId: 1 } })).rejects.toBeInstanceOf(TenantChangeError);
    await expect(repo.find(tenantA, { tenantId: tenantB })).rejects.toBeInstanceOf(TenantChangeError);
    await expect(repo.find('', {})).rejects.toBeInstanceOf(MissingTenantError);
    expect(await repo.count(tenantB)).toBe(0);
  });

  it('claims many ids in one write, telling which existed, with the defaults and checks of the model', async () => {
    interface Claim {
      _id: string;
      tenantId: string;
      owner?: string;
      at: Date;
    }
    const Claims = defineTenantModel(
      connection,
      'Claim',
      new Schema<Claim>({ _id: { type: String, required: true }, tenantId: { type: String, required: true }, owner: { type: String, default: 'nobody' }, at: { type: Date, required: true } }),
      'claims',
    );
    const claims = new TenantRepository(Claims);
    const at = new Date('2026-03-01T10:00:00.000Z');
    expect(await claims.insertNew(tenantA, [{ _id: 'c1', owner: 'first', at }, { _id: 'c2', owner: 'first', at }])).toEqual(new Set());
    expect(await claims.insertNew(tenantA, [{ _id: 'c3', owner: 'second', at }, { _id: 'c1', owner: 'second', at }, { _id: 'c4', at }, { _id: 'c2', owner: 'second', at }])).toEqual(new Set([1, 3]));
    expect(await claims.find(tenantA, {}, { sort: { _id: 1 } })).toEqual([
      { _id: 'c1', tenantId: tenantA, owner: 'first', at, __v: 0 },
      { _id: 'c2', tenantId: tenantA, owner: 'first', at, __v: 0 },
      { _id: 'c3', tenantId: tenantA, owner: 'second', at, __v: 0 },
      { _id: 'c4', tenantId: tenantA, owner: 'nobody', at, __v: 0 },
    ]);
    // Another tenant's claim of an existing id is refused like any other: ids are unique across tenants.
    expect(await claims.insertNew(tenantB, [{ _id: 'c1', at }])).toEqual(new Set([0]));
    expect(await claims.count(tenantB)).toBe(0);
    await expect(claims.insertNew(tenantA, [{ _id: 'c5', tenantId: tenantB, at }])).rejects.toBeInstanceOf(TenantChangeError);
    // An invalid document fails the whole call before anything is written.
    await expect(claims.insertNew(tenantA, [{ _id: 'c6', at }, { _id: 'c7' } as Claim])).rejects.toThrow(/at/);
    expect(await claims.findById(tenantA, 'c6')).toBeNull();
  });

  it('pages by _id with opaque tokens, in both directions', async () => {
    const tenant = uniqueName('tenant-paging');
    const other = uniqueName('tenant-paging-other');
    await repo.insertMany(tenant, Array.from({ length: 7 }, (_, i) => ({ subjectId: `s${i}`, label: `p${i}`, n: i })));
    await repo.insertMany(other, Array.from({ length: 3 }, (_, i) => ({ subjectId: `s${i}`, label: `o${i}`, n: i })));

    const seen: string[] = [];
    let token = '';
    let pages = 0;
    do {
      const page = await repo.list(tenant, { pageSize: 3, pageToken: token });
      seen.push(...page.items.map((doc) => doc.label));
      expect(page.items.every((doc) => doc.tenantId === tenant)).toBe(true);
      token = page.nextPageToken;
      if (token) expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      pages += 1;
    } while (token && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);

    const firstDesc = await repo.list(tenant, { pageSize: 2, order: 'desc' });
    expect(firstDesc.items.map((doc) => doc.label)).toEqual(['p6', 'p5']);
    const secondDesc = await repo.list(tenant, { pageSize: 2, order: 'desc', pageToken: firstDesc.nextPageToken });
    expect(secondDesc.items.map((doc) => doc.label)).toEqual(['p4', 'p3']);

    // A filter combines with the position; 0 means the default size; too large is capped.
    const filtered = await repo.list(tenant, { filter: { n: { $gte: 2 } }, pageSize: 2 });
    expect(filtered.items.map((doc) => doc.label)).toEqual(['p2', 'p3']);
    const filteredNext = await repo.list(tenant, { filter: { n: { $gte: 2 } }, pageSize: 2, pageToken: filtered.nextPageToken });
    expect(filteredNext.items.map((doc) => doc.label)).toEqual(['p4', 'p5']);
    expect((await repo.list(tenant, { pageSize: 0 })).items).toHaveLength(4);
    expect((await repo.list(tenant, { pageSize: 1000 })).items).toHaveLength(5);

    // The last page has no token.
    const all = await repo.list(other, { pageSize: 3 });
    expect(all.items).toHaveLength(3);
    expect(all.nextPageToken).toBe('');
  });

  it('rejects bad page tokens as a validation error naming the field', async () => {
    const tenant = uniqueName('tenant-tokens');
    await repo.insertMany(tenant, [0, 1, 2].map((n) => ({ subjectId: 's', label: `t${n}`, n })));
    const asc = await repo.list(tenant, { pageSize: 1 });
    for (const bad of ['not a token', 'eyJ2IjoyfQ', Buffer.from('{"v":1,"o":"asc","t":"oid","id":"zz"}').toString('base64url')]) {
      const err = await repo.list(tenant, { pageToken: bad }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).violations[0]).toMatchObject({ field: 'pageToken', code: 'invalid_format' });
    }
    await expect(repo.list(tenant, { pageToken: asc.nextPageToken, order: 'desc' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('only accepts models whose schema is tenant-scoped', () => {
    const Plain = connection.model('PlainNote', noteSchema(), 'plain_notes');
    expect(() => new TenantRepository(Plain)).toThrow(TypeError);
  });
});

describe('tenantScoped plugin', () => {
  const tenantA = uniqueName('plugin-a');
  const tenantB = uniqueName('plugin-b');

  beforeAll(async () => {
    await Notes.create([
      { tenantId: tenantA, subjectId: 's1', label: 'pa1', n: 1 },
      { tenantId: tenantA, subjectId: 's2', label: 'pa2', n: 2 },
      { tenantId: tenantB, subjectId: 's1', label: 'pb1', n: 1 },
    ]);
  });

  it('throws MissingTenantError for every unscoped operation, and changes nothing', async () => {
    const someId = new Types.ObjectId();
    const unscoped: [string, () => Promise<unknown>][] = [
      ['find', () => Notes.find({ label: 'pa1' }).exec()],
      ['findOne', () => Notes.findOne({}).exec()],
      ['findById', () => Notes.findById(someId).exec()],
      ['exists', () => Notes.exists({ label: 'pa1' })],
      ['countDocuments', () => Notes.countDocuments({}).exec()],
      ['estimatedDocumentCount', () => Notes.estimatedDocumentCount().exec()],
      ['distinct', () => Notes.distinct('label').exec()],
      ['updateOne', () => Notes.updateOne({ label: 'pa1' }, { $set: { n: 99 } }).exec()],
      ['updateMany', () => Notes.updateMany({}, { $set: { n: 99 } }).exec()],
      ['findOneAndUpdate', () => Notes.findOneAndUpdate({ label: 'pa1' }, { $set: { n: 99 } }).exec()],
      ['replaceOne', () => Notes.replaceOne({ label: 'pa1' }, { tenantId: tenantA, subjectId: 's', label: 'r', n: 0 }).exec()],
      ['deleteOne', () => Notes.deleteOne({ label: 'pa1' }).exec()],
      ['deleteMany', () => Notes.deleteMany({}).exec()],
      ['findOneAndDelete', () => Notes.findOneAndDelete({ label: 'pa1' }).exec()],
      ['aggregate without $match', () => Notes.aggregate([{ $group: { _id: '$tenantId', n: { $sum: 1 } } }]).exec()],
      ['aggregate with an unscoped $match', () => Notes.aggregate([{ $match: { n: 1 } }]).exec()],
      ['bulkWrite', () => Notes.bulkWrite([{ deleteMany: { filter: {} } }])],
      ['an empty tenant', () => Notes.find({ tenantId: '' }).exec()],
      ['a tenant set', () => Notes.find({ tenantId: { $in: [tenantA, tenantB] } }).exec()],
    ];
    for (const [name, run] of unscoped) {
      const err = await run().then(
        () => undefined,
        (e: unknown) => e,
      );
      if (!(err instanceof MissingTenantError)) throw new Error(`${name} was not refused: ${String(err)}`);
    }
    expect(await Notes.countDocuments({ tenantId: tenantA }).exec()).toBe(2);
    expect((await Notes.findOne({ tenantId: tenantA, label: 'pa1' }).exec())?.n).toBe(1);
  });

  it('is a programming error, not a LetheError: it maps to an internal fault', () => {
    const err = new MissingTenantError('find', 'Note');
    expect(err).not.toBeInstanceOf(LetheError);
    expect(describeError(err)).toMatchObject({ kind: 'internal', unexpected: true });
  });

  it('lets scoped operations through', async () => {
    expect(await Notes.countDocuments({ tenantId: tenantA }).exec()).toBe(2);
    expect(await Notes.countDocuments({ tenantId: { $eq: tenantB } }).exec()).toBe(1);
    const grouped = await Notes.aggregate<{ _id: string; total: number }>([
      { $match: { tenantId: tenantA } },
      { $group: { _id: '$subjectId', total: { $sum: '$n' } } },
      { $sort: { _id: 1 } },
    ]).exec();
    expect(grouped).toEqual([
      { _id: 's1', total: 1 },
      { _id: 's2', total: 2 },
    ]);
    await Notes.bulkWrite([{ updateOne: { filter: { tenantId: tenantA, label: 'pa2' }, update: { $set: { n: 22 } } } }]);
    expect((await Notes.findOne({ tenantId: tenantA, label: 'pa2' }).lean().exec())?.n).toBe(22);
  });

  it('blocks changing the tenant through a scoped update, replace or bulk write', async () => {
    await expect(Notes.updateOne({ tenantId: tenantA }, { $set: { tenantId: tenantB } }).exec()).rejects.toBeInstanceOf(TenantChangeError);
    await expect(Notes.updateOne({ tenantId: tenantA }, { $rename: { tenantId: 'was' } }).exec()).rejects.toBeInstanceOf(TenantChangeError);
    await expect(
      Notes.replaceOne({ tenantId: tenantA, label: 'pa1' }, { tenantId: tenantB, subjectId: 's', label: 'r', n: 0 }).exec(),
    ).rejects.toBeInstanceOf(TenantChangeError);
    await expect(
      Notes.bulkWrite([{ updateMany: { filter: { tenantId: tenantA }, update: { $set: { tenantId: tenantB } } } }]),
    ).rejects.toBeInstanceOf(TenantChangeError);
    expect(await Notes.countDocuments({ tenantId: tenantB }).exec()).toBe(1);
  });

  it('scopes doc.save() and doc.deleteOne() of loaded documents by their tenant', async () => {
    const doc = await Notes.findOne({ tenantId: tenantA, label: 'pa1' }).exec();
    expect(doc).not.toBeNull();
    doc!.n = 11;
    await doc!.save();
    expect((await Notes.findOne({ tenantId: tenantA, label: 'pa1' }).lean().exec())?.n).toBe(11);
    // doc.updateOne() filters by _id alone: refused, like any unscoped update.
    await expect(doc!.updateOne({ $set: { n: 12 } }).exec()).rejects.toBeInstanceOf(MissingTenantError);
    doc!.tenantId = tenantB;
    await expect(doc!.save()).rejects.toBeInstanceOf(TenantChangeError);

    const created = await Notes.create({ tenantId: tenantA, subjectId: 's3', label: 'pa3', n: 3 });
    await created.deleteOne();
    expect(await Notes.countDocuments({ tenantId: tenantA, label: 'pa3' }).exec()).toBe(0);
  });

  it('runs a deliberate cross-tenant job only with the explicit allTenants option', async () => {
    const labels = (await Notes.find({ label: { $in: ['pa1', 'pb1'] } }).setOptions({ allTenants: true }).lean().exec()).map((doc) => doc.label).sort();
    expect(labels).toEqual(['pa1', 'pb1']);
    expect(await Notes.countDocuments({ label: { $in: ['pa1', 'pa2', 'pb1'] } }).setOptions({ allTenants: true }).exec()).toBe(3);
    expect(await Notes.estimatedDocumentCount().setOptions({ allTenants: true }).exec()).toBeGreaterThanOrEqual(3);
    const perTenant = await Notes.aggregate<{ _id: string; count: number }>([
      { $match: { tenantId: { $in: [tenantA, tenantB] } } },
      { $group: { _id: '$tenantId', count: { $sum: 1 } } },
    ])
      .option({ allTenants: true } as Record<string, unknown>)
      .exec();
    expect(Object.fromEntries(perTenant.map((row) => [row._id, row.count]))).toEqual({ [tenantA]: 2, [tenantB]: 1 });
    const swept = await Notes.updateMany({ label: { $in: ['pa1', 'pb1'] } }, { $set: { n: 0 } })
      .setOptions({ allTenants: true })
      .exec();
    expect(swept.modifiedCount).toBe(2);
    // The option does not weaken the tenant-change guard.
    await expect(
      Notes.updateMany({}, { $set: { tenantId: 'x' } }).setOptions({ allTenants: true }).exec(),
    ).rejects.toBeInstanceOf(TenantChangeError);
    await Notes.bulkWrite([{ deleteMany: { filter: { label: 'nothing-matches' } } }], { allTenants: true } as Record<string, unknown>);
  });
});

describe('TenantSettings', () => {
  interface Flags {
    enabled: boolean;
    label: string;
  }
  let settings: TenantSettings<Flags>;

  beforeAll(() => {
    settings = new TenantSettings<Flags>(connection, {
      modelName: 'FlagSettings',
      collection: 'flag_settings',
      resourceType: 'flag settings',
      defaults: { enabled: false, label: 'none' },
      fields: { enabled: Boolean, label: String },
    });
  });

  it('reads the defaults at version 0 until the tenant saves, then each save raises the version', async () => {
    const tenant = uniqueName('tenant');
    expect(await settings.get(tenant)).toEqual({ enabled: false, label: 'none', version: 0 });
    const saved = await settings.update(tenant, { enabled: true, label: 'on' }, 0, 'admin-1', new Date('2027-01-01T00:00:00Z'));
    expect(saved).toMatchObject({ enabled: true, label: 'on', version: 1, updatedBy: 'admin-1' });
    expect(await settings.get(tenant)).toMatchObject({ enabled: true, label: 'on', version: 1 });
    expect(await settings.get(uniqueName('tenant'))).toMatchObject({ enabled: false, version: 0 });
  });

  it('refuses a save from a version read before another save (ABORTED, VERSION_MISMATCH), and lets exactly one of four concurrent saves through', async () => {
    const tenant = uniqueName('tenant');
    await settings.update(tenant, { enabled: true, label: 'first' }, 0, 'admin-1', new Date());
    await settings.update(tenant, { enabled: true, label: 'second' }, 1, 'admin-2', new Date());
    await expect(settings.update(tenant, { enabled: false, label: 'stale' }, 1, 'admin-1', new Date())).rejects.toMatchObject({ kind: 'aborted', reason: 'VERSION_MISMATCH' });
    const results = await Promise.allSettled(['a', 'b', 'c', 'd'].map((label, i) => settings.update(tenant, { enabled: false, label }, 2, `admin-${i}`, new Date())));
    const saved = results.filter((result) => result.status === 'fulfilled');
    expect(saved).toHaveLength(1);
    expect(await settings.get(tenant)).toMatchObject({ version: 3, label: (saved[0] as PromiseFulfilledResult<{ label: string }>).value.label });
  });

  it('counts version 0 as "no check" and any other version that is not the stored one as stale', () => {
    expect(isStaleUpdate(0, 5)).toBe(false);
    expect(isStaleUpdate(5, 5)).toBe(false);
    expect(isStaleUpdate(4, 5)).toBe(true);
  });
});

describe('the local store (FerretDB built by scripts/setup.sh)', () => {
  /** SQLite's query plan of a find, as FerretDB's `explain` reports it. */
  const planOf = async (filter: Record<string, unknown>): Promise<string> => {
    const explained = (await Notes.collection.find(filter).explain()) as { queryPlanner?: { Plan?: string[] } };
    return (explained.queryPlanner?.Plan ?? []).join('\n');
  };

  it('answers a lookup by _id from its _id index, not by scanning the collection', async () => {
    const [note] = await Notes.create([{ tenantId: 'tenant-explain', subjectId: 's-1', label: 'explained', n: 1 }]);
    const plan = await planOf({ _id: note!._id });
    expect(plan).toMatch(/SEARCH \S+ USING INDEX \S+__id_ /);
    expect(plan).not.toMatch(/\bSCAN\b/);
    // A filter on an unindexed field scans: the plan tells the two apart.
    expect(await planOf({ label: 'explained' })).toMatch(/\bSCAN\b/);
  });

  it('answers _id $in, and an _id next to other keys, from its _id index', async () => {
    const [first, second] = await Notes.create([
      { tenantId: 'tenant-explain', subjectId: 's-2', label: 'first', n: 1 },
      { tenantId: 'tenant-explain', subjectId: 's-3', label: 'second', n: 2 },
    ]);
    for (const filter of [{ _id: { $in: [first!._id, second!._id] } }, { _id: first!._id, n: 1 }, { _id: { $in: [first!._id] }, label: { $ne: 'x' } }]) {
      const plan = await planOf(filter);
      expect(plan).toMatch(/SEARCH \S+ USING INDEX \S+__id_ /);
      expect(plan).not.toMatch(/\bSCAN\b/);
    }
    // Narrowing by _id leaves the rest of the filter applied in full.
    const tenantId = 'tenant-explain';
    expect((await Notes.find({ tenantId, _id: { $in: [first!._id, second!._id] }, n: 2 }).lean()).map((note) => note.label)).toEqual(['second']);
    expect(await Notes.countDocuments({ tenantId, _id: first!._id, n: 2 })).toBe(0);
    const updated = await Notes.updateMany({ tenantId, _id: { $in: [first!._id, second!._id] }, n: 1 }, { $set: { label: 'narrowed' } });
    expect(updated.modifiedCount).toBe(1);
    expect((await Notes.findOne({ tenantId, _id: second!._id }).lean())?.label).toBe('second');
  });
});

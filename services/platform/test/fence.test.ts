import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from 'mongoose';
import { ConflictError, NotFoundError } from '../src/errors';
import { SubjectFence, Tombstones } from '../src/erasure';
import type { Tombstone } from '../src/erasure/tombstones';
import { closeRedis, connectRedis, RedisKeyspace, type TenantKeys, type Redis } from '../src/redis';
import { testInfra, uniqueName } from '../src/testkit/infra';
import { connectDb, logger } from './fixtures/bus-kit';

let db: Connection;
let redis: Redis;
let tombstones: Tombstones;
let keys: TenantKeys;
const reapplied: Tombstone[] = [];

function fence(leaseMs = 15_000): SubjectFence {
  const made = new SubjectFence({ redis, tombstones, keys, logger, leaseMs, waitMs: 5_000 });
  made.reapplyErasuresWith(async (tombstone) => void reapplied.push(tombstone));
  return made;
}

/** The erasure as obey runs it: the tombstone first, then the deletes. */
function erase(on: SubjectFence, subjectId: string, trace: string[]): Promise<void> {
  return on.erase({ tenantId: 't1', subjectId }, async () => {
    trace.push('erase in');
    await tombstones.record({ tenantId: 't1', subjectId, mode: 'delete', commandId: uniqueName('c') });
    await sleep(20);
    trace.push('erase out');
  });
}

beforeAll(async () => {
  db = await connectDb('fence_test');
  redis = await connectRedis(testInfra().redisUrl, { logger });
  tombstones = new Tombstones(db);
  await tombstones.ensureIndexes();
  keys = new RedisKeyspace(uniqueName('fence')).tenantKeys('fence-test');
});

afterAll(async () => {
  await db.dropDatabase();
  await db.close();
  await closeRedis(redis);
});

describe('the write fence', () => {
  it('lets an erasure start only after a write about the same person ended; a later write finds the person erased', async () => {
    const subjectId = uniqueName('s');
    const writes = fence();
    const trace: string[] = [];
    const write = writes.write({ tenantId: 't1', subjectId }, async () => {
      trace.push('write in');
      await sleep(100);
      trace.push('write out');
    });
    await sleep(10);
    const erasure = erase(fence(), subjectId, trace);
    await Promise.all([write, erasure]);
    expect(trace).toEqual(['write in', 'write out', 'erase in', 'erase out']);

    let ran = false;
    const refused = await writes
      .write({ tenantId: 't1', subjectId }, async () => void (ran = true), 'candidate')
      .catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(NotFoundError);
    expect(refused).toMatchObject({ reason: 'SUBJECT_ERASED', resourceType: 'candidate', resourceId: subjectId });
    expect(ran).toBe(false);
    // A consumer's write about the erased person changes nothing and does not fail.
    expect(await writes.writeUnlessErased({ tenantId: 't1', subjectId }, async () => (ran = true))).toBeUndefined();
    expect(ran).toBe(false);
    // Another tenant's person of the same id is someone else.
    expect(await writes.write({ tenantId: 't2', subjectId }, async () => 'written')).toBe('written');
  });

  it('makes a write that arrives during an erasure wait, then refuses it', async () => {
    const subjectId = uniqueName('s');
    const trace: string[] = [];
    const erasure = erase(fence(), subjectId, trace);
    await sleep(5);
    const write = fence()
      .write({ tenantId: 't1', subjectId }, async () => void trace.push('write in'))
      .catch((err: unknown) => err);
    await erasure;
    expect(await write).toBeInstanceOf(NotFoundError);
    expect(trace).toEqual(['erase in', 'erase out']);
  });

  it('is re-entrant within one call, and takes several people in one order so two such writes never wait for each other', async () => {
    const [a, b] = [uniqueName('a'), uniqueName('b')];
    const writes = fence();
    const nested = await writes.write({ tenantId: 't1', subjectId: a }, () => writes.write({ tenantId: 't1', subjectId: a }, async () => 'nested'));
    expect(nested).toBe('nested');
    const both = (first: string, second: string) =>
      writes.write([{ tenantId: 't1', subjectId: first }, { tenantId: 't1', subjectId: second }], async () => {
        await sleep(30);
        return `${first}+${second}`;
      });
    expect(await Promise.all([both(a, b), both(b, a), both(a, b)])).toEqual([`${a}+${b}`, `${b}+${a}`, `${a}+${b}`]);
  });

  it('fails a write whose hold ran out and applies an erasure that came in between once more', async () => {
    const subjectId = uniqueName('s');
    const stalled = fence(60_000);
    const refused = await stalled
      .write({ tenantId: 't1', subjectId }, async () => {
        // As if the process stalled past its lease: the key is gone and an erasure ran meanwhile.
        await redis.del(keys.key('t1', 'fence', subjectId));
        await erase(fence(), subjectId, []);
      })
      .catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).reason).toBe('LEASE_LOST');
    expect(reapplied.map((tombstone) => tombstone.subjectId)).toContain(subjectId);
  });
});

// Redis is shared and not trusted for decisions: a cached candidate written into it by anyone
// without the cache's MAC key is refused, and what is decided from the record (its mark) follows
// the database.
import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { failure, input, RIGHTS_READ_ONLY, startCandidates, waitFor, type CandidatesKit } from './kit';

let kit: CandidatesKit;
beforeAll(async () => {
  kit = await startCandidates();
});
afterAll(async () => {
  await kit?.close();
});

const FORGED_LINE = 'a cached value failed its MAC check; read from the database instead';
/** The cache's own format: `m1.<expiry>.<mac>.<value>`. */
const SEALED = /^m1\.(\d+)\.([A-Za-z0-9_-]{43})\.(.*)$/s;

async function refusedCount(): Promise<number> {
  const text = await (await fetch(`${kit.service.httpUrl}/metrics`)).text();
  const line = text.split('\n').find((row) => row.startsWith('lethe_cache_refused_total{') && row.includes('reason="forged"') && row.includes('service="candidates"'));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('the cached candidate', () => {
  it('cached as not marked while the database says marked decides nothing: a reader without the right to see marked records is refused', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const reader = await kit.client(tenant, RIGHTS_READ_ONLY);
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input() });
    const id = candidate!.id;
    const key = kit.service.runtime.cache.keys.subjectKey(tenant, id, 'doc');

    // The record as it was cached before the mark: what a forger would write back.
    await unaryCall(reader, 'GetCandidate', { id });
    const unmarked = SEALED.exec((await kit.service.runtime.redis.get(key))!)![3];
    expect(JSON.parse(unmarked).markedForDeletion).toBeUndefined();

    const at = toTimestamp(new Date());
    await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
      { type: 'lethe.retention.v1.SubjectMarkedForDeletion', tenantId: tenant, subjectId: id, payload: { subjectId: id, mode: 'ERASURE_MODE_DELETE', markedAt: at, markedBy: 'dpo', earliestDeletionAt: at } },
    ]);
    await waitFor(async () => (await unaryCall(client, 'GetCandidate', { id })).markedForDeletion, 20_000, 'the mark to show');

    const forgeries = [unmarked, `m1.${Date.now() + 3_600_000}.${'A'.repeat(43)}.${unmarked}`];
    const before = await refusedCount();
    kit.logs.clear();
    for (const forged of forgeries) {
      await kit.service.runtime.redis.set(key, forged, { expiration: { type: 'EX', value: 300 } });
      expect(await failure(unaryCall(reader, 'GetCandidate', { id }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
      // Overwritten with the record as stored, under the MAC.
      const stored = SEALED.exec((await kit.service.runtime.redis.get(key)) ?? '');
      expect(stored && JSON.parse(stored[3]).markedForDeletion).toBeTruthy();
    }

    expect(await refusedCount()).toBe(before + forgeries.length);
    const refusals = kit.logs.records().filter((record) => record.msg === FORGED_LINE);
    expect(refusals).toHaveLength(forgeries.length);
    expect(refusals[0]).toMatchObject({ tenantId: tenant, service: 'candidates' });
    expect(JSON.stringify(refusals)).not.toContain(id);
  });

  it("keeps every key under the installation's prefix: the Kafka topic prefix followed by lethe, as none is set", async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input() });
    const id = candidate!.id;
    await unaryCall(client, 'UpdateCandidate', { id, candidate: input(undefined, { tags: ['changed'] }), updateMask: { paths: ['tags'] } });
    await unaryCall(client, 'GetCandidate', { id });

    const prefix = `${kit.service.runtime.config.KAFKA_TOPIC_PREFIX}lethe:`;
    expect(prefix).not.toBe('lethe:');
    // The cached record and the counter of the candidate's write fence.
    const keys = await kit.service.runtime.redis.keys(`*${tenant}*`);
    expect(keys).toEqual(expect.arrayContaining([`${prefix}candidates:${tenant}:subject:${id}:doc`, expect.stringMatching(new RegExp(`^${prefix.replace(/\./g, '\\.')}[^:]+:${tenant}:fence:${id}:token$`))]));
    for (const key of keys) expect(key.startsWith(prefix)).toBe(true);
  });
});

import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { failure, input, person, RIGHTS_READ_ONLY, startCandidates, type CandidatesKit } from './kit';

/*
 * Over-long and crafted input through the real server: refused as INVALID_ARGUMENT naming the
 * field, quickly, and by a caller with no more than candidates:read. (The request schemas of every
 * method are probed field by field in src/api/limits.test.ts; the bounds on validation alone are in
 * src/candidates/input.test.ts.)
 */

const MIB = 1024 * 1024;
/** A refused round trip of a 1 MiB request: the transfer and decoding of the megabyte (tens of ms), with a generous margin. */
const ROUND_TRIP_MS = 2_000;
/** A refused round trip of a request of some kilobytes, with a generous margin. */
const SHORT_ROUND_TRIP_MS = 250;

let kit: CandidatesKit;
beforeAll(async () => {
  kit = await startCandidates();
});
afterAll(async () => {
  await kit?.close();
});

async function timed<T>(call: Promise<T>): Promise<{ result: T; ms: number }> {
  const started = process.hrtime.bigint();
  const result = await call;
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

describe('over-long input', () => {
  it('refuses a 1 MiB email to FindCandidatesByEmail as INVALID_ARGUMENT, quickly, and the server stays responsive', async () => {
    const client = await kit.client(uniqueName('tenant'), RIGHTS_READ_ONLY);
    // Warm the connection and the server's handling of large messages, so the timings below are the requests' own.
    await unaryCall(client, 'FindCandidatesByEmail', { email: 'nobody@example.org' });
    expect((await failure(unaryCall(client, 'FindCandidatesByName', { firstName: 'a'.repeat(MIB), lastName: 'b' }))).code).toBe(grpc.status.INVALID_ARGUMENT);

    // 50,000 characters crafted for the old pattern kept the server busy for over a second; now it is a short round trip.
    const { result: crafted, ms: craftedMs } = await timed(failure(unaryCall(client, 'FindCandidatesByEmail', { email: `a@${'.'.repeat(50_000)}@` })));
    expect(craftedMs).toBeLessThan(SHORT_ROUND_TRIP_MS);
    expect(crafted.violations).toEqual([expect.objectContaining({ field: 'email', code: 'too_long' })]);

    for (const email of [`a@${'.'.repeat(MIB)}@`, `${'a'.repeat(MIB)}@example.org`]) {
      const { result: refused, ms } = await timed(failure(unaryCall(client, 'FindCandidatesByEmail', { email })));
      expect(ms).toBeLessThan(ROUND_TRIP_MS);
      expect(refused.code).toBe(grpc.status.INVALID_ARGUMENT);
      expect(refused.violations).toEqual([expect.objectContaining({ field: 'email', code: 'too_long' })]);
    }
    expect((await unaryCall(client, 'FindCandidatesByEmail', { email: 'nobody@example.org' })).candidates).toEqual([]);
  });

  it('decides addresses crafted for the old pattern at the longest allowed length as fast as plain ones', async () => {
    const client = await kit.client(uniqueName('tenant'), RIGHTS_READ_ONLY);
    const crafted = `a@${'.'.repeat(251)}@`;
    expect(crafted.length).toBe(254);
    const refused = await failure(unaryCall(client, 'FindCandidatesByEmail', { email: crafted }));
    expect(refused.violations).toEqual([expect.objectContaining({ field: 'email', code: 'invalid_format' })]);
    // Twenty crafted lookups take no longer than a handful of ordinary ones would.
    const { ms } = await timed(Promise.all(Array.from({ length: 20 }, () => failure(unaryCall(client, 'FindCandidatesByEmail', { email: crafted })))));
    expect(ms).toBeLessThan(SHORT_ROUND_TRIP_MS * 2);
  });

  it('names the over-long field of other requests too: a note, a custom field, a tag list', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const tooLongNote = await failure(unaryCall(client, 'CreateCandidate', { candidate: input(person({ notes: 'n'.repeat(MIB) })) }));
    expect(tooLongNote.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(tooLongNote.violations).toEqual([expect.objectContaining({ field: 'candidate.personal.notes', code: 'too_long' })]);

    const tooManyFields = await failure(unaryCall(client, 'CreateCandidate', { candidate: input(person({ customFields: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, 'x'])) })) }));
    expect(tooManyFields.violations).toEqual([expect.objectContaining({ field: 'candidate.personal.customFields', code: 'too_big' })]);

    const longKey = await failure(unaryCall(client, 'CheckDuplicates', { personal: person({ customFields: { [`k${'k'.repeat(MIB)}`]: 'x' } }) }));
    expect(longKey.violations).toEqual([expect.objectContaining({ code: 'too_long' })]);
    // The key is named, not echoed back.
    expect(longKey.violations[0]!.field.length).toBeLessThan(100);
    expect(longKey.violations[0]!.field.startsWith('personal.customFields.kk')).toBe(true);

    const tooManyTags = await failure(unaryCall(client, 'ListCandidates', { tags: Array.from({ length: 100_000 }, () => 'x') }));
    expect(tooManyTags.violations).toEqual([expect.objectContaining({ field: 'tags', code: 'too_big' })]);
  });
});

describe('impossible dates', () => {
  it('a timestamp outside the years 0001 to 9999 is INVALID_ARGUMENT naming it, not an internal error', async () => {
    const client = await kit.client(uniqueName('tenant'), RIGHTS_READ_ONLY);
    for (const createdAfter of [{ seconds: '9223372036854775807', nanos: 0 }, { seconds: '-62135596801', nanos: 0 }, { seconds: '0', nanos: 1_000_000_000 }]) {
      const refused = await failure(unaryCall(client, 'ListCandidates', { createdAfter }));
      expect(refused.code).toBe(grpc.status.INVALID_ARGUMENT);
      expect(refused.violations.map((violation) => violation.field)[0]).toMatch(/^createdAfter\./);
    }
  });
});

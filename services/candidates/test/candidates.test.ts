import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { TenantRepository } from '@lethe/platform/mongo';
import { TenantCache } from '@lethe/platform/redis';
import { uniqueName } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { ALL_RIGHTS, failure, input, person, RIGHTS_READ_ONLY, startCandidates, waitFor, type CandidatesKit } from './kit';

let kit: CandidatesKit;
beforeAll(async () => {
  kit = await startCandidates();
});
afterAll(async () => {
  await kit?.close();
});

describe('candidates API', () => {
  it('creates and reads a candidate with all its data; the activity log has the creation', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const personal = person({ customFields: { shoeSize: '42' }, languages: ['de', 'en'] });
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(personal) });
    expect(candidate?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const read = await unaryCall(client, 'GetCandidate', { id: candidate!.id });
    expect(read).toMatchObject({
      id: candidate!.id,
      personal: { firstName: personal.firstName, email: personal.email, address: { city: 'Berlin', country: 'DE' }, skills: ['TypeScript', 'Kafka'], customFields: { shoeSize: '42' } },
      tags: ['silver-medalist'],
      ownerId: 'recruiter-1',
      source: 'job_board',
      state: 'CANDIDATE_STATE_ACTIVE',
      version: 1,
      markedForDeletion: false,
    });
    const { activities } = await unaryCall(client, 'ListActivities', { candidateId: candidate!.id });
    expect(activities.map((a) => a.kind)).toEqual(['ACTIVITY_KIND_CANDIDATE_CREATED']);
  });

  it('refuses bad input with field violations and stores nothing', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const bad = await failure(
      unaryCall(client, 'CreateCandidate', {
        candidate: input(person({ email: 'not-an-email', dateOfBirth: '2999-01-01', nationality: 'Germany', address: { country: 'DEU' } }), { tags: ['ok', '!bad'], ownerId: 'has space' }),
      }),
    );
    expect(bad.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(bad.violations.map((v) => v.field).sort()).toEqual(
      ['candidate.ownerId', 'candidate.personal.address.country', 'candidate.personal.dateOfBirth', 'candidate.personal.email', 'candidate.personal.nationality', 'candidate.tags[1]'].sort(),
    );
    expect((await failure(unaryCall(client, 'CreateCandidate', {}))).violations).toEqual([expect.objectContaining({ field: 'candidate', code: expect.any(String) })]);
    expect((await failure(unaryCall(client, 'GetCandidate', { id: '../etc' }))).code).toBe(grpc.status.INVALID_ARGUMENT);
    expect((await failure(unaryCall(client, 'ListCandidates', { page: { pageToken: 'forged!' } }))).violations[0]?.field).toBe('pageToken');
    expect((await unaryCall(client, 'ListCandidates', {})).candidates).toEqual([]);
  });

  it('checks rights and keeps tenants apart: another tenant sees NOT_FOUND everywhere', async () => {
    const tenant = uniqueName('tenant');
    const owner = await kit.client(tenant);
    const { candidate } = await unaryCall(owner, 'CreateCandidate', { candidate: input() });
    const id = candidate!.id;

    const readOnly = await kit.client(tenant, RIGHTS_READ_ONLY);
    expect((await failure(unaryCall(readOnly, 'CreateCandidate', { candidate: input() }))).code).toBe(grpc.status.PERMISSION_DENIED);
    expect((await unaryCall(readOnly, 'GetCandidate', { id })).id).toBe(id);

    const other = await kit.client(uniqueName('other'));
    const notFound = [
      () => unaryCall(other, 'GetCandidate', { id }),
      () => unaryCall(other, 'UpdateCandidate', { id, candidate: input(), updateMask: { paths: ['tags'] } }),
      () => unaryCall(other, 'ListActivities', { candidateId: id }),
      () => unaryCall(other, 'RecordActivity', { candidateId: id, kind: 'ACTIVITY_KIND_MESSAGE_TO_CANDIDATE' }),
    ];
    for (const call of notFound) expect((await failure(call())).code).toBe(grpc.status.NOT_FOUND);
    expect((await unaryCall(other, 'ListCandidates', {})).candidates).toEqual([]);
    expect((await unaryCall(other, 'FindCandidatesByEmail', { email: candidate!.personal!.email })).candidates).toEqual([]);
  });

  it('updates only the fields in the mask, checks the version, and logs the activity', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const personal = person();
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(personal) });
    const id = candidate!.id;
    const { candidate: updated } = await unaryCall(client, 'UpdateCandidate', {
      id,
      candidate: input(person({ skills: ['Go'], lastName: 'Ignored' })),
      updateMask: { paths: ['personal.skills'] },
      expectedVersion: 1,
    });
    expect(updated).toMatchObject({ version: 2, personal: { skills: ['Go'], lastName: 'Mustermann', firstName: personal.firstName } });
    expect((await failure(unaryCall(client, 'UpdateCandidate', { id, candidate: input(), updateMask: { paths: ['tags'] }, expectedVersion: 1 }))).code).toBe(grpc.status.ABORTED);
    const badMask = await failure(unaryCall(client, 'UpdateCandidate', { id, candidate: input(), updateMask: { paths: ['personal.shoe_size'] } }));
    expect(badMask.violations).toEqual([expect.objectContaining({ field: 'updateMask.paths[0]' })]);
    const { activities } = await unaryCall(client, 'ListActivities', { candidateId: id });
    expect(activities.map((a) => [a.kind, a.restartsRetentionClock])).toEqual([
      ['ACTIVITY_KIND_CANDIDATE_CREATED', true],
      ['ACTIVITY_KIND_SKILLS_UPDATED', true],
    ]);
    const automated = await unaryCall(client, 'RecordActivity', { candidateId: id, kind: 'ACTIVITY_KIND_AUTOMATED_MESSAGE_SENT' });
    expect(automated.restartsRetentionClock).toBe(false);
  });

  it('finds by email and by name through blind indexes, filters lists, and pages', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const a = person({ firstName: 'Anna', lastName: 'Alpha', skills: ['Rust'] });
    const b = person({ firstName: 'Bernd', lastName: 'Beta', skills: ['Rust', 'Go'] });
    const c = person({ firstName: 'Clara', lastName: 'Gamma', skills: ['Java'] });
    for (const [p, tags] of [
      [a, ['pool']],
      [b, ['pool', 'senior']],
      [c, ['senior']],
    ] as const) {
      await unaryCall(client, 'CreateCandidate', { candidate: input(p, { tags: [...tags] }) });
    }
    const byEmail = await unaryCall(client, 'FindCandidatesByEmail', { email: b.email!.toUpperCase() });
    expect(byEmail.candidates.map((x) => x.personal?.firstName)).toEqual(['Bernd']);
    const byName = await unaryCall(client, 'FindCandidatesByName', { firstName: ' clara', lastName: 'GAMMA ' });
    expect(byName.candidates.map((x) => x.personal?.firstName)).toEqual(['Clara']);
    expect((await unaryCall(client, 'ListCandidates', { skill: 'rust' })).candidates.map((x) => x.personal?.firstName)).toEqual(['Anna', 'Bernd']);
    expect((await unaryCall(client, 'ListCandidates', { tags: ['pool', 'senior'] })).candidates.map((x) => x.personal?.firstName)).toEqual(['Bernd']);
    const first = await unaryCall(client, 'ListCandidates', { page: { pageSize: 2 } });
    expect(first.candidates).toHaveLength(2);
    const second = await unaryCall(client, 'ListCandidates', { page: { pageSize: 2, pageToken: first.page!.nextPageToken } });
    expect(second.candidates.map((x) => x.personal?.firstName)).toEqual(['Clara']);
    expect(second.page?.nextPageToken).toBe('');
    const future = await unaryCall(client, 'ListCandidates', { createdAfter: toTimestamp(new Date(Date.now() + 60_000)) });
    expect(future.candidates).toEqual([]);
  });

  it('reports duplicates by salutation, first name and date of birth, and by email; refuses them unless allowed', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const original = person();
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(original) });
    const sameIdentity = person({ salutation: original.salutation, firstName: original.firstName, dateOfBirth: original.dateOfBirth, lastName: 'Other' });
    const refused = await failure(unaryCall(client, 'CreateCandidate', { candidate: input(sameIdentity) }));
    expect(refused).toMatchObject({ code: grpc.status.ALREADY_EXISTS, reason: 'DUPLICATE_CANDIDATE', resourceId: candidate!.id });
    const check = await unaryCall(client, 'CheckDuplicates', { personal: person({ email: original.email }) });
    expect(check.duplicates).toEqual([{ candidateId: candidate!.id, matchedOn: ['email'], markedForDeletion: false }]);
    const allowed = await unaryCall(client, 'CreateCandidate', { candidate: input(sameIdentity), allowDuplicates: true });
    expect(allowed.duplicates).toEqual([{ candidateId: candidate!.id, matchedOn: ['identity'], markedForDeletion: false }]);
  });

  it('hides and locks a candidate retention marked, flags it as duplicate, and unlocks it on restore', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const withoutSeeMarked = await kit.client(tenant, RIGHTS_READ_ONLY);
    const personal = person();
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(personal) });
    const id = candidate!.id;
    const now = new Date();
    await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
      {
        type: 'lethe.retention.v1.SubjectMarkedForDeletion',
        tenantId: tenant,
        subjectId: id,
        payload: { subjectId: id, mode: 'ERASURE_MODE_DELETE', markedAt: toTimestamp(now), markedBy: 'dpo', earliestDeletionAt: toTimestamp(new Date(now.getTime() + 6 * 3600_000)) },
      },
    ]);
    await waitFor(async () => (await unaryCall(client, 'ListCandidates', {})).candidates.length === 0, 20_000, 'the candidate to be hidden');
    expect((await unaryCall(client, 'ListCandidates', { includeMarked: true })).candidates.map((c) => c.id)).toEqual([id]);
    expect((await failure(unaryCall(withoutSeeMarked, 'ListCandidates', { includeMarked: true }))).code).toBe(grpc.status.PERMISSION_DENIED);
    expect(await failure(unaryCall(withoutSeeMarked, 'GetCandidate', { id }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    expect((await unaryCall(client, 'GetCandidate', { id })).markedForDeletion).toBe(true);
    const edit = await failure(unaryCall(client, 'UpdateCandidate', { id, candidate: input(), updateMask: { paths: ['tags'] } }));
    expect(edit).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    expect((await unaryCall(client, 'CheckDuplicates', { personal })).duplicates).toEqual([{ candidateId: id, matchedOn: ['identity', 'email'], markedForDeletion: true }]);

    await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
      { type: 'lethe.retention.v1.SubjectRestored', tenantId: tenant, subjectId: id, payload: { subjectId: id, restoredAt: toTimestamp(new Date()), restoredBy: 'dpo' } },
    ]);
    await waitFor(async () => (await unaryCall(client, 'ListCandidates', {})).candidates.length === 1, 20_000, 'the candidate to be restored');
    expect((await unaryCall(client, 'UpdateCandidate', { id, candidate: input(undefined, { tags: ['back'] }), updateMask: { paths: ['tags'] } })).candidate?.tags).toEqual(['back']);
  });

  it('an update, a mark and a restore drop the cached copy by its key, without scanning Redis; the next read sees the change', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input() });
    const id = candidate!.id;
    const cached = () => kit.service.runtime.redis.keys(`${kit.service.runtime.cache.keys.subjectKey(tenant, id)}*`);
    const scans = jest.spyOn(TenantCache.prototype, 'delSubject');
    try {
      await unaryCall(client, 'GetCandidate', { id });
      // The record and the subject's stamp.
      expect(await cached()).toHaveLength(2);
      await unaryCall(client, 'UpdateCandidate', { id, candidate: input(undefined, { tags: ['changed'] }), updateMask: { paths: ['tags'] } });
      expect(await cached()).toEqual([]);
      expect((await unaryCall(client, 'GetCandidate', { id })).tags).toEqual(['changed']);

      const at = toTimestamp(new Date());
      await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
        { type: 'lethe.retention.v1.SubjectMarkedForDeletion', tenantId: tenant, subjectId: id, payload: { subjectId: id, mode: 'ERASURE_MODE_DELETE', markedAt: at, markedBy: 'dpo', earliestDeletionAt: at } },
      ]);
      await waitFor(async () => (await unaryCall(client, 'GetCandidate', { id })).markedForDeletion, 20_000, 'the mark to show');
      await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
        { type: 'lethe.retention.v1.SubjectRestored', tenantId: tenant, subjectId: id, payload: { subjectId: id, restoredAt: at, restoredBy: 'dpo' } },
      ]);
      await waitFor(async () => !(await unaryCall(client, 'GetCandidate', { id })).markedForDeletion, 20_000, 'the restore to show');
      expect(scans).not.toHaveBeenCalled();
    } finally {
      scans.mockRestore();
    }
  });

  it('never caches a copy read before a change that landed while the read was under way', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input() });
    const id = candidate!.id;
    // The first read of the record by id pauses after the database answered, until the change is done.
    let release!: () => void;
    const changed = new Promise<void>((resolve) => (release = resolve));
    let paused = false;
    const findById = TenantRepository.prototype.findById;
    const spy = jest.spyOn(TenantRepository.prototype, 'findById').mockImplementation(async function (this: TenantRepository<{ tenantId: string }>, ...args) {
      const doc = await findById.apply(this, args);
      if (!paused && args[1] === id) {
        paused = true;
        await changed;
      }
      return doc;
    });
    try {
      const before = unaryCall(client, 'GetCandidate', { id });
      await waitFor(async () => paused, 10_000, 'the read to pause');
      await unaryCall(client, 'UpdateCandidate', { id, candidate: input(undefined, { tags: ['changed'] }), updateMask: { paths: ['tags'] } });
      release();
      expect((await before).tags).not.toEqual(['changed']);
    } finally {
      spy.mockRestore();
    }
    expect((await unaryCall(client, 'GetCandidate', { id })).tags).toEqual(['changed']);
  });

  it('hides a candidate with an open erasure request from the default list until it is withdrawn', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input() });
    const id = candidate!.id;
    const at = toTimestamp(new Date());
    await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
      { type: 'lethe.retention.v1.ErasureRequestOpened', tenantId: tenant, subjectId: id, payload: { requestId: 'r-1', subjectId: id, requestedBy: 'REQUESTED_BY_CANDIDATE', openedAt: at, deadlineAt: at } },
    ]);
    await waitFor(async () => (await unaryCall(client, 'ListCandidates', {})).candidates.length === 0, 20_000, 'the candidate to be hidden');
    const shown = await unaryCall(client, 'ListCandidates', { includeErasureRequested: true });
    expect(shown.candidates.map((c) => [c.id, c.erasureRequested])).toEqual([[id, true]]);
    // The exact lookups hide it too; asking for hidden records (with the right) shows it.
    const email = candidate!.personal!.email;
    expect((await unaryCall(client, 'FindCandidatesByEmail', { email })).candidates).toEqual([]);
    expect((await unaryCall(client, 'FindCandidatesByName', { firstName: candidate!.personal!.firstName, lastName: candidate!.personal!.lastName })).candidates).toEqual([]);
    expect((await unaryCall(client, 'FindCandidatesByEmail', { email, includeMarked: true })).candidates.map((c) => c.id)).toEqual([id]);
    await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
      { type: 'lethe.retention.v1.ErasureRequestWithdrawn', tenantId: tenant, subjectId: id, payload: { requestId: 'r-1', subjectId: id, withdrawnBy: 'REQUESTED_BY_CANDIDATE', withdrawnAt: at } },
    ]);
    await waitFor(async () => (await unaryCall(client, 'ListCandidates', {})).candidates.length === 1, 20_000, 'the candidate to be shown again');
    expect((await unaryCall(client, 'FindCandidatesByEmail', { email })).candidates.map((c) => c.id)).toEqual([id]);
  });

  it('keeps per-tenant anonymisation settings, validated', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    expect(await unaryCall(client, 'GetSettings', {})).toEqual({ anonymisedNameStyle: 'ANONYMISED_NAME_STYLE_INITIALS', anonymisationCharacter: 'X' });
    const bad = await failure(unaryCall(client, 'UpdateSettings', { settings: { anonymisedNameStyle: 'ANONYMISED_NAME_STYLE_UNSPECIFIED', anonymisationCharacter: 'XY' } }));
    expect(bad.violations.map((v) => v.field).sort()).toEqual(['settings.anonymisationCharacter', 'settings.anonymisedNameStyle']);
    const settings = { anonymisedNameStyle: 'ANONYMISED_NAME_STYLE_CHARACTER' as const, anonymisationCharacter: '*' };
    expect(await unaryCall(client, 'UpdateSettings', { settings })).toEqual(settings);
    expect(await unaryCall(await kit.client(uniqueName('other')), 'GetSettings', {})).toMatchObject({ anonymisationCharacter: 'X' });
  });
});

describe('calling the service with grpcurl through reflection', () => {
  it('describes and invokes the API as the README shows', async () => {
    const grpcurl = path.join(process.env.LETHE_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'lethe'), 'bin', 'grpcurl');
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(person({ customFields: { team: 'blue' } })) });
    const token = await kit.auth.mint({ tenantId: tenant, actorId: 'recruiter-1', rights: ALL_RIGHTS });
    const run = promisify(execFile);
    const described = await run(grpcurl, ['-plaintext', kit.service.address, 'describe', 'lethe.candidates.v1.PersonalData']);
    expect(described.stdout).toContain('map<string, string> customFields');
    const { stdout } = await run(grpcurl, ['-plaintext', '-H', `authorization: Bearer ${token}`, '-d', JSON.stringify({ page: { pageSize: 5 } }), kit.service.address, 'lethe.candidates.v1.CandidatesService/ListCandidates']);
    const listed = JSON.parse(stdout) as { candidates: { id: string; personal: { customFields: Record<string, string> } }[] };
    expect(listed.candidates.map((c) => [c.id, c.personal.customFields])).toEqual([[candidate!.id, { team: 'blue' }]]);
  });
});

/** ListCandidates' largest page (the repository's cap), whatever a caller asks for. */
const MAX_PAGE = 100;

describe('a list read', () => {
  it('answers an oversized page size with at most its largest page and the token of the next; a page size past the schema is refused', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const { candidateIds } = await unaryCall(client, 'BulkCreateCandidates', { candidates: Array.from({ length: MAX_PAGE + 5 }, () => input(person())) });
    expect(candidateIds).toHaveLength(MAX_PAGE + 5);
    const first = await unaryCall(client, 'ListCandidates', { page: { pageSize: 10_000, pageToken: '' } });
    expect(first.candidates).toHaveLength(MAX_PAGE);
    expect(first.page?.nextPageToken).toBeTruthy();
    const rest = await unaryCall(client, 'ListCandidates', { page: { pageSize: 10_000, pageToken: first.page!.nextPageToken } });
    expect(rest.candidates).toHaveLength(5);
    expect(rest.page?.nextPageToken).toBe('');
    expect(await failure(unaryCall(client, 'ListCandidates', { page: { pageSize: 2_000_000_000, pageToken: '' } }))).toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
  });
});

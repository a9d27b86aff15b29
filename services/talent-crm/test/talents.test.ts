import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { TOPICS } from '@lethe/protos';
import { createPool, createTalent, failure, profile, READ_ONLY, startTalentCrm, waitFor, type TalentCrmKit } from './kit';

let kit: TalentCrmKit;
beforeAll(async () => {
  kit = await startTalentCrm();
});
afterAll(async () => {
  await kit?.close();
});

describe('talents', () => {
  it('a recruiter creates a talent from outside: a new subject id, the source recorded, defaults filled in', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const pool = await createPool(client);
    const created = await createTalent(client, { tags: [' High  Potential', 'high potential'], poolIds: [pool] });
    expect(created).toMatchObject({
      source: 'TALENT_SOURCE_RECRUITER',
      sourceInfo: 'recruiter-1',
      fromCandidate: false,
      tags: ['high potential'],
      poolIds: [pool],
      status: 'TALENT_STATUS_NEW',
      recruiterId: 'recruiter-1',
      createdBy: 'recruiter-1',
      version: 1,
      reduced: false,
    });
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(await unaryCall(client, 'GetTalent', { id: created.id })).toEqual(created);
  });

  it('announces the talent and each change on lethe.talents.events.v1, ids and kinds only', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const events: { talentId: string }[] = [];
    const subscription = await kit.service.runtime.bus.subscribe({ groupId: uniqueName('events'), topics: [TOPICS.talentEvents], fromBeginning: true, handler: async (event) => void events.push(event.payload) });
    try {
      const talent = await createTalent(client);
      await unaryCall(client, 'UpdateTalent', { id: talent.id, profile: talent.profile, tags: ['silver-medalist', 'java'], poolIds: [], status: 'TALENT_STATUS_IN_CONTACT', expectedVersion: 1 });
      await unaryCall(client, 'AddTalentNote', { talentId: talent.id, text: 'called, call again in spring' });
      const ofTalent = () => events.filter((event) => event.talentId === talent.id);
      await waitFor(() => ofTalent().length >= 4, 20_000, 'the talent events');
      expect(ofTalent()).toEqual([
        expect.objectContaining({ talentId: talent.id, source: 'TALENT_SOURCE_RECRUITER', fromCandidate: false, createdBy: 'recruiter-1', recruiterId: 'recruiter-1' }),
        expect.objectContaining({ talentId: talent.id, kind: 'TALENT_ACTIVITY_KIND_TAGS_UPDATED', actorId: 'recruiter-1' }),
        expect.objectContaining({ talentId: talent.id, kind: 'TALENT_ACTIVITY_KIND_STATUS_SET', actorId: 'recruiter-1' }),
        expect.objectContaining({ talentId: talent.id, kind: 'TALENT_ACTIVITY_KIND_NOTE_ADDED', actorId: 'recruiter-1' }),
      ]);
    } finally {
      await subscription.stop();
    }
  });

  it('an update replaces what it names, raises the version, and is refused for a version read before (ABORTED)', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const talent = await createTalent(client);
    const updated = await unaryCall(client, 'UpdateTalent', { id: talent.id, profile: { ...talent.profile, city: 'Köln' }, tags: [], poolIds: [], status: 'TALENT_STATUS_INTERESTED', recruiterId: 'recruiter-2', expectedVersion: 1 });
    expect(updated).toMatchObject({ version: 2, tags: [], status: 'TALENT_STATUS_INTERESTED', recruiterId: 'recruiter-2', profile: { city: 'Köln', firstName: 'Jana' } });

    const stale = await failure(unaryCall(client, 'UpdateTalent', { id: talent.id, tags: ['x'], expectedVersion: 1 }));
    expect(stale).toMatchObject({ code: grpc.status.ABORTED, reason: 'VERSION_MISMATCH' });
    // Without a profile the profile stays; without a status the status stays.
    expect(await unaryCall(client, 'UpdateTalent', { id: talent.id, tags: ['x'], expectedVersion: 2 })).toMatchObject({ version: 3, tags: ['x'], status: 'TALENT_STATUS_INTERESTED', profile: { city: 'Köln' } });
    // Once contacted, never new again.
    expect(await failure(unaryCall(client, 'UpdateTalent', { id: talent.id, tags: ['x'], status: 'TALENT_STATUS_NEW' }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'STATUS_NOT_SELECTABLE' });
  });

  it("another tenant's talent is NOT_FOUND, for reading and for changing", async () => {
    const owner = await kit.client(uniqueName('tenant'));
    const other = await kit.client(uniqueName('tenant'));
    const talent = await createTalent(owner);
    for (const call of [
      () => unaryCall(other, 'GetTalent', { id: talent.id }),
      () => unaryCall(other, 'UpdateTalent', { id: talent.id, tags: [] }),
      () => unaryCall(other, 'AddTalentNote', { talentId: talent.id, text: 'hello' }),
      () => unaryCall(other, 'ListTalentNotes', { talentId: talent.id }),
    ]) {
      expect(await failure(call())).toMatchObject({ code: grpc.status.NOT_FOUND });
    }
    expect((await unaryCall(other, 'ListTalents', {})).talents).toEqual([]);
  });

  it('bad input is INVALID_ARGUMENT naming every field, and changes nothing', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const refused = await failure(
      unaryCall(client, 'CreateTalent', { profile: profile({ firstName: '', email: 'nope', country: 'Germany' }), tags: ['x'.repeat(51)], poolIds: ['not a pool id'] }),
    );
    expect(refused.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(refused.violations.map((violation) => violation.field).sort()).toEqual(['poolIds[0]', 'profile.country', 'profile.email', 'profile.firstName', 'tags[0]'].sort());
    expect(await failure(unaryCall(client, 'CreateTalent', { tags: [] }))).toMatchObject({ code: grpc.status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'profile', code: 'required' })] });
    expect(await failure(unaryCall(client, 'CreateTalent', { profile: profile(), poolIds: ['no-such-pool'] }))).toMatchObject({ code: grpc.status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'poolIds[0]', code: 'unknown_pool' })] });
    expect((await unaryCall(client, 'ListTalents', {})).talents).toEqual([]);
  });

  it('a second talent with the same email is ALREADY_EXISTS (DUPLICATE_TALENT), however the address is written', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const first = await createTalent(client);
    const again = await failure(unaryCall(client, 'CreateTalent', { profile: profile({ email: ` ${first.profile!.email.toUpperCase()} ` }) }));
    expect(again).toMatchObject({ code: grpc.status.ALREADY_EXISTS, reason: 'DUPLICATE_TALENT', resourceId: first.id });
  });

  it('reads need talents:read, changes talents:write, settings settings:manage', async () => {
    const tenant = uniqueName('tenant');
    const reader = await kit.client(tenant, READ_ONLY);
    const nobody = await kit.client(tenant, []);
    expect((await unaryCall(reader, 'ListTalents', {})).talents).toEqual([]);
    expect(await failure(unaryCall(nobody, 'ListTalents', {}))).toMatchObject({ code: grpc.status.PERMISSION_DENIED });
    expect(await failure(unaryCall(reader, 'CreateTalent', { profile: profile() }))).toMatchObject({ code: grpc.status.PERMISSION_DENIED });
    expect(await failure(unaryCall(reader, 'UpdateTalentSettings', { settings: { atsFields: [], followUpLinkDays: 14 } }))).toMatchObject({ code: grpc.status.PERMISSION_DENIED });
  });
});

describe('listing talents', () => {
  it('filters by pool, tag, status, source, recruiter and email (by its blind index), combined with AND, page by page', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const poolA = await createPool(client);
    const poolB = await createPool(client);
    const a = await createTalent(client, { tags: ['java'], poolIds: [poolA] });
    const b = await createTalent(client, { tags: ['java', 'kafka'], poolIds: [poolA, poolB], status: 'TALENT_STATUS_INTERESTED' });
    const c = await unaryCall(client, 'CreateTalent', { profile: profile(), tags: ['kafka'], recruiterId: 'recruiter-9' });
    const ids = async (filter: object) => (await unaryCall(client, 'ListTalents', { filter })).talents.map((talent) => talent.id);

    expect(await ids({})).toEqual([a.id, b.id, c.id]);
    expect(await ids({ poolId: poolA })).toEqual([a.id, b.id]);
    expect(await ids({ poolId: poolB })).toEqual([b.id]);
    expect(await ids({ tag: 'Java' })).toEqual([a.id, b.id]);
    expect(await ids({ tag: 'kafka', poolId: poolA })).toEqual([b.id]);
    expect(await ids({ status: 'TALENT_STATUS_INTERESTED' })).toEqual([b.id]);
    expect(await ids({ source: 'TALENT_SOURCE_RECRUITER' })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ source: 'TALENT_SOURCE_ATS_SYNC' })).toEqual([]);
    expect(await ids({ recruiterId: 'recruiter-9' })).toEqual([c.id]);
    expect(await ids({ email: c.profile!.email.toUpperCase() })).toEqual([c.id]);
    expect(await ids({ email: 'nobody@example.org' })).toEqual([]);

    const first = await unaryCall(client, 'ListTalents', { page: { pageSize: 2 } });
    expect(first.talents.map((talent) => talent.id)).toEqual([a.id, b.id]);
    const second = await unaryCall(client, 'ListTalents', { page: { pageSize: 2, pageToken: first.page!.nextPageToken } });
    expect(second.talents.map((talent) => talent.id)).toEqual([c.id]);
    expect(second.page!.nextPageToken).toBe('');
  });
});

describe('notes', () => {
  it('are added to a talent and listed newest first', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const talent = await createTalent(client);
    const first = await unaryCall(client, 'AddTalentNote', { talentId: talent.id, text: 'first call' });
    const second = await unaryCall(client, 'AddTalentNote', { talentId: talent.id, text: 'second call' });
    expect(first).toMatchObject({ talentId: talent.id, text: 'first call', createdBy: 'recruiter-1' });
    expect((await unaryCall(client, 'ListTalentNotes', { talentId: talent.id })).notes.map((note) => note.id)).toEqual([second.id, first.id]);
    expect(await failure(unaryCall(client, 'AddTalentNote', { talentId: talent.id, text: 'x'.repeat(5_001) }))).toMatchObject({ code: grpc.status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'text', code: 'too_long' })] });
  });
});

describe('pools', () => {
  it('have names unique per tenant, whatever their case and spacing', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const pool = await unaryCall(client, 'CreatePool', { name: 'SuccessFactors_2ndBestCandidates', description: 'silver medalists' });
    expect(await failure(unaryCall(client, 'CreatePool', { name: ' successfactors_2ndbestcandidates ' }))).toMatchObject({ code: grpc.status.ALREADY_EXISTS, reason: 'POOL_NAME_TAKEN' });
    // Another tenant may use the name.
    await unaryCall(await kit.client(uniqueName('tenant')), 'CreatePool', { name: 'SuccessFactors_2ndBestCandidates' });
    expect((await unaryCall(client, 'ListPools', {})).pools).toEqual([pool]);
  });
});

describe('settings', () => {
  it('default to no ATS fields and two weeks of links; ATS fields are checked when saved; a save from an old version is ABORTED', async () => {
    const client = await kit.client(uniqueName('tenant'));
    expect(await unaryCall(client, 'GetTalentSettings', {})).toMatchObject({ atsFields: [], followUpLinkDays: 14, version: 0 });
    const bad = await failure(
      unaryCall(client, 'UpdateTalentSettings', {
        settings: {
          atsFields: [
            { name: 'firstName', profileField: 'first_name', required: true },
            { name: 'shoeSize', profileField: 'shoe_size', required: false },
          ],
          followUpLinkDays: 61,
        },
      }),
    );
    expect(bad.violations.map((violation) => violation.field).sort()).toEqual(['settings.atsFields[1].profileField', 'settings.followUpLinkDays']);
    const twice = { name: 'firstName', profileField: 'first_name', required: true };
    expect((await failure(unaryCall(client, 'UpdateTalentSettings', { settings: { atsFields: [twice, twice], followUpLinkDays: 14 } }))).violations).toEqual([
      expect.objectContaining({ field: 'settings.atsFields[1].name', description: 'is named twice' }),
    ]);
    const saved = await unaryCall(client, 'UpdateTalentSettings', {
      settings: { atsFields: [{ name: 'firstName', profileField: 'first_name', required: true }, { name: 'cv', profileField: '', required: true }], followUpLinkDays: 30 },
      expectedVersion: 0,
    });
    expect(saved).toMatchObject({ version: 1, followUpLinkDays: 30, updatedBy: 'recruiter-1', atsFields: [{ name: 'firstName', profileField: 'first_name', required: true }, { name: 'cv', profileField: '', required: true }] });
    expect(await failure(unaryCall(client, 'UpdateTalentSettings', { settings: { atsFields: [], followUpLinkDays: 7 }, expectedVersion: 3 }))).toMatchObject({ code: grpc.status.ABORTED, reason: 'VERSION_MISMATCH' });
  });
});

describe('the contact of a talent', () => {
  it('goes only to a service (messaging, for the message to the talent), never to a user', async () => {
    const tenant = uniqueName('tenant');
    const talent = await createTalent(await kit.client(tenant));
    const messaging = await kit.serviceClient(tenant, READ_ONLY);
    expect(await unaryCall(messaging, 'GetTalentContact', { id: talent.id })).toEqual({ firstName: 'Jana', lastName: 'Novak', email: talent.profile!.email, phone: '+49 30 1234567', language: 'de' });
    expect(await failure(unaryCall(await kit.client(tenant), 'GetTalentContact', { id: talent.id }))).toMatchObject({ code: grpc.status.PERMISSION_DENIED });
    expect(await failure(unaryCall(await kit.serviceClient(uniqueName('tenant'), READ_ONLY), 'GetTalentContact', { id: talent.id }))).toMatchObject({ code: grpc.status.NOT_FOUND });
  });
});

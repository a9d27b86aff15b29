import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName, type ErasureDriver } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { createPool, createTalent, failure, startTalentCrm, waitFor, type TalentCrmClient, type TalentCrmKit } from './kit';

let kit: TalentCrmKit;
let driver: ErasureDriver;
beforeAll(async () => {
  kit = await startTalentCrm();
  driver = await kit.erasure();
});
afterAll(async () => {
  await kit?.close();
});

const raw = (collection: string, filter: object) => kit.service.runtime.mongo.collection(collection).find(filter).toArray();
const keyRows = (filter: object) => kit.service.runtime.keyStore.collection('subject_keys').find(filter).toArray();

async function talentWithNotes(client: TalentCrmClient) {
  const pool = await createPool(client);
  const talent = await createTalent(client, { profile: { firstName: 'jana', lastName: 'Novak' }, tags: ['java'], poolIds: [pool] });
  await unaryCall(client, 'AddTalentNote', { talentId: talent.id, text: 'first note' });
  await unaryCall(client, 'AddTalentNote', { talentId: talent.id, text: 'second note' });
  return talent;
}

describe('erasure commands', () => {
  it('delete: the talent, its notes, what retention decided about them and their key go; a replay holds nothing', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const talent = await talentWithNotes(client);
    const ack = await driver.erase(tenant, talent.id);
    expect(ack).toMatchObject({ service: 'talent-crm', outcome: 'ERASURE_OUTCOME_DONE', counts: { talents: 1, notes: 2, keys: 1 } });
    expect(await raw('talents', { tenantId: tenant })).toEqual([]);
    expect(await raw('notes', { tenantId: tenant })).toEqual([]);
    expect(await keyRows({ tenantId: tenant, subjectId: talent.id })).toEqual([]);
    expect(await failure(unaryCall(client, 'GetTalent', { id: talent.id }))).toMatchObject({ code: grpc.status.NOT_FOUND });
    // Nothing brings them back: no change, no note.
    expect(await failure(unaryCall(client, 'UpdateTalent', { id: talent.id, tags: [] }))).toMatchObject({ code: grpc.status.NOT_FOUND });
    expect(await failure(unaryCall(client, 'AddTalentNote', { talentId: talent.id, text: 'late' }))).toMatchObject({ code: grpc.status.NOT_FOUND });
    expect(await driver.erase(tenant, talent.id)).toMatchObject({ outcome: 'ERASURE_OUTCOME_NOTHING_HELD' });
  });

  it('anonymise: initials instead of the name, no contact data, no tags; the statistics stay; notes kept under a new key, emptied or deleted as the command says', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const kept = await talentWithNotes(client);
    const keyBefore = (await keyRows({ tenantId: tenant, subjectId: kept.id }))[0]?.keyId;

    expect(await driver.erase(tenant, kept.id, { mode: 'ERASURE_MODE_ANONYMISE', notes: 'ANONYMISED_NOTES_KEEP' })).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { talents: 1, keys: 1, notesKept: 2 } });
    const view = await unaryCall(client, 'GetTalent', { id: kept.id });
    expect(view).toMatchObject({ anonymised: true, reduced: false, tags: [], poolIds: kept.poolIds, source: 'TALENT_SOURCE_RECRUITER', status: 'TALENT_STATUS_NEW', recruiterId: 'recruiter-1' });
    expect(view.profile).toMatchObject({ firstName: 'J.', lastName: 'N.', email: '', phone: '', city: '', headline: '', skills: [], profileUrl: '' });
    expect((await unaryCall(client, 'ListTalentNotes', { talentId: kept.id })).notes.map((note) => note.text)).toEqual(['second note', 'first note']);
    expect((await keyRows({ tenantId: tenant, subjectId: kept.id }))[0]?.keyId).not.toBe(keyBefore);
    expect((await raw('talents', { _id: kept.id }))[0]).not.toHaveProperty('emailIndex');
    // Anonymised is final: no change, no note.
    expect(await failure(unaryCall(client, 'UpdateTalent', { id: kept.id, tags: ['x'] }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_ANONYMISED' });
    expect(await driver.erase(tenant, kept.id, { mode: 'ERASURE_MODE_ANONYMISE', notes: 'ANONYMISED_NOTES_KEEP' })).toMatchObject({ outcome: 'ERASURE_OUTCOME_NOTHING_HELD' });

    const emptied = await talentWithNotes(client);
    expect(await driver.erase(tenant, emptied.id, { mode: 'ERASURE_MODE_ANONYMISE' })).toMatchObject({ counts: { notesEmptied: 2 } });
    expect((await unaryCall(client, 'ListTalentNotes', { talentId: emptied.id })).notes.map((note) => note.text)).toEqual(['', '']);

    const deleted = await talentWithNotes(client);
    expect(await driver.erase(tenant, deleted.id, { mode: 'ERASURE_MODE_ANONYMISE', notes: 'ANONYMISED_NOTES_DELETE' })).toMatchObject({ counts: { notes: 2 } });
    expect((await unaryCall(client, 'ListTalentNotes', { talentId: deleted.id })).notes).toEqual([]);
  });

  it('reduce: only the skeleton fields stay, re-encrypted under a new key; tags, pools and notes go; the talent cannot change any more', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const talent = await talentWithNotes(client);
    const before = (await raw('talents', { _id: talent.id }))[0];
    const ack = await driver.erase(tenant, talent.id, { mode: 'ERASURE_MODE_REDUCE', keepFields: ['name', 'dateOfBirth', 'address', 'source'] });
    expect(ack).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { talents: 1, fieldsKept: 4, notes: 2 } });
    const view = await unaryCall(client, 'GetTalent', { id: talent.id });
    expect(view).toMatchObject({ reduced: true, anonymised: false, tags: [], poolIds: [], source: 'TALENT_SOURCE_RECRUITER' });
    expect(view.profile).toMatchObject({ firstName: 'jana', lastName: 'Novak', city: 'Berlin', country: 'DE', email: '', phone: '', headline: '', skills: [], salaryExpectation: '' });
    const after = (await raw('talents', { _id: talent.id }))[0];
    expect(after?.profile.firstName).not.toBe(before?.profile.firstName);
    expect(after).not.toHaveProperty('emailIndex');
    expect((await unaryCall(client, 'ListTalentNotes', { talentId: talent.id })).notes).toEqual([]);
    expect(await failure(unaryCall(client, 'UpdateTalent', { id: talent.id, tags: ['x'] }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_REDUCED' });
    // No longer found by the email it no longer holds.
    expect((await unaryCall(client, 'ListTalents', { filter: { email: talent.profile!.email } })).talents).toEqual([]);
  });

  it('reduce keeps the email when the policy names it, and the talent is still found by it', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const talent = await createTalent(client);
    await driver.erase(tenant, talent.id, { mode: 'ERASURE_MODE_REDUCE', keepFields: ['name', 'email'] });
    expect((await unaryCall(client, 'GetTalent', { id: talent.id })).profile).toMatchObject({ email: talent.profile!.email, phone: '', city: '' });
    expect((await unaryCall(client, 'ListTalents', { filter: { email: talent.profile!.email } })).talents.map((found) => found.id)).toEqual([talent.id]);
  });

  it('forgets what retention decided about the person, in every mode', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const talent = await createTalent(client);
    await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
      { type: 'lethe.retention.v1.ErasureRequestOpened', tenantId: tenant, subjectId: talent.id, payload: { requestId: 'r-1', subjectId: talent.id, openedAt: toTimestamp(new Date()) } },
    ]);
    await waitFor(async () => (await raw('subject_states', { tenantId: tenant })).length === 1, 20_000, 'the erasure request recorded');
    expect(await driver.erase(tenant, talent.id)).toMatchObject({ counts: { states: 1 } });
    expect(await raw('subject_states', { tenantId: tenant })).toEqual([]);
  });
});

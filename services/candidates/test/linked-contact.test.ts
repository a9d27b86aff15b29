import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { erasureDriver, input, person, startCandidates, type CandidatesKit, type ErasureDriver } from './kit';

let kit: CandidatesKit;
let driver: ErasureDriver;
beforeAll(async () => {
  kit = await startCandidates();
  driver = await erasureDriver(kit, 'linked-contact-test-acks');
});
afterAll(async () => {
  await driver?.stop();
  await kit?.close();
});

/** Makes the candidate a client's contact person and gives them one application. */
async function linkAsContactPerson(tenant: string, candidateId: string): Promise<void> {
  const recruiting = await kit.recruiting(tenant);
  const client = await unaryCall(recruiting, 'CreateClient', { name: 'Acme GmbH' });
  await unaryCall(recruiting, 'CreateContactPerson', { contact: { clientId: client.id, lastName: 'Contact', candidateId } });
  const job = await unaryCall(recruiting, 'CreateJob', { title: 'Backend developer' });
  await unaryCall(recruiting, 'CreateApplication', { candidateId, jobId: job.id, statusKey: 'received' });
}

describe('a candidate who is also a contact person', () => {
  it.each(['ERASURE_MODE_DELETE', 'ERASURE_MODE_ANONYMISE'] as const)('%s keeps name, address and contact data, says so in the acknowledgement, and erases the rest', async (mode) => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(person({ notes: 'private', dateOfBirth: '1980-02-03' })), allowDuplicates: true });
    const id = candidate!.id;
    await linkAsContactPerson(tenant, id);

    const ack = await driver.erase(tenant, id, { mode });
    expect(ack.outcome).toBe('ERASURE_OUTCOME_DONE');
    expect(ack.retainedReason).toBe('LINKED_CONTACT_PERSON');
    expect(ack.retainedFields.sort()).toEqual(['city', 'country', 'email', 'firstName', 'lastName', 'phone', 'salutation', 'street', 'zip']);
    // The recruiting records: deleted with a delete, kept (ids and statuses only) otherwise.
    expect(mode === 'ERASURE_MODE_DELETE' ? ack.counts.applications : ack.counts.applicationsKept).toBe(1);

    const kept = await unaryCall(client, 'GetCandidate', { id });
    expect(kept.personal).toMatchObject({
      firstName: candidate!.personal!.firstName,
      lastName: 'Mustermann',
      email: candidate!.personal!.email,
      phone: candidate!.personal!.phone,
      address: candidate!.personal!.address,
      dateOfBirth: '',
      notes: '',
      skills: [],
    });
    // A replay finds the same: nothing more goes, the acknowledgement says the same.
    const replay = await driver.erase(tenant, id, { mode });
    expect(replay.retainedReason).toBe('LINKED_CONTACT_PERSON');
    expect((await unaryCall(client, 'GetCandidate', { id })).personal?.firstName).toBe(candidate!.personal!.firstName);
  });

  it('ERASURE_MODE_REDUCE keeps the skeleton fields of keepFields as well as name, address and contact data', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const { candidate } = await unaryCall(client, 'CreateCandidate', {
      candidate: input(person({ notes: 'private', dateOfBirth: '1980-02-03', nationality: 'AT', gender: 'f' }), { source: 'referral', inboundChannel: 'email' }),
      allowDuplicates: true,
    });
    const id = candidate!.id;
    await linkAsContactPerson(tenant, id);

    const ack = await driver.erase(tenant, id, { mode: 'ERASURE_MODE_REDUCE', keepFields: ['name', 'dateOfBirth', 'nationality', 'source', 'applicationDate'] });
    expect(ack.outcome).toBe('ERASURE_OUTCOME_DONE');
    expect(ack.retainedReason).toBe('LINKED_CONTACT_PERSON');
    expect(ack.retainedFields.sort()).toEqual(['city', 'country', 'dateOfBirth', 'email', 'firstName', 'lastName', 'nationality', 'phone', 'salutation', 'street', 'zip']);

    const kept = await unaryCall(client, 'GetCandidate', { id });
    expect(kept).toMatchObject({ state: 'CANDIDATE_STATE_REDUCED', source: 'referral', inboundChannel: '' });
    expect(kept.personal).toMatchObject({
      firstName: candidate!.personal!.firstName,
      email: candidate!.personal!.email,
      address: candidate!.personal!.address,
      dateOfBirth: '1980-02-03',
      nationality: 'AT',
      gender: '',
      notes: '',
      skills: [],
    });
  });
});

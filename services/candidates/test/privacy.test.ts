import { randomBytes } from 'node:crypto';
import { unaryCall } from '@lethe/platform/grpc';
import { type Subscription } from '@lethe/platform/kafka';
import { makeCanaries, scanDirectoryForCanaries, scanOwnTopicsForCanaries, scanRedisForCanaries, testInfra, uniqueName } from '@lethe/platform/testkit';
import { encodeMessage, TOPICS } from '@lethe/protos';
import { input, startCandidates, waitFor, type CandidatesKit } from './kit';

let kit: CandidatesKit;
beforeAll(async () => {
  kit = await startCandidates();
});
afterAll(async () => {
  await kit?.close();
});

describe('personal data never leaks', () => {
  it('no canary of any personal field reaches FerretDB files, Kafka logs, events, Redis or the logs', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const canaries: Record<string, string> = {
      ...makeCanaries('CANARY', ['salutation', 'title', 'firstName', 'lastName', 'gender', 'email', 'phone', 'street', 'city', 'skill', 'language', 'experience', 'notes', 'customField']),
      zip: `Z${randomBytes(5).toString('hex')}`,
      dateOfBirth: '1913-07-29',
    };
    const events: Buffer[] = [];
    const subscription: Subscription = await kit.service.runtime.bus.subscribe({
      groupId: 'privacy-test-events',
      topics: [TOPICS.candidateEvents],
      fromBeginning: true,
      handler: async (event) => void events.push(encodeMessage(event.type, event.payload), Buffer.from(JSON.stringify(event))),
    });
    try {
      const { candidate } = await unaryCall(client, 'CreateCandidate', {
        candidate: input({
          salutation: canaries.salutation,
          title: canaries.title,
          firstName: canaries.firstName,
          lastName: canaries.lastName,
          gender: canaries.gender,
          dateOfBirth: canaries.dateOfBirth,
          email: canaries.email,
          phone: canaries.phone,
          address: { street: canaries.street, zip: canaries.zip, city: canaries.city, country: 'DE' },
          skills: [canaries.skill],
          languages: [canaries.language],
          experience: canaries.experience,
          notes: canaries.notes,
          customFields: { hobby: canaries.customField },
        }),
      });
      const id = candidate!.id;
      await unaryCall(client, 'GetCandidate', { id });
      await unaryCall(client, 'FindCandidatesByEmail', { email: canaries.email });
      await unaryCall(client, 'FindCandidatesByName', { firstName: canaries.firstName, lastName: canaries.lastName });
      await unaryCall(client, 'UpdateCandidate', { id, candidate: input({ notes: `${canaries.notes} again` }), updateMask: { paths: ['personal.notes'] } });
      await waitFor(() => events.length >= 8, 20_000, 'the created/updated events and their activities');

      // The service works: the data is there, decrypted, for an authorised caller.
      expect((await unaryCall(client, 'GetCandidate', { id })).personal?.firstName).toBe(canaries.firstName);

      expect(events.filter((bytes) => Object.values(canaries).some((canary) => bytes.includes(canary)))).toEqual([]);
      const infra = testInfra();
      expect(await scanDirectoryForCanaries(infra.mongoDataDir, canaries)).toEqual([]);
      // This service's topics (and only they) carry its test prefix: their log segments are scanned.
      const prefix = kit.service.runtime.config.KAFKA_TOPIC_PREFIX;
      const topics = await scanOwnTopicsForCanaries(infra.kafkaDataDir, prefix, canaries);
      expect(topics.scanned.length).toBeGreaterThan(0);
      expect(topics.hits).toEqual([]);
      expect(await scanRedisForCanaries(kit.service.runtime.redis, canaries)).toEqual([]);
      expect(Object.values(canaries).filter((canary) => kit.logs.text().includes(canary))).toEqual([]);
      // The logs are there: a call was logged, only without personal data.
      expect(kit.logs.text()).toContain('lethe.candidates.v1.CandidatesService/CreateCandidate');
    } finally {
      await subscription.stop();
    }
  });
});

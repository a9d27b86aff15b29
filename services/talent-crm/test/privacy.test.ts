import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { unaryCall } from '@lethe/platform/grpc';
import { makeCanaries, scanDirectoryForCanaries, scanRedisForCanaries, testInfra, uniqueName } from '@lethe/platform/testkit';
import { encodeMessage, TOPICS } from '@lethe/protos';
import { READ_ONLY, startTalentCrm, waitFor, type TalentCrmKit } from './kit';

let kit: TalentCrmKit;
beforeAll(async () => {
  kit = await startTalentCrm();
});
afterAll(async () => {
  await kit?.close();
});

describe('personal data never leaks', () => {
  it('no canary of a profile or a note reaches the talent events, FerretDB files, Kafka logs, Redis, the logs or the spans', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const canaries = makeCanaries('CANARY', [
      'firstName',
      'lastName',
      'email',
      'phone',
      'city',
      'headline',
      'interest',
      'skill',
      'salaryExpectation',
      'availability',
      'careerUpdate',
      'lastRecruiterContact',
      'note',
      'updatedCity',
    ]);
    const profileUrl = `https://example.org/${canaries.headline}`;
    const events: Buffer[] = [];
    const subscription = await kit.service.runtime.bus.subscribe({
      groupId: uniqueName('privacy-events'),
      topics: [TOPICS.talentEvents],
      fromBeginning: true,
      handler: async (event) => void events.push(encodeMessage(event.type, event.payload), Buffer.from(JSON.stringify(event))),
    });
    try {
      const profile = {
        firstName: canaries.firstName,
        lastName: canaries.lastName,
        email: canaries.email,
        phone: canaries.phone,
        city: canaries.city,
        country: 'DE',
        headline: canaries.headline,
        interests: [canaries.interest],
        skills: [canaries.skill],
        salaryExpectation: canaries.salaryExpectation,
        availability: canaries.availability,
        careerUpdate: canaries.careerUpdate,
        profileUrl,
        language: 'en',
        lastRecruiterContact: canaries.lastRecruiterContact,
      };
      const talent = await unaryCall(client, 'CreateTalent', { profile, tags: ['silver-medalist'] });
      await unaryCall(client, 'AddTalentNote', { talentId: talent.id, text: canaries.note });
      await unaryCall(client, 'UpdateTalent', { id: talent.id, profile: { ...profile, city: canaries.updatedCity }, tags: ['silver-medalist'], expectedVersion: 1 });
      await unaryCall(client, 'ListTalents', { filter: { email: canaries.email } });
      await unaryCall(await kit.serviceClient(tenant, READ_ONLY), 'GetTalentContact', { id: talent.id });
      // A refused duplicate: its error names the talent by id only.
      await unaryCall(client, 'CreateTalent', { profile }).catch(() => undefined);
      await waitFor(() => events.length >= 6, 20_000, 'the created event and the activities');

      // The service works: the data is there, decrypted, for an authorised caller.
      expect((await unaryCall(client, 'GetTalent', { id: talent.id })).profile).toMatchObject({ firstName: canaries.firstName, city: canaries.updatedCity });
      expect((await unaryCall(client, 'ListTalentNotes', { talentId: talent.id })).notes[0]?.text).toBe(canaries.note);

      const leaked = (haystack: string) => Object.values(canaries).filter((canary) => haystack.includes(canary) || haystack.includes(canary.toLowerCase()));
      expect(events.filter((bytes) => leaked(bytes.toString('latin1')).length > 0)).toEqual([]);
      const infra = testInfra();
      expect(await scanDirectoryForCanaries(infra.mongoDataDir, canaries)).toEqual([]);
      const prefix = kit.service.runtime.config.KAFKA_TOPIC_PREFIX;
      const logDir = path.join(infra.kafkaDataDir, 'kraft-combined-logs');
      const topicDirs = (await readdir(logDir)).filter((name) => name.startsWith(prefix));
      expect(topicDirs.length).toBeGreaterThan(0);
      for (const dir of topicDirs) expect(await scanDirectoryForCanaries(path.join(logDir, dir), canaries)).toEqual([]);
      expect(await scanRedisForCanaries(kit.service.runtime.redis, canaries)).toEqual([]);
      expect(leaked(kit.logs.text())).toEqual([]);
      expect(leaked(kit.spans.text())).toEqual([]);
      // The logs and spans are there: the calls were recorded, only without personal data.
      expect(kit.logs.text()).toContain('lethe.talents.v1.TalentCrmService/CreateTalent');
      expect(kit.spans.names().length).toBeGreaterThan(0);
    } finally {
      await subscription.stop();
    }
  });
});

import { unaryCall } from '@lethe/platform/grpc';
import { makeCanaries, scanDirectoryForCanaries, scanOwnTopicsForCanaries, scanRedisForCanaries, testInfra, uniqueName } from '@lethe/platform/testkit';
import { CLEAR_DATA, decideOnPage, eventsOf, openPage, sendRequest, startConsent, type ConsentKit } from './kit';

let kit: ConsentKit;
beforeAll(async () => {
  kit = await startConsent();
});
afterAll(async () => {
  await kit?.close();
});

describe('personal data and link tokens never leak', () => {
  it('no canary of the client company name and no link token reaches FerretDB files, Kafka logs, events, Redis or the logs', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const subjectId = uniqueName('cand');
    const { clientName } = makeCanaries('CANARY', ['clientName']);
    // Every request is sent as messaging sends it; the open one twice, so its first link was replaced.
    const sent = async (clientId: string, name: string) => {
      const { requestId } = (await unaryCall(client, 'RequestConsent', { subjectId, kind: CLEAR_DATA, clientId, clientName: name })).consent!;
      return { requestId, ...(await sendRequest(client, requestId)) };
    };
    const granted = await sent('client-a', clientName);
    const declined = await sent('client-b', `${clientName} B`);
    const replaced = await sent('client-c', `${clientName} C`);
    const open = await sendRequest(client, replaced.requestId);
    expect((await openPage(kit.service.httpUrl, open.token)).html).toContain(`${clientName} C`);
    await decideOnPage(kit.service.httpUrl, granted.token);
    await decideOnPage(kit.service.httpUrl, declined.token, 'decline');
    await unaryCall(client, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    await unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentWithdrawn');
    await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentRequestCreated', 3);

    // The service works: the name is there, decrypted, for an authorised caller.
    const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
    expect(consents.map((consent) => consent.clientName).sort()).toEqual([clientName, `${clientName} B`, `${clientName} C`]);

    const secrets = [clientName, ...[granted, declined, replaced, open].map((link) => link.token)];
    const events = kit.events.filter((event) => event.subjectId === subjectId);
    expect(events.length).toBeGreaterThanOrEqual(6);
    expect(events.filter((event) => secrets.some((secret) => event.bytes.includes(secret)))).toEqual([]);
    const infra = testInfra();
    expect(await scanDirectoryForCanaries(infra.mongoDataDir, secrets)).toEqual([]);
    // This service's topics (and only they) carry its test prefix: their log segments are scanned.
    const prefix = kit.service.runtime.config.KAFKA_TOPIC_PREFIX;
    const topics = await scanOwnTopicsForCanaries(infra.kafkaDataDir, prefix, secrets);
    expect(topics.scanned.length).toBeGreaterThan(0);
    expect(topics.hits).toEqual([]);
    expect(await scanRedisForCanaries(kit.service.runtime.redis, secrets)).toEqual([]);
    expect(secrets.filter((secret) => kit.logs.text().includes(secret))).toEqual([]);
    // The logs are there: calls and page requests were logged, only without personal data or tokens.
    expect(kit.logs.text()).toContain('lethe.consent.v1.ConsentService/RequestConsent');
    expect(kit.logs.text()).toContain('lethe.consent.v1.ConsentService/IssueRequestLink');
    expect(kit.logs.text()).toContain('"path":"/consent"');
  });
});

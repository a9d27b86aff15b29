// Redis is shared and not trusted for decisions: a CheckConsent answer written into it by anyone
// without the cache's MAC key is refused, and the answer follows the database.
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { checkClearData, CLEAR_DATA, decideOnPage, requestClearData, startConsent, type ConsentClient, type ConsentKit } from './kit';

let kit: ConsentKit;
let tenant: string;
let client: ConsentClient;

beforeAll(async () => {
  kit = await startConsent();
  tenant = uniqueName('tenant');
  client = await kit.client(tenant);
});
afterAll(async () => {
  await kit?.close();
});

const FORGED_LINE = 'a cached value failed its MAC check; read from the database instead';
const grantedAnswer = JSON.stringify({ granted: true, consentId: 'forged-consent', consentRequired: true });
/** A granted answer as anyone with access to Redis could write it: bare, or in the cache's own format with a made-up MAC. */
const forgeries = [grantedAnswer, `m1.${Date.now() + 3_600_000}.${'A'.repeat(43)}.${grantedAnswer}`];

/** The Redis key of the cached clear-data answer for one subject and client. */
const answerKey = (subjectId: string, clientId = 'client-a') => kit.service.runtime.cache.keys.subjectKey(tenant, subjectId, 'check', `client.${clientId}`);

async function refusedCount(): Promise<number> {
  const text = await (await fetch(`${kit.service.httpUrl}/metrics`)).text();
  const line = text.split('\n').find((row) => row.startsWith('lethe_cache_refused_total{') && row.includes('reason="forged"') && row.includes('service="consent"'));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('cached consent answers', () => {
  it('a forged "granted" for a person who never consented decides nothing: the database answers, and the forgery is counted and overwritten', async () => {
    const subjectId = uniqueName('cand');
    expect(await checkClearData(client, subjectId)).toBe(false);
    const before = await refusedCount();
    kit.logs.clear();

    for (const forged of forgeries) {
      await kit.service.runtime.redis.set(answerKey(subjectId), forged, { expiration: { type: 'EX', value: 300 } });
      expect(await checkClearData(client, subjectId)).toBe(false);
      // Overwritten with the true answer, under the MAC.
      const stored = await kit.service.runtime.redis.get(answerKey(subjectId));
      expect(stored).toMatch(/^m1\.\d+\.[A-Za-z0-9_-]{43}\.\{"granted":false/);
      expect(stored).not.toBe(forged);
    }

    expect(await refusedCount()).toBe(before + forgeries.length);
    const refusals = kit.logs.records().filter((record) => record.msg === FORGED_LINE);
    expect(refusals).toHaveLength(forgeries.length);
    expect(refusals[0]).toMatchObject({ tenantId: tenant, service: 'consent' });
    // The line names the tenant and the service, not the key or the value.
    expect(JSON.stringify(refusals)).not.toContain(subjectId);
    expect(JSON.stringify(refusals)).not.toContain('granted');
  });

  it('a forged "granted" after the person withdrew decides nothing', async () => {
    const subjectId = uniqueName('cand');
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId)).token);
    expect(await checkClearData(client, subjectId)).toBe(true);
    await unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });

    for (const forged of forgeries) {
      await kit.service.runtime.redis.set(answerKey(subjectId), forged, { expiration: { type: 'EX', value: 300 } });
      expect(await checkClearData(client, subjectId)).toBe(false);
    }
  });

  it("keeps its keys under the installation's prefix: the Kafka topic prefix followed by lethe, as none is set", async () => {
    const subjectId = uniqueName('cand');
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId)).token);
    expect(await checkClearData(client, subjectId)).toBe(true);
    const prefix = `${kit.service.runtime.config.KAFKA_TOPIC_PREFIX}lethe:`;
    expect(prefix).not.toBe('lethe:');
    // The cached answer, the subject's stamp, and the counter of the subject's write fence.
    const keys = await kit.service.runtime.redis.keys(`*${subjectId}*`);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const key of keys) expect(key.startsWith(prefix)).toBe(true);
    expect(keys).toEqual(expect.arrayContaining([`${prefix}consent:${tenant}:subject:${subjectId}:check:client.client-a`, `${prefix}consent:${tenant}:subject:${subjectId}:stamp`]));
  });
});

// A talent's life across talent-crm, consent, messaging and retention: the tenant's deadline for
// storage consent erases a talent who did not give it, through retention's erasure protocol, and
// keeps one who did.
import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { policyMessage } from '@lethe/retention/test/kit';
import { failure, startStack, uniqueName, waitFor, type Clients, type Stack } from '../stack';

/** The default policy, with the storage-consent deadline of talents on. */
const POLICY = policyMessage({ talentConsentDeadlineDays: 30 });

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ talents: true });
});
afterAll(async () => {
  await stack?.close();
});

async function createTalent(clients: Clients, firstName: string): Promise<{ id: string; email: string }> {
  const email = `${uniqueName('talent')}@example.org`;
  const talent = await unaryCall(clients.talents, 'CreateTalent', { profile: { firstName, lastName: 'Silber', email, language: 'de' }, tags: ['silver-medalist'] });
  return { id: talent.id, email };
}

describe('the storage-consent deadline of talents', () => {
  it('erases a talent without storage consent everywhere at the deadline, and keeps one who consented', async () => {
    const clients = await stack.recruiter(uniqueName('tenant'));
    await unaryCall(clients.retention, 'UpdatePolicy', { policy: POLICY });
    const silent = await createTalent(clients, 'Stella');
    const consenting = await createTalent(clients, 'Carla');

    // The request reaches the talent (known only to talent-crm) through messaging; the recruiter records the answer.
    await unaryCall(clients.consent, 'RequestConsent', { subjectId: consenting.id, kind: 'CONSENT_KIND_STORAGE', periodMonths: 24, language: 'de' });
    await stack.mailpit.waitForMail(consenting.email, (mail) => mail.Text.includes('/consent?token='), 20_000);
    await unaryCall(clients.consent, 'GrantManually', { subjectId: consenting.id, kind: 'CONSENT_KIND_STORAGE' });

    const stepsOf = async (subjectId: string) => (await unaryCall(clients.retention, 'ExplainRetention', { subjectId })).steps.map((step) => step.rule);
    await waitFor(async () => ((await stepsOf(silent.id)).includes('talent_consent_deadline_days=30') ? true : undefined), 20_000, 'retention to follow the new talent');
    await waitFor(async () => ((await stepsOf(consenting.id)).some((rule) => rule === 'storage_consent') ? true : undefined), 20_000, 'retention to see the storage consent');

    stack.retentionClock.advance({ days: 31 });
    const { executed } = await stack.retention().sweeper.run(stack.retentionClock.now());
    expect(executed['retention-clock']).toBe(1);
    const [erasure] = await waitFor(async () => {
      const { erasures } = await unaryCall(clients.retention, 'ListErasures', { subjectId: silent.id, state: 'ERASURE_STATE_DONE' });
      return erasures.length > 0 ? erasures : undefined;
    }, 30_000, 'every service to confirm the erasure');
    expect(erasure).toMatchObject({ mode: 'ERASURE_MODE_DELETE', reason: 'ERASURE_REASON_MISSING_CONSENT' });
    expect(erasure.services.map((service) => service.service).sort()).toEqual(['candidates', 'consent', 'messaging', 'retention', 'talent-crm']);

    expect((await failure(unaryCall(clients.talents, 'GetTalent', { id: silent.id }))).code).toBe(grpc.status.NOT_FOUND);
    expect(await unaryCall(clients.talents, 'GetTalent', { id: consenting.id })).toMatchObject({ id: consenting.id, profile: { firstName: 'Carla' } });
    const [entry] = (await unaryCall(clients.retention, 'ListDeletionLog', { subjectId: silent.id })).entries;
    expect(JSON.stringify(entry)).not.toMatch(/Stella|Silber/);
  });
});

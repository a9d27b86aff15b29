// Automation rules against the real stack: saved only when valid and free of cycles, run once per
// trigger whoever takes it, never on their own effect, and a campaign only with consent.
import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { TOPICS, toTimestamp, type Rule, type RuleRun__Output } from '@lethe/protos';
import type { TalentTrigger } from '@lethe/talent-crm/src/talents/talent';
import { startAutomationStack, type AutomationStack } from './automation-kit';
import { createPool, createTalent, failure, waitFor, type TalentCrmClient } from '@lethe/talent-crm/test/kit';

let kit: AutomationStack;
beforeAll(async () => {
  kit = await startAutomationStack();
}, 120_000);
afterAll(async () => {
  await kit?.close();
});

async function createRule(client: TalentCrmClient, rule: Partial<Rule>): Promise<Rule> {
  return unaryCall(client, 'CreateRule', { rule: { name: uniqueName('rule'), enabled: true, ...rule } });
}

const action = (kind: string, value = '') => ({ kind: `RULE_ACTION_KIND_${kind}` as never, value });

async function runsOf(client: TalentCrmClient, talentId: string): Promise<RuleRun__Output[]> {
  return (await unaryCall(client, 'ListRuleRuns', { talentId, page: { pageSize: 200, pageToken: '' } })).runs;
}

/** The talent's runs once `count` of them ended, oldest first. */
async function endedRuns(client: TalentCrmClient, talentId: string, count: number): Promise<RuleRun__Output[]> {
  const runs = await waitFor(
    async () => {
      const all = await runsOf(client, talentId);
      return all.filter((run) => run.outcome !== 'RULE_RUN_OUTCOME_UNSPECIFIED').length >= count ? all : undefined;
    },
    45_000,
    `${count} finished rule runs`,
  );
  return [...runs].reverse();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('saving a rule', () => {
  it('is validated: known trigger and actions, a value only where the trigger takes one, pools of the tenant, campaigns of messaging, capped', async () => {
    const client = await kit.client(uniqueName('agency'));
    const pool = await createPool(client);
    const saved = await createRule(client, {
      name: 'Formular-Talente in den Pool',
      trigger: 'RULE_TRIGGER_TAG_ADDED',
      triggerValue: '  Silver  Medalist ',
      filter: { tags: ['Java'], sources: ['TALENT_SOURCE_TALENT_FORM'], poolIds: [pool], statuses: ['TALENT_STATUS_NEW'], sourceInfo: 'Karriere-Newsletter' },
      actions: [action('ADD_TO_POOL', pool), action('ADD_TAG', ' Welcome  Sent'), action('NOTIFY_RECRUITER'), action('SEND_CAMPAIGN', 'talent-pool-welcome')],
    });
    expect(saved).toMatchObject({
      trigger: 'RULE_TRIGGER_TAG_ADDED',
      triggerValue: 'silver medalist',
      filter: { tags: ['java'], sources: ['TALENT_SOURCE_TALENT_FORM'], poolIds: [pool], statuses: ['TALENT_STATUS_NEW'], sourceInfo: 'Karriere-Newsletter' },
      actions: [action('ADD_TO_POOL', pool), action('ADD_TAG', 'welcome sent'), action('NOTIFY_RECRUITER'), action('SEND_CAMPAIGN', 'talent-pool-welcome')],
      enabled: true,
      version: 1,
      updatedBy: 'recruiter-1',
    });
    expect((await unaryCall(client, 'ListRules', {})).rules).toEqual([saved]);

    const refused = async (rule: Partial<Rule>) => {
      const details = await failure(createRule(client, rule));
      expect(details.code).toBe(grpc.status.INVALID_ARGUMENT);
      return details.violations.map((violation) => violation.field);
    };
    const welcome = [action('SEND_CAMPAIGN', 'talent-pool-welcome')];
    expect(await refused({ trigger: 'RULE_TRIGGER_UNSPECIFIED', actions: welcome })).toEqual(['rule.trigger']);
    expect(await refused({ trigger: 'RULE_TRIGGER_TALENT_CREATED', triggerValue: 'x', actions: welcome })).toEqual(['rule.triggerValue']);
    expect(await refused({ trigger: 'RULE_TRIGGER_TALENT_CREATED', actions: [] })).toEqual(['rule.actions']);
    expect(await refused({ trigger: 'RULE_TRIGGER_TALENT_CREATED', actions: Array.from({ length: 11 }, () => action('ADD_TAG', 'x')) })).toEqual(['rule.actions']);
    expect(await refused({ name: 'x'.repeat(121), trigger: 'RULE_TRIGGER_TALENT_CREATED', actions: welcome })).toEqual(['rule.name']);
    expect(await refused({ trigger: 'RULE_TRIGGER_TALENT_CREATED', filter: { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } as never, actions: welcome })).toEqual(['rule.filter.tags']);
    const unknownPool = '0192f3a4-0000-7000-8000-000000000001';
    expect(await refused({ trigger: 'RULE_TRIGGER_POOL_JOINED', triggerValue: unknownPool, filter: { poolIds: [pool, unknownPool] } as never, actions: [action('ADD_TO_POOL', unknownPool)] })).toEqual([
      'rule.triggerValue',
      'rule.filter.poolIds[1]',
      'rule.actions[0].value',
    ]);
    // A reminder is no campaign, and a key messaging does not know is none either.
    expect(await refused({ trigger: 'RULE_TRIGGER_TALENT_CREATED', actions: [action('SEND_CAMPAIGN', 'reminder'), action('SEND_CAMPAIGN', 'no-such-campaign')] })).toEqual(['rule.actions[0].value', 'rule.actions[1].value']);
    expect((await unaryCall(client, 'ListRules', {})).rules).toHaveLength(1);
  });

  it('is refused when it would let rules trigger each other in a cycle (RULE_CYCLE), also when a rule is enabled again', async () => {
    const client = await kit.client(uniqueName('agency'));
    const [p, q] = [await createPool(client), await createPool(client)];
    await createRule(client, { name: 'A', trigger: 'RULE_TRIGGER_POOL_JOINED', triggerValue: p, actions: [action('ADD_TAG', 'x')] });
    await createRule(client, { name: 'B', trigger: 'RULE_TRIGGER_TAG_ADDED', triggerValue: 'x', actions: [action('ADD_TO_POOL', q)] });
    const closing = await failure(createRule(client, { name: 'C', trigger: 'RULE_TRIGGER_POOL_JOINED', actions: [action('ADD_TO_POOL', p)] }));
    expect(closing).toMatchObject({ code: grpc.status.INVALID_ARGUMENT, reason: 'RULE_CYCLE' });
    expect(closing.violations).toEqual([expect.objectContaining({ field: 'rule.actions', code: 'RULE_CYCLE', description: expect.stringContaining('A → B → C → A') })]);

    // Saved disabled it closes nothing; enabling it would.
    const disabled = await createRule(client, { name: 'C', enabled: false, trigger: 'RULE_TRIGGER_POOL_JOINED', actions: [action('ADD_TO_POOL', p)] });
    expect(await failure(unaryCall(client, 'UpdateRule', { rule: { ...disabled, enabled: true }, expectedVersion: 1 }))).toMatchObject({ code: grpc.status.INVALID_ARGUMENT, reason: 'RULE_CYCLE' });
    // A rule on its own effect is no cycle: it never runs on it.
    await createRule(client, { name: 'D', trigger: 'RULE_TRIGGER_TAG_ADDED', actions: [action('ADD_TAG', 'seen')] });
    expect((await unaryCall(client, 'ListRules', {})).rules.map((rule) => [rule.name, rule.enabled])).toEqual([
      ['A', true],
      ['B', true],
      ['C', false],
      ['D', true],
    ]);
  });

  it('is changed at the version read, and deleted', async () => {
    const client = await kit.client(uniqueName('agency'));
    const rule = await createRule(client, { trigger: 'RULE_TRIGGER_TALENT_CREATED', actions: [action('ADD_TAG', 'new')] });
    const changed = await unaryCall(client, 'UpdateRule', { rule: { ...rule, name: 'renamed', enabled: false }, expectedVersion: 1 });
    expect(changed).toMatchObject({ id: rule.id, name: 'renamed', enabled: false, version: 2 });
    expect(await failure(unaryCall(client, 'UpdateRule', { rule: { ...rule, name: 'stale' }, expectedVersion: 1 }))).toMatchObject({ code: grpc.status.ABORTED, reason: 'VERSION_MISMATCH' });
    expect(await unaryCall(client, 'DeleteRule', { id: rule.id })).toMatchObject({ id: rule.id, name: 'renamed' });
    expect((await unaryCall(client, 'ListRules', {})).rules).toEqual([]);
    expect(await failure(unaryCall(client, 'DeleteRule', { id: rule.id }))).toMatchObject({ code: grpc.status.NOT_FOUND });
  });

  it('needs settings:manage; reading rules and runs needs talents:read', async () => {
    const tenant = uniqueName('agency');
    const recruiter = await kit.client(tenant, ['talents:read', 'talents:write']);
    expect(await failure(createRule(recruiter, { trigger: 'RULE_TRIGGER_TALENT_CREATED', actions: [action('ADD_TAG', 'x')] }))).toMatchObject({ code: grpc.status.PERMISSION_DENIED });
    expect((await unaryCall(recruiter, 'ListRules', {})).rules).toEqual([]);
    const nobody = await kit.client(tenant, []);
    expect(await failure(unaryCall(nobody, 'ListRuleRuns', { talentId: 'x' }))).toMatchObject({ code: grpc.status.PERMISSION_DENIED });
  });
});

describe('running rules', () => {
  it('runs a rule once per trigger: fired again, or taken by several replicas at once, it runs once and notifies once', async () => {
    const tenant = uniqueName('agency');
    const client = await kit.client(tenant);
    const mailbox = await kit.recruiterMailbox(tenant, 'recruiter-1');
    const rule = await createRule(client, { name: 'Einwilligung erteilt', trigger: 'RULE_TRIGGER_CONSENT_GRANTED', actions: [action('NOTIFY_RECRUITER')] });
    const talent = await createTalent(client);
    const { rules } = kit.built().automation;
    const trigger: TalentTrigger = { id: uniqueName('consent-event'), kind: 'consent-granted', talentId: talent.id, at: kit.clock.now() };

    await Promise.all([rules.fire(tenant, trigger), rules.fire(tenant, trigger)]);
    await Promise.all([kit.replica().runner.round(), kit.replica().runner.round(), kit.built().automation.ruleRounds.nudge()]);
    const [run] = await endedRuns(client, talent.id, 1);
    expect(run).toMatchObject({ ruleId: rule.id, talentId: talent.id, trigger: 'RULE_TRIGGER_CONSENT_GRANTED', triggerEventId: trigger.id, outcome: 'RULE_RUN_OUTCOME_APPLIED', reason: '' });
    expect(run.effects).toEqual([expect.stringMatching(/^message:[0-9a-f-]{36}$/)]);

    // Fired again later (a redelivered event): nothing runs twice.
    await rules.fire(tenant, trigger);
    await Promise.all([kit.replica().runner.round(), kit.built().automation.ruleRounds.nudge()]);
    // Two runners that are not even each other's writers: the run's unique insert lets one act.
    const second: TalentTrigger = { ...trigger, id: uniqueName('consent-event') };
    await Promise.all([kit.replica().runner.run(tenant, second), kit.replica().runner.run(tenant, second)]);
    const runs = await endedRuns(client, talent.id, 2);
    expect(runs.map((each) => each.triggerEventId)).toEqual([trigger.id, second.id]);

    const mail = await kit.mailpit.waitForMail(mailbox, () => true, 20_000);
    expect(mail.Text).toContain('Jana Novak');
    expect(mail.Text).toContain(talent.id);
    expect(mail.Text).toContain('„Einwilligung erteilt“');
    await waitFor(async () => (await kit.mailpit.messagesTo(mailbox)).length === 2 || undefined, 20_000, 'the second notice');
    await pause(1_000);
    expect(await kit.mailpit.messagesTo(mailbox)).toHaveLength(2);
  });

  it('settles the triggers that start no rule together, records no run for them, and runs the one that does', async () => {
    const tenant = uniqueName('agency');
    const client = await kit.client(tenant);
    await createRule(client, { name: 'Java', trigger: 'RULE_TRIGGER_TAG_ADDED', triggerValue: 'java', actions: [action('ADD_TAG', 'backend')] });
    const talents = [await createTalent(client), await createTalent(client), await createTalent(client)];
    const { rules } = kit.built().automation;
    const fired = (talentId: string, value: string): TalentTrigger => ({ id: uniqueName('tag-event'), kind: 'tag-added', value, talentId, at: kit.clock.now() });
    await rules.fire(tenant, fired(talents[0].id, 'python'));
    await rules.fire(tenant, fired(talents[1].id, 'java'));

    const pendingOf = async () => {
      const docs = await kit.built().talentStore.model.find({ tenantId: tenant, _id: { $in: talents.map((talent) => talent.id) } }, { triggers: 1 }).lean().exec();
      return docs.flatMap((doc) => doc.triggers ?? []);
    };
    // Another replica's round and the service's own take the same triggers: each is settled once either way.
    await Promise.all([kit.replica().runner.round(), kit.built().automation.ruleRounds.nudge()]);
    await waitFor(async () => ((await pendingOf()).length === 0 ? true : undefined));
    const [run] = await endedRuns(client, talents[1].id, 1);
    expect(run).toMatchObject({ outcome: 'RULE_RUN_OUTCOME_APPLIED', effects: ['tag:backend'] });
    expect(await runsOf(client, talents[0].id)).toEqual([]);
    expect(await runsOf(client, talents[2].id)).toEqual([]);
  });

  it("never runs a rule on its own effect, and stops a chain of rules that trigger one another after five links", async () => {
    const client = await kit.client(uniqueName('agency'));
    const seen = await createRule(client, { name: 'seen', trigger: 'RULE_TRIGGER_TAG_ADDED', actions: [action('ADD_TAG', 'seen')] });
    const talent = await createTalent(client, { tags: ['x'] });
    const runs = await endedRuns(client, talent.id, 2);
    expect(runs.map((run) => [run.ruleId, run.outcome, run.effects, run.reason])).toEqual([
      [seen.id, 'RULE_RUN_OUTCOME_APPLIED', ['tag:seen'], ''],
      [seen.id, 'RULE_RUN_OUTCOME_SKIPPED', [], 'RULE_OWN_EFFECT'],
    ]);
    await pause(1_000);
    expect(await runsOf(client, talent.id)).toHaveLength(2);
    expect((await unaryCall(client, 'GetTalent', { id: talent.id })).tags).toEqual(['x', 'seen']);

    // step-0 adds step-1, step-1 adds step-2, …: no cycle, but a chain; the seventh link is not run.
    const chained = await kit.client(uniqueName('agency'));
    for (let step = 0; step < 7; step++) {
      await createRule(chained, { name: `step ${step}`, trigger: 'RULE_TRIGGER_TAG_ADDED', triggerValue: `step-${step}`, actions: [action('ADD_TAG', `step-${step + 1}`)] });
    }
    const chainedTalent = await createTalent(chained, { tags: ['step-0'] });
    const chain = await endedRuns(chained, chainedTalent.id, 7);
    expect(chain.map((run) => run.outcome)).toEqual([...Array(6).fill('RULE_RUN_OUTCOME_APPLIED'), 'RULE_RUN_OUTCOME_SKIPPED']);
    expect(chain[6].reason).toBe('RULE_CHAIN_TOO_DEEP');
    expect((await unaryCall(chained, 'GetTalent', { id: chainedTalent.id })).tags).toEqual(['step-0', 'step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6']);
  });

  it('applies a rule to the talents its filter selects: every tag, one of the sources, pools and statuses, the exact source info', async () => {
    const client = await kit.client(uniqueName('agency'));
    const pool = await createPool(client);
    const rule = await createRule(client, {
      trigger: 'RULE_TRIGGER_TALENT_CREATED',
      filter: { tags: ['java', 'silver-medalist'], sources: ['TALENT_SOURCE_RECRUITER', 'TALENT_SOURCE_ATS_SYNC'], poolIds: [pool], statuses: ['TALENT_STATUS_NEW', 'TALENT_STATUS_INTERESTED'], sourceInfo: 'recruiter-1' },
      actions: [action('ADD_TAG', 'matched')],
    });
    const selected = await createTalent(client, { tags: ['silver-medalist', 'java'], poolIds: [pool] });
    const withoutTag = await createTalent(client, { tags: ['silver-medalist'], poolIds: [pool] });
    const withoutPool = await createTalent(client, { tags: ['silver-medalist', 'java'] });
    const otherStatus = await createTalent(client, { tags: ['silver-medalist', 'java'], poolIds: [pool], status: 'TALENT_STATUS_PLACED' });
    const outcomeOf = async (talentId: string) => (await endedRuns(client, talentId, 1)).map((run) => [run.ruleId, run.outcome, run.effects]);
    expect(await outcomeOf(selected.id)).toEqual([[rule.id, 'RULE_RUN_OUTCOME_APPLIED', ['tag:matched']]]);
    for (const other of [withoutTag, withoutPool, otherStatus]) expect(await outcomeOf(other.id)).toEqual([[rule.id, 'RULE_RUN_OUTCOME_FILTERED_OUT', []]]);
    expect((await unaryCall(client, 'GetTalent', { id: selected.id })).tags).toContain('matched');
    expect((await unaryCall(client, 'GetTalent', { id: withoutTag.id })).tags).not.toContain('matched');
  });

  it('sends a campaign only with the talent\'s consent at that moment: skipped without, sent through messaging once storage consent is granted', async () => {
    const tenant = uniqueName('agency');
    const client = await kit.client(tenant);
    const consent = await kit.consent(tenant);
    const welcome = [action('SEND_CAMPAIGN', 'talent-pool-welcome')];
    const onCreate = await createRule(client, { name: 'welcome on create', trigger: 'RULE_TRIGGER_TALENT_CREATED', actions: welcome });
    const onConsent = await createRule(client, { name: 'welcome on consent', trigger: 'RULE_TRIGGER_CONSENT_GRANTED', actions: welcome });
    const talent = await createTalent(client);
    const email = talent.profile!.email;
    const [skipped] = await endedRuns(client, talent.id, 1);
    expect(skipped).toMatchObject({ ruleId: onCreate.id, outcome: 'RULE_RUN_OUTCOME_SKIPPED', reason: 'NO_CONSENT', effects: [] });

    // The talent is asked (messaging finds their address at talent-crm) and the recruiter records the answer given by phone.
    await unaryCall(consent, 'RequestConsent', { subjectId: talent.id, kind: 'CONSENT_KIND_STORAGE', periodMonths: 24, language: 'de' });
    await kit.mailpit.waitForMail(email, (mail) => mail.Text.includes('/consent?token='), 20_000);
    await unaryCall(consent, 'GrantManually', { subjectId: talent.id, kind: 'CONSENT_KIND_STORAGE' });

    const runs = await endedRuns(client, talent.id, 2);
    expect(runs[1]).toMatchObject({ ruleId: onConsent.id, trigger: 'RULE_TRIGGER_CONSENT_GRANTED', outcome: 'RULE_RUN_OUTCOME_APPLIED' });
    expect(runs[1].effects).toEqual([expect.stringMatching(/^message:/)]);
    const mail = await kit.mailpit.waitForMail(email, (message) => message.Subject === 'Willkommen in unserem Talentpool', 20_000);
    expect(mail.Text).toContain('/unsubscribe?token=');
  });

  it('does nothing automated while the talent asked to be forgotten', async () => {
    const tenant = uniqueName('agency');
    const client = await kit.client(tenant);
    const mailbox = await kit.recruiterMailbox(tenant, 'recruiter-1');
    await createRule(client, { trigger: 'RULE_TRIGGER_TAG_ADDED', triggerValue: 'call-back', actions: [action('NOTIFY_RECRUITER'), action('ADD_TAG', 'automated')] });
    const talent = await createTalent(client);
    const { bus } = kit.crm.runtime;
    await bus.ensureTopics([TOPICS.retentionEvents]);
    await bus.publish(TOPICS.retentionEvents, [
      {
        type: 'lethe.retention.v1.ErasureRequestOpened',
        tenantId: tenant,
        subjectId: talent.id,
        payload: { requestId: uniqueName('request'), subjectId: talent.id, openedAt: toTimestamp(kit.clock.now()), deadlineAt: toTimestamp(new Date(kit.clock.now().getTime() + 30 * 86_400_000)) },
      },
    ]);
    await waitFor(async () => (await kit.built().subjects.restrictionOf(tenant, talent.id)) === 'erasure-requested' || undefined, 20_000, 'the erasure request');

    await unaryCall(client, 'UpdateTalent', { id: talent.id, tags: ['silver-medalist', 'call-back'] });
    const [run] = await endedRuns(client, talent.id, 1);
    expect(run).toMatchObject({ outcome: 'RULE_RUN_OUTCOME_SKIPPED', reason: 'ERASURE_REQUESTED', effects: [] });
    expect((await unaryCall(client, 'GetTalent', { id: talent.id })).tags).toEqual(['silver-medalist', 'call-back']);
    await pause(1_000);
    expect(await kit.mailpit.messagesTo(mailbox)).toHaveLength(0);
  });

  it('records what it did in ids and codes only, and the runs go with the person', async () => {
    const tenant = uniqueName('agency');
    const client = await kit.client(tenant);
    const rule = await createRule(client, { trigger: 'RULE_TRIGGER_TALENT_CREATED', actions: [action('ADD_TAG', 'welcomed')] });
    const talent = await createTalent(client, { profile: { firstName: 'Wiebke', lastName: 'Quast' } });
    await endedRuns(client, talent.id, 1);
    const stored = await kit.built().automation.runStore.model.find({ tenantId: tenant }).lean().exec();
    expect(JSON.stringify(stored)).not.toMatch(/Wiebke|Quast|@example\.org/);
    expect((await unaryCall(client, 'ListRuleRuns', { ruleId: rule.id })).runs).toHaveLength(1);

    const erasure = await kit.erasure();
    const ack = await erasure.erase(tenant, talent.id);
    expect(ack).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
    expect(ack.counts).toMatchObject({ ruleRuns: 1 });
    expect(await runsOf(client, talent.id)).toEqual([]);
    expect((await unaryCall(client, 'ListRuleRuns', { ruleId: rule.id })).runs).toEqual([]);
  });
});

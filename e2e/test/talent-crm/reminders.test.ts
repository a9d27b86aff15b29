// Reminders against the real stack: made for oneself or another recruiter, their text sealed under
// the talent's key, delivered once when due (through messaging, into the assignee's mailbox) with
// the rules' reminder-due trigger, and gone with the person.
import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { TOPICS, toTimestamp, type Reminder__Output } from '@lethe/protos';
import { startAutomationStack, type AutomationStack } from './automation-kit';
import { createTalent, failure, waitFor, type TalentCrmClient } from '@lethe/talent-crm/test/kit';

let kit: AutomationStack;
beforeAll(async () => {
  kit = await startAutomationStack();
}, 120_000);
afterAll(async () => {
  await kit?.close();
});

const DAY_MS = 86_400_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function remind(client: TalentCrmClient, request: Record<string, unknown>): Promise<Reminder__Output> {
  return unaryCall(client, 'CreateReminder', { text: 'Wegen der Java-Stelle im Frühjahr anrufen', ...request });
}

describe('reminders', () => {
  it('are made for oneself ("in 6 months") or another recruiter (a date), listed per talent and per assignee, and closed', async () => {
    const client = await kit.client(uniqueName('agency'));
    const talent = await createTalent(client);
    const now = kit.clock.now();
    const own = await remind(client, { talentId: talent.id, inMonths: 6 });
    expect(own).toMatchObject({ talentId: talent.id, assigneeId: 'recruiter-1', createdBy: 'recruiter-1', state: 'REMINDER_STATE_OPEN', text: 'Wegen der Java-Stelle im Frühjahr anrufen', deliveredAt: null });
    const sixMonths = new Date(now);
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
    expect(Math.abs(Number(own.dueAt!.seconds) * 1000 - sixMonths.getTime())).toBeLessThan(3 * DAY_MS);
    const dueAt = new Date(now.getTime() + 30 * DAY_MS);
    const forColleague = await remind(client, { talentId: talent.id, assigneeId: 'recruiter-2', dueAt: toTimestamp(dueAt), text: 'Bitte übernehmen' });
    expect(forColleague).toMatchObject({ assigneeId: 'recruiter-2', createdBy: 'recruiter-1', dueAt: toTimestamp(dueAt) });

    const ofTalent = await unaryCall(client, 'ListReminders', { talentId: talent.id });
    expect(ofTalent.reminders.map((reminder) => reminder.id)).toEqual([own.id, forColleague.id]);
    // Without a talent or an assignee: the caller's own.
    expect((await unaryCall(client, 'ListReminders', {})).reminders.map((reminder) => reminder.id)).toEqual([own.id]);
    expect((await unaryCall(client, 'ListReminders', { assigneeId: 'recruiter-2' })).reminders.map((reminder) => reminder.id)).toEqual([forColleague.id]);

    expect(await unaryCall(client, 'CompleteReminder', { id: own.id })).toMatchObject({ state: 'REMINDER_STATE_DONE' });
    expect(await unaryCall(client, 'CancelReminder', { id: forColleague.id })).toMatchObject({ state: 'REMINDER_STATE_CANCELLED' });
    expect(await failure(unaryCall(client, 'CompleteReminder', { id: forColleague.id }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'REMINDER_CLOSED' });
    expect((await unaryCall(client, 'ListReminders', { talentId: talent.id, openOnly: true })).reminders).toEqual([]);
    expect((await unaryCall(client, 'ListReminders', { talentId: talent.id })).reminders).toHaveLength(2);
  });

  it('refuse a due date in the past or beyond five years, both or neither of due_at and in_months, and text beyond 500 characters', async () => {
    const client = await kit.client(uniqueName('agency'));
    const talent = await createTalent(client);
    const now = kit.clock.now();
    const fieldOf = async (request: Record<string, unknown>) => {
      const details = await failure(remind(client, { talentId: talent.id, ...request }));
      expect(details.code).toBe(grpc.status.INVALID_ARGUMENT);
      return details.violations.map((violation) => violation.field);
    };
    expect(await fieldOf({ dueAt: toTimestamp(new Date(now.getTime() - 60_000)) })).toEqual(['dueAt']);
    expect(await fieldOf({ dueAt: toTimestamp(new Date(now.getTime() + 6 * 366 * DAY_MS)) })).toEqual(['dueAt']);
    expect(await fieldOf({ dueAt: toTimestamp(new Date(now.getTime() + DAY_MS)), inMonths: 6 })).toEqual(['dueAt']);
    expect(await fieldOf({})).toEqual(['dueAt']);
    expect(await fieldOf({ inMonths: 37 })).toEqual(['inMonths']);
    expect(await fieldOf({ inMonths: 6, text: 'x'.repeat(501) })).toEqual(['text']);
    expect(await failure(remind(client, { talentId: '0192f3a4-0000-7000-8000-000000000001', inMonths: 6 }))).toMatchObject({ code: grpc.status.NOT_FOUND });
    // Another tenant's talent is not found either.
    const other = await kit.client(uniqueName('agency'));
    expect(await failure(remind(other, { talentId: talent.id, inMonths: 6 }))).toMatchObject({ code: grpc.status.NOT_FOUND });
    expect((await unaryCall(client, 'ListReminders', { talentId: talent.id })).reminders).toEqual([]);
  });

  it('are refused for a talent marked for deletion', async () => {
    const tenant = uniqueName('agency');
    const client = await kit.client(tenant);
    const talent = await createTalent(client);
    const { bus } = kit.crm.runtime;
    await bus.ensureTopics([TOPICS.retentionEvents]);
    await bus.publish(TOPICS.retentionEvents, [
      { type: 'lethe.retention.v1.SubjectMarkedForDeletion', tenantId: tenant, subjectId: talent.id, payload: { subjectId: talent.id, mode: 'ERASURE_MODE_DELETE', markedAt: toTimestamp(kit.clock.now()), markedBy: 'recruiter-1' } },
    ]);
    await waitFor(async () => (await kit.built().subjects.restrictionOf(tenant, talent.id)) === 'marked-for-deletion' || undefined, 20_000, 'the mark');
    expect(await failure(remind(client, { talentId: talent.id, inMonths: 6 }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
  });

  it('keep their text sealed under the talent\'s key at rest', async () => {
    const tenant = uniqueName('agency');
    const client = await kit.client(tenant);
    const talent = await createTalent(client);
    await remind(client, { talentId: talent.id, inMonths: 3, text: 'Hat Interesse an Teamleitung in Leipzig' });
    const [stored] = await kit.built().automation.reminderStore.model.find({ tenantId: tenant }).lean().exec();
    expect(stored.text).toMatch(/^v1:/);
    expect(JSON.stringify(stored)).not.toContain('Leipzig');
  });

  it('is delivered once when due, to the assignee\'s mailbox naming the talent, and fires the reminder-due trigger', async () => {
    const tenant = uniqueName('agency');
    const client = await kit.client(tenant);
    const mailbox = await kit.recruiterMailbox(tenant, 'recruiter-2');
    const rule = await unaryCall(client, 'CreateRule', {
      rule: { name: 'Erinnerung fällig', enabled: true, trigger: 'RULE_TRIGGER_REMINDER_DUE', actions: [{ kind: 'RULE_ACTION_KIND_ADD_TAG', value: 'follow-up-due' }] },
    });
    const talent = await createTalent(client, { profile: { firstName: 'Erika', lastName: 'Mustermann' } });
    const reminder = await remind(client, { talentId: talent.id, assigneeId: 'recruiter-2', inMonths: 6, text: 'Nach der Elternzeit melden' });

    // Not due yet: nothing goes out.
    await Promise.all([kit.replica().delivery.round(), kit.built().automation.reminderRounds.nudge()]);
    expect((await unaryCall(client, 'ListReminders', { talentId: talent.id })).reminders[0].state).toBe('REMINDER_STATE_OPEN');

    kit.clock.advance({ days: 190 });
    // Several replicas at once: one of them delivers it.
    await Promise.all([kit.replica().delivery.round(), kit.replica().delivery.round(), kit.built().automation.reminderRounds.nudge()]);
    const delivered = await waitFor(async () => {
      const [current] = (await unaryCall(client, 'ListReminders', { talentId: talent.id })).reminders;
      return current.state === 'REMINDER_STATE_DELIVERED' ? current : undefined;
    });
    expect(delivered).toMatchObject({ id: reminder.id, deliveredAt: toTimestamp(kit.clock.now()) });

    const mail = await kit.mailpit.waitForMail(mailbox, () => true, 20_000);
    expect(mail.Subject).toBe('Erinnerung: Erika Mustermann');
    expect(mail.Text).toContain('Nach der Elternzeit melden');
    expect(mail.Text).toContain(talent.id);

    const runs = await waitFor(async () => {
      const { runs: all } = await unaryCall(client, 'ListRuleRuns', { ruleId: rule.id });
      return all.length > 0 && all.every((run) => run.outcome !== 'RULE_RUN_OUTCOME_UNSPECIFIED') ? all : undefined;
    });
    expect(runs).toEqual([expect.objectContaining({ talentId: talent.id, trigger: 'RULE_TRIGGER_REMINDER_DUE', triggerEventId: `reminder-due:${reminder.id}`, outcome: 'RULE_RUN_OUTCOME_APPLIED', effects: ['tag:follow-up-due'] })]);

    // Further rounds find nothing to do; a delivered reminder is completed, not cancelled.
    await Promise.all([kit.replica().delivery.round(), kit.built().automation.reminderRounds.nudge()]);
    await pause(1_000);
    expect(await kit.mailpit.messagesTo(mailbox)).toHaveLength(1);
    expect(await failure(unaryCall(client, 'CancelReminder', { id: reminder.id }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'REMINDER_DELIVERED' });
    expect(await unaryCall(client, 'CompleteReminder', { id: reminder.id })).toMatchObject({ state: 'REMINDER_STATE_DONE' });
  });

  it('go with the person: deleted when the talent is deleted, and when it is anonymised', async () => {
    const tenant = uniqueName('agency');
    const client = await kit.client(tenant);
    const erasure = await kit.erasure();
    for (const mode of ['ERASURE_MODE_DELETE', 'ERASURE_MODE_ANONYMISE'] as const) {
      const talent = await createTalent(client);
      await remind(client, { talentId: talent.id, inMonths: 6 });
      await remind(client, { talentId: talent.id, assigneeId: 'recruiter-2', inMonths: 12 });
      const ack = await erasure.erase(tenant, talent.id, { mode, ...(mode === 'ERASURE_MODE_ANONYMISE' ? { notes: 'ANONYMISED_NOTES_EMPTY' } : {}) });
      expect(ack).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
      expect(ack.counts).toMatchObject({ reminders: 2 });
      expect(await kit.built().automation.reminderStore.model.countDocuments({ tenantId: tenant, talentId: talent.id }).exec()).toBe(0);
      expect((await unaryCall(client, 'ListReminders', { talentId: talent.id })).reminders).toEqual([]);
      expect(await failure(remind(client, { talentId: talent.id, inMonths: 6 }))).toMatchObject({ code: mode === 'ERASURE_MODE_DELETE' ? grpc.status.NOT_FOUND : grpc.status.FAILED_PRECONDITION });
    }
  });
});

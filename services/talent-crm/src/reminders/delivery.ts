import type { SubjectFence } from '@lethe/platform/erasure';
import { formatDate } from '@lethe/platform/service';
import type { Logger } from '@lethe/platform/telemetry';
import type { Peers } from '../peers/peers';
import type { Rules } from '../rules/rules';
import type { Talents } from '../talents/talents';
import type { Reminders } from './reminders';
import type { ReminderStore } from './store';

/** Messaging's template of a due reminder: to the recruiter, naming the talent (and erased with them). */
export const REMINDER_TEMPLATE = 'talent-reminder';

/** The language reminders reach recruiters in. */
const RECRUITER_LANGUAGE = 'de';

export interface ReminderDeliveryDeps {
  store: ReminderStore;
  reminders: Pick<Reminders, 'get'>;
  talents: Pick<Talents, 'get'>;
  peers: Pick<Peers, 'sendMessage'>;
  rules: Pick<Rules, 'fire'>;
  fence: SubjectFence;
  logger: Logger;
  now: () => Date;
  /** How long a delivery holds a reminder it took; one that stopped half-way is taken again after it. */
  claimMs?: number;
  /** Reminders taken per round. */
  batchSize?: number;
}

/**
 * Delivers the due reminders: each to its assignee through messaging, and the talent's
 * `reminder-due` trigger to the rules. Across replicas each reminder is delivered once: it is taken
 * as the talent's only writer by one conditional write (open and available → held for a while),
 * and what a delivery that stopped half-way did is not done twice when the next one completes it
 * (the message and the trigger have the reminder's id as their key).
 */
export class ReminderDelivery {
  constructor(private readonly deps: ReminderDeliveryDeps) {}

  /** One pass over the due reminders; returns how many were delivered. */
  async round(): Promise<number> {
    const due = await this.deps.store.due(this.deps.now(), this.deps.batchSize ?? 100);
    let delivered = 0;
    for (const { _id: id, tenantId, talentId } of due) {
      try {
        if (await this.deps.fence.writeUnlessErased({ tenantId, subjectId: talentId }, () => this.deliver(tenantId, id))) delivered += 1;
      } catch (err) {
        this.deps.logger.warn({ err, tenantId, reminderId: id }, 'a reminder could not be delivered; it is taken again later');
      }
    }
    return delivered;
  }

  private async deliver(tenantId: string, id: string): Promise<boolean> {
    const { store, reminders, talents, peers, rules } = this.deps;
    const now = this.deps.now();
    if (!(await store.claim(tenantId, id, now, new Date(now.getTime() + (this.deps.claimMs ?? 120_000))))) return false;
    const reminder = await reminders.get(tenantId, id);
    const talent = await talents.get(tenantId, reminder.talentId);
    const message = await peers.sendMessage(tenantId, {
      idempotencyKey: `${REMINDER_TEMPLATE}:${id}`,
      recipient: { userId: reminder.assigneeId },
      templateKey: REMINDER_TEMPLATE,
      language: RECRUITER_LANGUAGE,
      aboutCandidateId: talent.id,
      values: {
        talentName: `${talent.profile.firstName} ${talent.profile.lastName}`.trim(),
        talentId: talent.id,
        text: reminder.text,
        dueAt: formatDate(reminder.dueAt, RECRUITER_LANGUAGE),
      },
    });
    await rules.fire(tenantId, { id: `reminder-due:${id}`, kind: 'reminder-due', talentId: talent.id, at: reminder.dueAt });
    await store.delivered(tenantId, id, this.deps.now(), message.id);
    return true;
  }
}

import type { SubjectCipher } from '@lethe/platform/crypto';
import type { SubjectFence } from '@lethe/platform/erasure';
import { ConflictError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import type { Page, Stored } from '@lethe/platform/mongo';
import type { SubjectStates } from '../subjects/store';
import type { Talents } from '../talents/talents';
import { closedState, dueAtOf, type DueRequest, type Reminder, type ReminderClosing } from './reminder';
import type { ReminderDoc, ReminderOwner, ReminderStore } from './store';

/** The field the text is sealed under: a ciphertext cannot be moved to another field. */
const TEXT_FIELD = 'reminderText';

export interface NewReminder {
  talentId: string;
  /** The caller when absent. */
  assigneeId?: string;
  due: DueRequest;
  text: string;
}

export interface RemindersDeps {
  store: ReminderStore;
  talents: Pick<Talents, 'writeExisting'>;
  subjects: Pick<SubjectStates, 'refuseIfRestricted'>;
  cipher: SubjectCipher;
  fence: SubjectFence;
  now: () => Date;
}

/**
 * Reminders about a talent for oneself or another recruiter ("contact again in 6 months"). Each is
 * a write about the talent: it runs as the talent's only writer (not for a reduced talent, nor one
 * marked for deletion), and its text (which is about the person) is encrypted under the talent's
 * key, so it goes with the person.
 */
export class Reminders {
  constructor(private readonly deps: RemindersDeps) {}

  create(tenantId: string, actorId: string, input: NewReminder): Promise<Reminder> {
    const { store, talents, subjects, cipher } = this.deps;
    return talents.writeExisting(tenantId, input.talentId, async () => {
      await subjects.refuseIfRestricted(tenantId, input.talentId, ['marked-for-deletion']);
      const now = this.deps.now();
      const dueAt = dueAtOf(input.due, now);
      const doc: ReminderDoc = {
        _id: newId(),
        tenantId,
        talentId: input.talentId,
        assigneeId: input.assigneeId ?? actorId,
        dueAt,
        text: await cipher.encrypt(tenantId, input.talentId, TEXT_FIELD, input.text),
        state: 'open',
        availableAt: dueAt,
        createdAt: now,
        createdBy: actorId,
      };
      return this.open(await store.insert(doc));
    });
  }

  async get(tenantId: string, id: string): Promise<Reminder> {
    return this.open(await this.deps.store.get(tenantId, id));
  }

  async list(tenantId: string, owner: ReminderOwner, openOnly: boolean, pageSize: number, pageToken: string): Promise<Page<Reminder>> {
    const page = await this.deps.store.list(tenantId, owner, openOnly, pageSize, pageToken);
    return { items: await Promise.all(page.items.map((doc) => this.open(doc))), nextPageToken: page.nextPageToken };
  }

  complete(tenantId: string, actorId: string, id: string): Promise<Reminder> {
    return this.close(tenantId, actorId, id, 'done');
  }

  cancel(tenantId: string, actorId: string, id: string): Promise<Reminder> {
    return this.close(tenantId, actorId, id, 'cancelled');
  }

  private async close(tenantId: string, actorId: string, id: string, closing: ReminderClosing): Promise<Reminder> {
    const { store, fence } = this.deps;
    const { talentId } = await store.get(tenantId, id);
    return fence.write(
      { tenantId, subjectId: talentId },
      async () => {
        const current = await store.get(tenantId, id);
        const next = closedState(current.state, closing, id);
        if (next !== current.state && !(await store.close(tenantId, id, current.state, next, this.deps.now(), actorId))) {
          throw new ConflictError(`reminder ${id} changed meanwhile; read it again`);
        }
        return this.get(tenantId, id);
      },
      'talent',
    );
  }

  /** The reminder with its text readable. */
  async open(doc: Stored<ReminderDoc>): Promise<Reminder> {
    const { _id, text, availableAt: _availableAt, closedAt: _closedAt, closedBy: _closedBy, ...rest } = doc;
    return { ...rest, id: _id, text: await this.deps.cipher.decrypt(doc.tenantId, doc.talentId, TEXT_FIELD, text) };
  }
}

import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, LIMITS, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type Reminder as ReminderMessage, type TalentCrmServiceDefinition } from '@lethe/protos';
import { REMINDER_LIMITS, REMINDER_STATE, type DueRequest, type Reminder } from '../reminders/reminder';
import type { Reminders } from '../reminders/reminders';
import type { ReminderOwner } from '../reminders/store';

const createSchema = z
  .object({
    talentId: fields.id(),
    assigneeId: fields.optionalId(),
    dueAt: fields.timestamp(),
    inMonths: z.number().int('must be whole months'),
    text: z.string().max(REMINDER_LIMITS.text, `must be at most ${REMINDER_LIMITS.text} characters`).transform((text) => text.trim()),
  })
  .transform((request, ctx) => {
    if (Boolean(request.dueAt) === Boolean(request.inMonths)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['dueAt'], message: 'name either due_at or in_months' });
      return z.NEVER;
    }
    const due: DueRequest = request.dueAt ? { dueAt: request.dueAt } : { inMonths: request.inMonths };
    return { talentId: request.talentId, ...(request.assigneeId ? { assigneeId: request.assigneeId } : {}), due, text: request.text };
  });

const listSchema = z
  // Each id capped where it stands: an over-long one is refused by its own name before the one named is read.
  .object({ of: z.enum(['talentId', 'assigneeId']).optional(), talentId: fields.text(LIMITS.id).optional(), assigneeId: fields.text(LIMITS.id).optional(), openOnly: z.boolean(), page: fields.page() })
  .transform((value, ctx) => {
    if (!value.of) return { owner: undefined, openOnly: value.openOnly, page: value.page };
    const parsed = fields.id().safeParse(value[value.of] ?? '');
    if (!parsed.success) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [value.of], message: 'must be an id' });
      return z.NEVER;
    }
    const owner: ReminderOwner = value.of === 'talentId' ? { talentId: parsed.data } : { assigneeId: parsed.data };
    return { owner, openOnly: value.openOnly, page: value.page };
  });

const idSchema = z.object({ id: fields.id() });

export interface RemindersApiDeps {
  reminders: Reminders;
}

/** Reminders about talents: for oneself or another recruiter; a list without talent or assignee is the caller's own. */
export function reminderHandlers({ reminders }: RemindersApiDeps): HandlerTable<TalentCrmServiceDefinition, 'CreateReminder' | 'ListReminders' | 'CompleteReminder' | 'CancelReminder'> {
  return {
    CreateReminder: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      return toReminderMessage(await reminders.create(ctx.tenantId, ctx.actorId, parseInput(createSchema, request)));
    }),
    ListReminders: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      const { owner, openOnly, page } = parseInput(listSchema, request);
      const result = await reminders.list(ctx.tenantId, owner ?? { assigneeId: ctx.actorId }, openOnly, page.pageSize, page.pageToken);
      return { reminders: result.items.map(toReminderMessage), page: { nextPageToken: result.nextPageToken } };
    }),
    CompleteReminder: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      return toReminderMessage(await reminders.complete(ctx.tenantId, ctx.actorId, parseInput(idSchema, request).id));
    }),
    CancelReminder: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      return toReminderMessage(await reminders.cancel(ctx.tenantId, ctx.actorId, parseInput(idSchema, request).id));
    }),
  };
}

export function toReminderMessage(reminder: Reminder): ReminderMessage {
  return {
    id: reminder.id,
    talentId: reminder.talentId,
    assigneeId: reminder.assigneeId,
    dueAt: toTimestamp(reminder.dueAt),
    text: reminder.text,
    state: REMINDER_STATE.toProto(reminder.state),
    createdAt: toTimestamp(reminder.createdAt),
    createdBy: reminder.createdBy,
    deliveredAt: reminder.deliveredAt ? toTimestamp(reminder.deliveredAt) : null,
  };
}

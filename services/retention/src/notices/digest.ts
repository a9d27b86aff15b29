import { createHash } from 'node:crypto';
import type { ErasureModeName } from '@lethe/platform/erasure';
import { protoEnum, type ScheduledAction } from '@lethe/protos';

/** The action a notice announces, named as the erasure vocabulary names modes. */
export const SCHEDULED_ACTION = protoEnum({
  delete: 'SCHEDULED_ACTION_DELETE',
  anonymise: 'SCHEDULED_ACTION_ANONYMISE',
  reduce: 'SCHEDULED_ACTION_REDUCE',
} as const satisfies Record<ErasureModeName, ScheduledAction>);

/** A digest names at most this many subjects (the earliest due first); the rest follow the next days. */
export const MAX_DIGEST_SUBJECTS = 1000;

export interface DigestEntry {
  subjectId: string;
  action: ErasureModeName;
  dueAt: Date;
}

/** A subject in an owner's digest because of its mark: the mark's mode at its earliest deletion time. */
export interface DueMark {
  subjectId: string;
  mode: ErasureModeName;
  earliestDeletionAt: Date;
}

/** A subject in an owner's digest because of its clock: its next step. */
export interface DueClock {
  subjectId: string;
  reduceAt?: Date;
  deleteAt?: Date;
}

/** A clock's next step: the reduction when it comes first, else the deletion; none when neither is scheduled. */
export function nextStepOf(clock: DueClock): Omit<DigestEntry, 'subjectId'> | undefined {
  if (clock.reduceAt && (!clock.deleteAt || clock.reduceAt < clock.deleteAt)) return { action: 'reduce', dueAt: clock.reduceAt };
  return clock.deleteAt ? { action: 'delete', dueAt: clock.deleteAt } : undefined;
}

/** An owner's digest: the marks first, then the clocks' next steps, at most MAX_DIGEST_SUBJECTS. */
export function digestEntries(marks: readonly DueMark[], clocks: readonly DueClock[]): DigestEntry[] {
  return [
    ...marks.map((mark) => ({ subjectId: mark.subjectId, action: mark.mode, dueAt: mark.earliestDeletionAt })),
    ...clocks.flatMap((clock) => {
      const step = nextStepOf(clock);
      return step ? [{ subjectId: clock.subjectId, ...step }] : [];
    }),
  ].slice(0, MAX_DIGEST_SUBJECTS);
}

/** The key a notice is sent once under: the same notice computed twice has the same key. */
export function onceKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
}

/** The UTC date of a day's digest, YYYY-MM-DD. */
export const utcDate = (date: Date) => date.toISOString().slice(0, 10);

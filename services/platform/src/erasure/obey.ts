import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { fromTimestamp, toTimestamp, TOPICS, type AnonymisedNotes, type ErasureAck, type ErasureCommand__Output, type TopicContract } from '@lethe/protos';
import { LetheError, ValidationError } from '../errors';
import type { EventBus } from '../kafka/bus';
import type { EventEnvelope } from '../kafka/events';
import type { Subscription } from '../kafka/subscription';
import type { Logger } from '../logger';
import { fields, parseInput } from '../validation';
import type { ErasureModeName, Tombstones } from './tombstones';

/** An erasure command that passed validation. */
export interface ValidErasureCommand {
  commandId: string;
  tenantId: string;
  subjectId: string;
  mode: ErasureModeName;
  /** Skeleton fields that stay; only with mode `reduce`. */
  keepFields: string[];
  /** What becomes of notes about the person; only with mode `anonymise`, unset: the service's default. */
  notes?: AnonymisedNotesName;
  reason: string;
  issuedAt?: Date;
  attempt: number;
}

/** What a service's erasure handler reports; a throw means failed. */
export interface ErasureResult {
  outcome: 'done' | 'nothing-held';
  /** What was erased, by kind, e.g. `{ documents: 3, files: 2 }`. */
  counts?: Record<string, number>;
  /** Fields kept on purpose, e.g. of a candidate linked to a contact person. */
  retainedFields?: string[];
  /** Machine-readable, e.g. `LINKED_CONTACT_PERSON`. */
  retainedReason?: string;
}

/** Erases everything the service holds about the subject; must be idempotent (commands are re-issued). */
export type ErasureHandler = (command: ValidErasureCommand, envelope: EventEnvelope) => Promise<ErasureResult>;

export interface ObeyErasureOptions {
  bus: EventBus;
  /** Named in acknowledgements, e.g. `candidates`. */
  serviceName: string;
  /** Consumer group; `<serviceName>.erasure` by default. */
  groupId?: string;
  tombstones: Tombstones;
  handler: ErasureHandler;
  logger: Logger;
  /** Handler attempts before a FAILED acknowledgement; 5 by default. */
  maxAttempts?: number;
  retryBackoffMs?: readonly number[];
  /** Topic overrides (tests); TOPICS.erasureCommands and TOPICS.erasureAcks by default. */
  commandsTopic?: TopicContract<'lethe.erasure.v1.ErasureCommand'>;
  acksTopic?: TopicContract<'lethe.erasure.v1.ErasureAck'>;
}

const MODES = {
  ERASURE_MODE_DELETE: 'delete',
  ERASURE_MODE_ANONYMISE: 'anonymise',
  ERASURE_MODE_REDUCE: 'reduce',
} as const satisfies Record<string, ErasureModeName>;

const commandSchema = z
  .object({
    commandId: fields.id(),
    tenantId: fields.id(),
    subjectId: fields.id(),
    mode: z.enum(['ERASURE_MODE_DELETE', 'ERASURE_MODE_ANONYMISE', 'ERASURE_MODE_REDUCE'], {
      errorMap: () => ({ message: 'must be delete, anonymise or reduce' }),
    }),
    keepFields: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_.]{0,99}$/, 'must be a field name')).max(100),
    reason: z.string().max(64),
    issuedAt: z.object({ seconds: z.string(), nanos: z.number() }).nullable(),
    attempt: z.number().int().min(0),
    notes: z.enum(['ANONYMISED_NOTES_UNSPECIFIED', 'ANONYMISED_NOTES_KEEP', 'ANONYMISED_NOTES_EMPTY', 'ANONYMISED_NOTES_DELETE'], {
      errorMap: () => ({ message: 'must be keep, empty or delete' }),
    }),
  })
  .superRefine((command, ctx) => {
    if (command.keepFields.length > 0 && command.mode !== 'ERASURE_MODE_REDUCE') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['keepFields'], message: 'is only allowed with mode reduce' });
    }
    if (command.notes !== 'ANONYMISED_NOTES_UNSPECIFIED' && command.mode !== 'ERASURE_MODE_ANONYMISE') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['notes'], message: 'is only allowed with mode anonymise' });
    }
  });

export type AnonymisedNotesName = 'keep' | 'empty' | 'delete';
/** Note handling as the protocol names it. */
export const ANONYMISED_NOTES: Record<AnonymisedNotesName, AnonymisedNotes> = { keep: 'ANONYMISED_NOTES_KEEP', empty: 'ANONYMISED_NOTES_EMPTY', delete: 'ANONYMISED_NOTES_DELETE' };
/** The note handling a protocol value names; undefined for UNSPECIFIED or an unknown value. */
export function anonymisedNotesName(value: unknown): AnonymisedNotesName | undefined {
  return (Object.keys(ANONYMISED_NOTES) as AnonymisedNotesName[]).find((name) => ANONYMISED_NOTES[name] === value);
}

const resultSchema = z.object({
  outcome: z.enum(['done', 'nothing-held']),
  counts: z.record(z.string().regex(/^[a-z][a-zA-Z0-9_]{0,63}$/), z.number().int().min(0).max(2 ** 31 - 1)).optional(),
  retainedFields: z.array(z.string().max(100)).max(100).optional(),
  retainedReason: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/).optional(),
});

const OUTCOMES = { done: 'ERASURE_OUTCOME_DONE', 'nothing-held': 'ERASURE_OUTCOME_NOTHING_HELD' } as const;

/** Failure reasons are machine-readable codes; anything else becomes HANDLER_ERROR. */
function failureReason(err: unknown): string {
  if (err instanceof LetheError && err.reason && /^[A-Z][A-Z0-9_]{0,63}$/.test(err.reason)) return err.reason;
  return 'HANDLER_ERROR';
}

/** Validates a decoded command against its envelope; throws a ValidationError (dead-lettered, never retried). */
export function parseErasureCommand(payload: ErasureCommand__Output, envelope: EventEnvelope): ValidErasureCommand {
  const command = parseInput(commandSchema, payload);
  const notes = anonymisedNotesName(command.notes);
  if (command.tenantId !== envelope.tenantId || command.subjectId !== envelope.subjectId) {
    throw new ValidationError([{ field: 'subjectId', code: 'mismatch', description: 'tenant and subject must match the event envelope' }]);
  }
  return {
    commandId: command.commandId,
    tenantId: command.tenantId,
    subjectId: command.subjectId,
    mode: MODES[command.mode],
    keepFields: command.keepFields,
    ...(notes ? { notes } : {}),
    reason: command.reason,
    issuedAt: fromTimestamp(command.issuedAt),
    attempt: command.attempt,
  };
}

/**
 * Makes a service obey the erasure protocol: consumes erasure commands, validates them (an invalid
 * command is dead-lettered), records a tombstone (not for a reduction), runs the service's handler
 * with retries, and acknowledges with done / nothing-held, or failed with a machine-readable
 * reason. A re-issued or replayed command is handled and acknowledged again. Events about
 * tombstoned subjects are then skipped by every other subscription of the bus.
 */
export async function obeyErasureCommands(options: ObeyErasureOptions): Promise<Subscription> {
  const { bus, serviceName, tombstones, handler } = options;
  const commandsTopic = options.commandsTopic ?? TOPICS.erasureCommands;
  const acksTopic = options.acksTopic ?? TOPICS.erasureAcks;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const backoff = options.retryBackoffMs?.length ? options.retryBackoffMs : [100, 500, 2_000];
  const logger = options.logger.child({ component: 'erasure' });

  await tombstones.ensureIndexes();
  await bus.ensureTopics([acksTopic]);
  const previous = bus.getDropEventsAbout();
  bus.setDropEventsAbout(
    previous
      ? async (tenantId, subjectId) => (await tombstones.isErased(tenantId, subjectId)) || previous(tenantId, subjectId)
      : (tenantId, subjectId) => tombstones.isErased(tenantId, subjectId),
  );

  const acknowledge = async (command: ValidErasureCommand, ack: Omit<ErasureAck, 'commandId' | 'service' | 'tenantId' | 'subjectId' | 'completedAt'>) => {
    await bus.publish(acksTopic, [
      {
        type: 'lethe.erasure.v1.ErasureAck',
        tenantId: command.tenantId,
        subjectId: command.subjectId,
        payload: {
          commandId: command.commandId,
          service: serviceName,
          tenantId: command.tenantId,
          subjectId: command.subjectId,
          completedAt: toTimestamp(new Date()),
          ...ack,
        },
      },
    ]);
  };

  return bus.subscribe({
    groupId: options.groupId ?? `${serviceName}.erasure`,
    topics: [commandsTopic],
    fromBeginning: true,
    // Commands are about erased subjects by nature, and a replay must be acknowledged again.
    skipErasedSubjects: false,
    deduplicate: false,
    maxAttempts: 3,
    handler: async ({ payload, envelope }) => {
      const command = parseErasureCommand(payload, envelope);
      const ids = { commandId: command.commandId, tenantId: command.tenantId, subjectId: command.subjectId, mode: command.mode };
      // The tombstone first: a write of the service that lands while the handler deletes finds the
      // subject erased on its own check, and late events are dropped from now on. A reduced subject
      // lives on as its skeleton record; only deletion and anonymisation end it. A failed handler
      // runs again when the command is re-issued.
      if (command.mode !== 'reduce') {
        await tombstones.record({ tenantId: command.tenantId, subjectId: command.subjectId, mode: command.mode, commandId: command.commandId });
      }
      let result: z.infer<typeof resultSchema> | undefined;
      let failure: string | undefined;
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        let raw: ErasureResult;
        try {
          raw = await handler(command, envelope);
        } catch (err) {
          failure = failureReason(err);
          logger.warn({ err, ...ids, attempt }, 'erasure handler failed');
          if (attempt < maxAttempts) await sleep(backoff[Math.min(attempt - 1, backoff.length - 1)]);
          continue;
        }
        const parsed = resultSchema.safeParse(raw);
        // A malformed result is a bug in the handler: retrying would not change it.
        if (parsed.success) result = parsed.data;
        else failure = 'INVALID_HANDLER_RESULT';
        break;
      }
      if (!result) {
        logger.error({ ...ids, failureReason: failure }, 'erasure failed');
        await acknowledge(command, { outcome: 'ERASURE_OUTCOME_FAILED', counts: {}, failureReason: failure ?? 'HANDLER_ERROR' });
        return;
      }
      await acknowledge(command, {
        outcome: OUTCOMES[result.outcome],
        counts: result.counts ?? {},
        retainedFields: result.retainedFields ?? [],
        retainedReason: result.retainedReason ?? '',
      });
      logger.info({ ...ids, outcome: result.outcome, counts: result.counts }, 'erasure done');
    },
  });
}

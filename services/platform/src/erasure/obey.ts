import { z } from 'zod';
import { toTimestamp, TOPICS, type ErasureAck, type ErasureCommand__Output, type TopicContract } from '@lethe/protos';
import { LetheError, ValidationError } from '../errors/errors';
import type { EventBus } from '../kafka/bus';
import type { EventEnvelope } from '../kafka/events';
import type { Subscription } from '../kafka/subscription';
import type { Logger } from '../telemetry/logger';
import { isReason, type Reason } from '../errors/reasons';
import { retry } from '../retry';
import { fields, parseInput } from '../validation';
import type { ReapplyErasure, SubjectFence } from './fence';
import { refuseErasureMessage, type ErasureSigner, type ErasureVerifier } from './signing';
import type { Tombstone, Tombstones } from './tombstones';
import { ANONYMISED_NOTES, DEFAULT_ANONYMISED_NOTES, ERASURE_MODE, ERASURE_OUTCOME, type AnonymisedNotesName, type ErasureModeName } from './vocabulary';

/** An erasure command that passed validation. */
export interface ValidErasureCommand {
  commandId: string;
  tenantId: string;
  subjectId: string;
  mode: ErasureModeName;
  /** Skeleton fields that stay; only with mode `reduce`. */
  keepFields: string[];
  /** What becomes of notes about the person; set exactly when the mode is `anonymise`. */
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

/**
 * Erases everything the service holds about the subject, as the command's mode says. It runs as
 * the subject's only writer (the write fence) after the tombstone was recorded, and must be
 * idempotent: commands are re-issued and replayed.
 */
export type ErasureHandler = (command: ValidErasureCommand) => Promise<ErasureResult>;

/** An erasure that found something holds it (`done`); one that found nothing says so. */
export function erasureResult(counts: Record<string, number>, retained?: Pick<ErasureResult, 'retainedFields' | 'retainedReason'>): ErasureResult {
  return { outcome: Object.values(counts).some((count) => count > 0) ? 'done' : 'nothing-held', counts, ...retained };
}

export interface ObeyErasureOptions {
  bus: EventBus;
  /** Named in acknowledgements, e.g. `candidates`. */
  serviceName: string;
  tombstones: Tombstones;
  /** The same tombstones in the key store, which a restore of the data database leaves as they are. */
  keyStoreTombstones: Tombstones;
  fence: SubjectFence;
  handler: ErasureHandler;
  /** Retention's command-signing public keys: a command that none of them signed is refused. */
  commandKeys: ErasureVerifier;
  /** The service's own key its acknowledgements are signed with. */
  ackSigner: ErasureSigner;
  logger: Logger;
  /** Handler attempts before a FAILED acknowledgement; 5 by default. */
  maxAttempts?: number;
  /** Topic overrides (tests); TOPICS.erasureCommands and TOPICS.erasureAcks by default. */
  commandsTopic?: TopicContract<'lethe.erasure.v1.ErasureCommand'>;
  acksTopic?: TopicContract<'lethe.erasure.v1.ErasureAck'>;
}

const HANDLER_BACKOFF = { initialMs: 100, maxMs: 2_000, factor: 5 };

const commandSchema = z
  .object({
    commandId: fields.id(),
    tenantId: fields.id(),
    subjectId: fields.id(),
    mode: z.string().refine((mode) => ERASURE_MODE.fromProto(mode) !== undefined, 'must be delete, anonymise or reduce'),
    keepFields: fields.list(fields.pattern(/^[A-Za-z][A-Za-z0-9_.]{0,99}$/, 'must be a field name', { max: 100 }), 100),
    reason: z.string().max(64),
    issuedAt: fields.timestamp(),
    attempt: z.number().int().min(0),
    notes: z.string().refine((notes) => notes === 'ANONYMISED_NOTES_UNSPECIFIED' || ANONYMISED_NOTES.fromProto(notes) !== undefined, 'must be keep, empty or delete'),
  })
  .superRefine((command, ctx) => {
    if (command.keepFields.length > 0 && command.mode !== ERASURE_MODE.toProto('reduce')) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['keepFields'], message: 'is only allowed with mode reduce' });
    }
    if (command.notes !== 'ANONYMISED_NOTES_UNSPECIFIED' && command.mode !== ERASURE_MODE.toProto('anonymise')) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['notes'], message: 'is only allowed with mode anonymise' });
    }
  });

const resultSchema = z.object({
  outcome: z.enum(['done', 'nothing-held']),
  counts: z.record(z.string().regex(/^[a-z][a-zA-Z0-9_]{0,63}$/), z.number().int().min(0).max(2 ** 31 - 1)).optional(),
  retainedFields: z.array(z.string().max(100)).max(100).optional(),
  retainedReason: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/).optional(),
});

/** Failure reasons are machine-readable codes; anything else becomes HANDLER_ERROR. */
function failureReason(err: unknown): Reason {
  return err instanceof LetheError && isReason(err.reason) ? err.reason : 'HANDLER_ERROR';
}

/** Validates a decoded command against its envelope; throws a ValidationError (dead-lettered, never retried). */
export function parseErasureCommand(payload: ErasureCommand__Output, envelope: EventEnvelope): ValidErasureCommand {
  const command = parseInput(commandSchema, payload);
  if (command.tenantId !== envelope.tenantId || command.subjectId !== envelope.subjectId) {
    throw new ValidationError([{ field: 'subjectId', code: 'mismatch', description: 'tenant and subject must match the event envelope' }]);
  }
  const mode = ERASURE_MODE.fromProto(command.mode)!;
  return {
    commandId: command.commandId,
    tenantId: command.tenantId,
    subjectId: command.subjectId,
    mode,
    keepFields: command.keepFields,
    ...(mode === 'anonymise' ? { notes: ANONYMISED_NOTES.fromProto(command.notes) ?? DEFAULT_ANONYMISED_NOTES } : {}),
    reason: command.reason,
    issuedAt: command.issuedAt,
    attempt: command.attempt,
  };
}

/** The erasure a tombstone recorded, as the command to apply it once more. */
export function commandOfTombstone(tombstone: Tombstone): ValidErasureCommand {
  return {
    commandId: tombstone.commandId,
    tenantId: tombstone.tenantId,
    subjectId: tombstone.subjectId,
    mode: tombstone.mode,
    keepFields: [],
    ...(tombstone.mode === 'anonymise' ? { notes: tombstone.notes ?? DEFAULT_ANONYMISED_NOTES } : {}),
    reason: 'ERASURE_REASON_UNSPECIFIED',
    attempt: 0,
  };
}

/** Applies an erasure once more as its tombstone recorded it (a write that lost its hold may have landed after it). */
export function reapplyErasure(handler: ErasureHandler): ReapplyErasure {
  return async (tombstone) => {
    await handler(commandOfTombstone(tombstone));
  };
}

/** What erases a subject as the erasure protocol does: the service's handler, its tombstones and its fence. */
export type ErasureRun = Pick<ObeyErasureOptions, 'tombstones' | 'keyStoreTombstones' | 'fence' | 'handler'>;

/**
 * Runs an erasure as the subject's only writer: the tombstones first (key store, then data
 * database), from then on every fenced write and every late event finds the subject erased; then
 * the handler. A reduction leaves no tombstone: the person lives on as the skeleton record.
 * `erasedAt`: when the erasure was first obeyed, for one applied again.
 */
export function eraseSubject({ tombstones, keyStoreTombstones, fence, handler }: ErasureRun, command: ValidErasureCommand, erasedAt = new Date()): Promise<ErasureResult> {
  return fence.erase(command, async () => {
    if (command.mode !== 'reduce') {
      const tombstone = { tenantId: command.tenantId, subjectId: command.subjectId, mode: command.mode, notes: command.notes, commandId: command.commandId, erasedAt };
      await keyStoreTombstones.record(tombstone);
      await tombstones.record(tombstone);
    }
    return handler(command);
  });
}

/**
 * Makes a service obey the erasure protocol: consumes erasure commands, refuses those retention did
 * not sign (logged and counted, never acknowledged), validates the others (an invalid command is
 * dead-lettered), and as the subject's only writer records a tombstone (not for a reduction) and
 * runs the service's handler, with retries; acknowledges done / nothing-held, or failed with a
 * machine-readable reason, signed with the service's own key. A re-issued or replayed command is
 * handled and acknowledged again.
 */
export async function obeyErasureCommands(options: ObeyErasureOptions): Promise<Subscription> {
  const { bus, serviceName, tombstones, keyStoreTombstones, commandKeys, ackSigner } = options;
  const commandsTopic = options.commandsTopic ?? TOPICS.erasureCommands;
  const acksTopic = options.acksTopic ?? TOPICS.erasureAcks;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const logger = options.logger.child({ component: 'erasure' });

  await Promise.all([tombstones.ensureIndexes(), keyStoreTombstones.ensureIndexes()]);
  await bus.ensureTopics([acksTopic]);

  const acknowledge = async (command: ValidErasureCommand, ack: Omit<ErasureAck, 'commandId' | 'service' | 'tenantId' | 'subjectId' | 'completedAt'>) => {
    await bus.publish(acksTopic, [
      {
        type: 'lethe.erasure.v1.ErasureAck',
        tenantId: command.tenantId,
        subjectId: command.subjectId,
        payload: ackSigner.sign('lethe.erasure.v1.ErasureAck', {
          commandId: command.commandId,
          service: serviceName,
          tenantId: command.tenantId,
          subjectId: command.subjectId,
          completedAt: toTimestamp(new Date()),
          ...ack,
        }),
      },
    ]);
  };

  const erase = (command: ValidErasureCommand) => eraseSubject(options, command);

  return bus.subscribe({
    groupId: `${serviceName}.erasure`,
    topics: [commandsTopic],
    fromBeginning: true,
    // A replayed command must be acknowledged again.
    deduplicate: false,
    maxAttempts: 3,
    handler: async ({ payload, envelope, topic, partition, offset }) => {
      // Whoever can write to the topic is not retention: only a command retention signed erases.
      const refusal = commandKeys.check('lethe.erasure.v1.ErasureCommand', payload);
      if (refusal) {
        refuseErasureMessage(logger, 'command', refusal, { topic, partition, offset });
        return;
      }
      const command = parseErasureCommand(payload, envelope);
      const ids = { commandId: command.commandId, tenantId: command.tenantId, subjectId: command.subjectId, mode: command.mode };
      let raw: ErasureResult;
      try {
        raw = await retry(() => erase(command), {
          attempts: maxAttempts,
          backoff: HANDLER_BACKOFF,
          beforeRetry: (err, attempt) => logger.warn({ err, ...ids, attempt }, 'erasure handler failed'),
        });
      } catch (err) {
        const reason = failureReason(err);
        logger.error({ err, ...ids, failureReason: reason }, 'erasure failed');
        await acknowledge(command, { outcome: ERASURE_OUTCOME.toProto('failed'), counts: {}, failureReason: reason });
        return;
      }
      const parsed = resultSchema.safeParse(raw);
      if (!parsed.success) {
        // A malformed result is a bug in the handler: retrying would not change it.
        logger.error({ ...ids }, 'erasure handler returned a malformed result');
        await acknowledge(command, { outcome: ERASURE_OUTCOME.toProto('failed'), counts: {}, failureReason: 'INVALID_HANDLER_RESULT' });
        return;
      }
      const result = parsed.data;
      await acknowledge(command, {
        outcome: ERASURE_OUTCOME.toProto(result.outcome),
        counts: result.counts ?? {},
        retainedFields: result.retainedFields ?? [],
        retainedReason: result.retainedReason ?? '',
      });
      logger.info({ ...ids, outcome: result.outcome, counts: result.counts }, 'erasure done');
    },
  });
}

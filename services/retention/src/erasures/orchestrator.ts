import { Schema, type Model } from 'mongoose';
import { ANONYMISED_NOTES, ERASURE_MODE, type AnonymisedNotesName, type ErasureModeName, type ErasureSigner } from '@lethe/platform/erasure';
import { LetheError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import type { ErasureAck__Output, ErasureReason__Output } from '@lethe/protos';
import { defineTenantModel, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import { outboxEntry, outboxPlugin, withOutbox, withOutboxDoc, type OutboxEntry } from '@lethe/platform/outbox';
import type { ServiceRuntime } from '@lethe/platform/service';
import type { Logger } from '@lethe/platform/telemetry';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { dueByIndex, type DueSource } from '../sweep/due-source';
import type { ErasureIssuer, ErasureToIssue, ErasureTrigger } from './issuer';
import { acknowledged, awaiting, reissue, waitingFor, type ErasureStateName, type ReissuePolicy, type Retained, type ServiceProgress } from './progress';
import type { ReceiptSigner, SignedReceipt } from './receipts';

export interface ErasureDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  commandId: string;
  mode: ErasureModeName;
  reason: ErasureReason__Output;
  keepFields: string[];
  /** Anonymise only: what becomes of notes, from the tenant's policy when it was issued. */
  notes?: AnonymisedNotesName;
  trigger: ErasureTrigger;
  /** When and by whom the record was created, as retention heard of it (for the deletion log). */
  subjectCreated?: SubjectCreation;
  state: ErasureStateName;
  services: Record<string, ServiceProgress>;
  attempt: number;
  issuedAt: Date;
  /** When unanswered services are asked again; indexed, unset once every service confirmed. */
  reissueAt?: Date;
  completedAt?: Date;
  outbox?: OutboxEntry[];
}

export interface SubjectCreation {
  at?: Date;
  by?: string;
}

/**
 * The deletion log: the record's id, created at/by, marked at/by, executed at, mode, reason and
 * who confirmed — no personal data.
 */
export interface DeletionLogDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  erasureId: string;
  mode: ErasureModeName;
  reason: ErasureReason__Output;
  trigger: ErasureTrigger;
  subjectCreated?: SubjectCreation;
  /** When and by whom the erasure was decided: the mark or request, else when retention issued it (no user). */
  markedAt: Date;
  markedBy?: string;
  issuedAt: Date;
  executedAt: Date;
  confirmedBy: string[];
  /** What services kept on purpose (field names and the reason), e.g. of a candidate linked to a contact person. */
  retained?: (Retained & { service: string })[];
  /** The signed erasure receipt, as handed out (GetErasureReceipt). */
  receipt: SignedReceipt;
}

const erasureSchema = new Schema<ErasureDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    commandId: { type: String, required: true, unique: true },
    mode: { type: String, required: true },
    reason: { type: String, required: true },
    keepFields: { type: [String], default: [] },
    notes: String,
    trigger: { type: Schema.Types.Mixed, required: true },
    subjectCreated: { type: Schema.Types.Mixed },
    state: { type: String, required: true },
    services: { type: Schema.Types.Mixed, required: true },
    attempt: { type: Number, required: true },
    issuedAt: { type: Date, required: true },
    reissueAt: Date,
    completedAt: Date,
  },
  { versionKey: false, minimize: false },
);
erasureSchema.plugin(outboxPlugin);
erasureSchema.index({ tenantId: 1, subjectId: 1, state: 1 });
erasureSchema.index({ reissueAt: 1 });
// The list pages newest first, the tenant's whole list or those in one state.
erasureSchema.index({ tenantId: 1, _id: 1 });
erasureSchema.index({ tenantId: 1, state: 1, _id: 1 });

const deletionLogSchema = new Schema<DeletionLogDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    erasureId: { type: String, required: true },
    mode: { type: String, required: true },
    reason: { type: String, required: true },
    trigger: { type: Schema.Types.Mixed, required: true },
    subjectCreated: { type: Schema.Types.Mixed },
    markedAt: { type: Date, required: true },
    markedBy: String,
    issuedAt: { type: Date, required: true },
    executedAt: { type: Date, required: true },
    confirmedBy: { type: [String], required: true },
    retained: { type: [{ service: String, fields: [String], reason: String, _id: false }], default: undefined },
    receipt: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false },
);
deletionLogSchema.index({ tenantId: 1, subjectId: 1 });
deletionLogSchema.index({ tenantId: 1, _id: 1 });

export interface OrchestratorOptions {
  /** The services that must confirm every erasure (config ERASURE_SERVICES). */
  services: readonly string[];
  /** Signs the receipt of every completed erasure. */
  receipts: ReceiptSigner;
  /** Signs every command (ERASURE_COMMAND_SIGNING_KEY): the services obey nothing else. */
  commandSigner: ErasureSigner;
  /** First wait for acknowledgements before the command is issued again; doubles per attempt. */
  reissueAfterMs?: number;
  /** Attempts after which an erasure shows as stuck (it keeps being re-issued). */
  stuckAfterAttempts?: number;
  /** When and by whom a subject was created, if known (the clock keeps it); copied into the deletion log. */
  creationOf?: (tenantId: string, subjectId: string) => Promise<SubjectCreation | undefined>;
  /** The tenant's note handling for anonymisation (its retention policy); carried by anonymise commands. */
  anonymisedNotesOf?: (tenantId: string) => Promise<AnonymisedNotesName>;
  /** The end of the subject's legal hold while it holds: an erasure issued meanwhile waits for it. */
  legalHoldUntil?: (tenantId: string, subjectId: string) => Promise<Date | undefined>;
}

const MAX_REISSUE_DELAY_MS = 6 * 60 * 60 * 1000;

/**
 * Runs the erasure protocol: one command per erasure, published through the outbox in the same
 * write that records the erasure; acknowledgements tracked per registered service; the same
 * command re-issued (attempt + 1) to whoever has not answered in time; once every service
 * confirmed, a deletion-log entry with a signed receipt and an ErasureCompleted event.
 */
export class ErasureOrchestrator implements ErasureIssuer {
  readonly model: Model<ErasureDoc>;
  readonly log: TenantRepository<DeletionLogDoc>;
  private readonly erasures: TenantRepository<ErasureDoc>;
  private readonly logger: Logger;
  private readonly reissuePolicy: ReissuePolicy;

  constructor(
    private readonly runtime: Pick<ServiceRuntime, 'mongo' | 'clock' | 'logger' | 'fence'>,
    private readonly options: OrchestratorOptions,
  ) {
    this.model = defineTenantModel(runtime.mongo, 'Erasure', erasureSchema, 'erasures');
    this.erasures = new TenantRepository(this.model, { resourceType: 'erasure' });
    this.log = new TenantRepository(defineTenantModel(runtime.mongo, 'DeletionLog', deletionLogSchema, 'deletion_log'), { resourceType: 'deletion log entry' });
    this.logger = runtime.logger.child({ component: 'erasure-orchestrator' });
    this.reissuePolicy = { reissueAfterMs: options.reissueAfterMs ?? 10 * 60 * 1000, stuckAfterAttempts: options.stuckAfterAttempts ?? 5, maxDelayMs: MAX_REISSUE_DELAY_MS };
  }

  private command(doc: Pick<ErasureDoc, 'tenantId' | 'subjectId' | 'commandId' | 'mode' | 'reason' | 'keepFields' | 'notes'>, attempt: number, at: Date): OutboxEntry {
    return outboxEntry(TOPICS.erasureCommands, {
      type: 'lethe.erasure.v1.ErasureCommand',
      tenantId: doc.tenantId,
      subjectId: doc.subjectId,
      time: at,
      payload: this.options.commandSigner.sign('lethe.erasure.v1.ErasureCommand', {
        commandId: doc.commandId,
        tenantId: doc.tenantId,
        subjectId: doc.subjectId,
        mode: ERASURE_MODE.toProto(doc.mode),
        keepFields: doc.mode === 'reduce' ? doc.keepFields : [],
        reason: doc.reason,
        issuedAt: toTimestamp(at),
        attempt,
        notes: doc.mode === 'anonymise' && doc.notes ? ANONYMISED_NOTES.toProto(doc.notes) : 'ANONYMISED_NOTES_UNSPECIFIED',
      }),
    });
  }

  /**
   * Issues the erasure unless one of the same mode is pending for the subject. The sweep, a merge
   * and a mass action may issue for one subject at once: as the subject's only writer (its write
   * fence), one of them creates it; an erased subject is refused (SUBJECT_ERASED or SUBJECT_ANONYMISED)
   * unless an erasure of the same mode is still under way.
   */
  async issue(erasure: ErasureToIssue): Promise<{ erasureId: string; created: boolean }> {
    try {
      return await this.runtime.fence.write({ tenantId: erasure.tenantId, subjectId: erasure.subjectId }, () => this.issueOnce(erasure));
    } catch (err) {
      // Erased meanwhile (retention obeys its own commands at once): an erasure of this mode still under way is the one asked for.
      const pending = err instanceof LetheError && (err.reason === 'SUBJECT_ERASED' || err.reason === 'SUBJECT_ANONYMISED') ? await this.pendingOf(erasure) : null;
      if (pending) return { erasureId: pending._id, created: false };
      throw err;
    }
  }

  private pendingOf(erasure: ErasureToIssue): Promise<Stored<ErasureDoc> | null> {
    return this.erasures.findOne(erasure.tenantId, { subjectId: erasure.subjectId, mode: erasure.mode, state: { $in: ['pending', 'stuck'] } }, { projection: { outbox: 0 } });
  }

  private async issueOnce(erasure: ErasureToIssue): Promise<{ erasureId: string; created: boolean }> {
    const pending = await this.pendingOf(erasure);
    if (pending) return { erasureId: pending._id, created: false };
    const now = this.runtime.clock.now();
    const heldUntil = await this.heldUntil(erasure.tenantId, erasure.subjectId, now);
    // Time-ordered, so lists run newest first by id.
    const erasureId = newId();
    const doc: ErasureDoc = {
      _id: erasureId,
      tenantId: erasure.tenantId,
      subjectId: erasure.subjectId,
      // The command carries the erasure's own id: its acknowledgements find the erasure by _id.
      commandId: erasureId,
      mode: erasure.mode,
      reason: erasure.reason as ErasureReason__Output,
      keepFields: [...(erasure.keepFields ?? [])],
      ...(erasure.mode === 'anonymise' && this.options.anonymisedNotesOf ? { notes: await this.options.anonymisedNotesOf(erasure.tenantId) } : {}),
      trigger: heldUntil ? { ...erasure.trigger, heldUntil } : erasure.trigger,
      // Read now: the subject's own records (the clock included) are gone once the erasure ran.
      subjectCreated: await this.options.creationOf?.(erasure.tenantId, erasure.subjectId),
      state: 'pending',
      services: awaiting(this.options.services),
      // Under a legal hold nothing goes out: attempt 0 waits for the hold's end, when the re-issue sends the command first.
      attempt: heldUntil ? 0 : 1,
      issuedAt: now,
      reissueAt: heldUntil ?? new Date(now.getTime() + this.reissuePolicy.reissueAfterMs),
    };
    await this.erasures.insert(erasure.tenantId, withOutboxDoc(doc, heldUntil ? [] : [this.command(doc, 1, now)]));
    this.logger.info({ erasureId: doc._id, tenantId: doc.tenantId, subjectId: doc.subjectId, mode: doc.mode, held: Boolean(heldUntil) }, heldUntil ? 'erasure waits for a legal hold' : 'erasure issued');
    return { erasureId: doc._id, created: true };
  }

  private async heldUntil(tenantId: string, subjectId: string, now: Date): Promise<Date | undefined> {
    const until = await this.options.legalHoldUntil?.(tenantId, subjectId);
    return until && until > now ? until : undefined;
  }

  /**
   * The subject's erasures waiting for a legal hold go out at `at`: its new end, or now when it was
   * lifted. The one that goes out records when the hold released it (the deletion log shows it).
   */
  async rescheduleHeld(tenantId: string, subjectId: string, at: Date): Promise<number> {
    const { modified } = await this.erasures.updateMany(tenantId, { subjectId, state: 'pending', attempt: 0 }, { $set: { reissueAt: at, 'trigger.heldUntil': at } });
    return modified;
  }

  get(tenantId: string, erasureId: string): Promise<ErasureDoc> {
    return this.erasures.getById(tenantId, erasureId, { outbox: 0 });
  }

  list(tenantId: string, filter: { state?: ErasureStateName; subjectId?: string }, pageSize: number, pageToken: string): Promise<Page<Stored<ErasureDoc>>> {
    const query: Record<string, string> = {};
    if (filter.state) query.state = filter.state;
    if (filter.subjectId) query.subjectId = filter.subjectId;
    return this.erasures.list(tenantId, { filter: query, pageSize, pageToken, order: 'desc', projection: { outbox: 0 } });
  }

  /** The deletion log, the latest issued erasures first (entries share the erasures' time-ordered ids). */
  deletionLog(tenantId: string, filter: { subjectId?: string }, pageSize: number, pageToken: string): Promise<Page<Stored<DeletionLogDoc>>> {
    return this.log.list(tenantId, { filter: filter.subjectId ? { subjectId: filter.subjectId } : {}, pageSize, pageToken, order: 'desc', projection: { receipt: 0 } });
  }

  /** The signed receipt of a completed erasure; NOT_FOUND until every service confirmed. */
  async receipt(tenantId: string, erasureId: string): Promise<SignedReceipt> {
    return (await this.log.getById(tenantId, erasureId)).receipt;
  }

  /**
   * The erasure an acknowledged command belongs to: read by _id, which the command carries (answered
   * from the `_id` index); an erasure issued when commands had ids of their own, by its command id.
   */
  private async erasureOfCommand(tenantId: string, commandId: string): Promise<Stored<ErasureDoc> | null> {
    const byId = await this.erasures.findById(tenantId, commandId, { outbox: 0 });
    if (byId?.commandId === commandId) return byId;
    return this.erasures.findOne(tenantId, { commandId }, { projection: { outbox: 0 } });
  }

  /**
   * Records one verified acknowledgement; completes the erasure when every registered service
   * confirmed. `unexpected-service`: the erasure does not wait for that service, so it is not recorded.
   */
  async acknowledge(ack: ErasureAck__Output, tenantId: string): Promise<'recorded' | 'ignored' | 'unexpected-service'> {
    const doc = await this.erasureOfCommand(tenantId, ack.commandId);
    this.logger.debug({ commandId: ack.commandId, service: ack.service, outcome: ack.outcome, known: Boolean(doc) }, 'acknowledgement received');
    if (!doc || doc.state === 'done') return 'ignored';
    if (!Object.hasOwn(doc.services, ack.service)) return 'unexpected-service';
    const now = this.runtime.clock.now();
    const progress = acknowledged(doc.services, ack, now);
    if (!progress) return 'ignored';
    const { services } = progress;
    if (!progress.complete) {
      // Acknowledgements of one subject arrive in order on one partition: read, change, write back.
      await this.erasures.updateOne(tenantId, { _id: doc._id }, { $set: { services } });
      return 'recorded';
    }
    // The log entry and its receipt first: should the process stop before the erasure is marked
    // done, the next acknowledgement (a re-issue brings one) writes them again, the same way.
    const receipt = this.options.receipts.sign({
      erasureId: doc._id,
      commandId: doc.commandId,
      tenantId,
      subjectId: doc.subjectId,
      mode: doc.mode,
      reason: doc.reason,
      trigger: doc.trigger.kind,
      issuedAt: doc.issuedAt,
      completedAt: now,
      confirmations: Object.entries(services)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([service, state]) => ({ service, outcome: state.state, at: state.at, ...(state.retained ? { retained: state.retained } : {}) })),
    });
    const retained = Object.entries(services)
      .filter(([, state]) => state.retained)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([service, state]) => ({ service, ...state.retained! }));
    await this.log.updateOne(
      tenantId,
      { _id: doc._id },
      {
        $set: {
          subjectId: doc.subjectId,
          erasureId: doc._id,
          mode: doc.mode,
          reason: doc.reason,
          trigger: doc.trigger,
          ...(doc.subjectCreated ? { subjectCreated: doc.subjectCreated } : {}),
          markedAt: doc.trigger.at ?? doc.issuedAt,
          ...(doc.trigger.actorId ? { markedBy: doc.trigger.actorId } : {}),
          issuedAt: doc.issuedAt,
          executedAt: now,
          confirmedBy: Object.keys(services).sort(),
          ...(retained.length > 0 ? { retained } : {}),
          receipt,
        },
      },
      { upsert: true },
    );
    const completed = outboxEntry(TOPICS.retentionEvents, {
      type: 'lethe.retention.v1.ErasureCompleted',
      tenantId,
      subjectId: doc.subjectId,
      time: now,
      payload: { erasureId: doc._id, commandId: doc.commandId, subjectId: doc.subjectId, mode: ERASURE_MODE.toProto(doc.mode), reason: doc.reason, completedAt: toTimestamp(now) },
    });
    // Only the write that moves it from pending records the completion (a replayed ack finds it done).
    const result = await this.erasures.updateOne(
      tenantId,
      { _id: doc._id, state: { $ne: 'done' } },
      withOutbox({ $set: { services, state: 'done', completedAt: now }, $unset: { reissueAt: 1 } }, [completed]),
    );
    if (result.modified === 0) return 'recorded';
    this.logger.info({ erasureId: doc._id, tenantId, subjectId: doc.subjectId }, 'erasure confirmed by every service');
    return 'recorded';
  }

  /**
   * Erasures some service has not confirmed in time: issued again, same command, next attempt.
   * Waiting is real time (the service's clock), whatever date a sweep decides due-ness by. An
   * erased subject's erasure is re-issued all the same: it is not a write about the person.
   */
  reissueSource(): DueSource {
    const byIndex = dueByIndex(this.model, 'reissueAt');
    return {
      name: 'erasure-reissue',
      findDue: (_asOf, limit) => byIndex.findDue(this.runtime.clock.now(), limit),
      countDue: () => byIndex.countDue(this.runtime.clock.now()),
      execute: async (item) => {
        const now = this.runtime.clock.now();
        const doc = await this.erasures.findById(item.tenantId, item.key, { outbox: 0 });
        if (!doc || doc.state === 'done' || !doc.reissueAt || doc.reissueAt > now) return;
        // Not sent yet: a legal hold set again meanwhile keeps it waiting.
        const heldUntil = doc.attempt === 0 ? await this.heldUntil(doc.tenantId, doc.subjectId, now) : undefined;
        if (heldUntil) {
          await this.erasures.updateOne(item.tenantId, { _id: doc._id, attempt: 0 }, { $set: { reissueAt: heldUntil, 'trigger.heldUntil': heldUntil } });
          return;
        }
        const next = reissue(doc.attempt, now, this.reissuePolicy);
        await this.erasures.updateOne(
          item.tenantId,
          // Not over a completion that landed since the read: it would be re-opened.
          { _id: doc._id, attempt: doc.attempt, state: { $ne: 'done' } },
          withOutbox({ $set: next }, [this.command(doc, next.attempt, now)]),
        );
        if (doc.attempt === 0) this.logger.info({ erasureId: doc._id, tenantId: doc.tenantId, subjectId: doc.subjectId }, 'erasure issued after its legal hold');
        else this.logger.warn({ erasureId: doc._id, attempt: next.attempt, waitingFor: waitingFor(doc.services) }, 'erasure issued again');
      },
    };
  }
}

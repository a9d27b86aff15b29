import { AlreadyExistsError, ConflictError } from '@lethe/platform/errors';
import type { Page } from '@lethe/platform/mongo';
import type { SubjectFence } from '@lethe/platform/erasure';
import { newId } from '@lethe/platform/ids';
import { outboxEntry, withOutbox, withOutboxDoc } from '@lethe/platform/outbox';
import type { Clock } from '@lethe/platform/service';
import { toTimestamp, TOPICS, type ActivityKind } from '@lethe/protos';
import type { ActivityStore, ActivityToRecord } from '../activity/store';
import type { UpdateMask, ValidCandidateInput } from './input';
import type { CandidateDoc, PersonalValues } from './model';
import type { PersonalData } from './personal';
import { activityOfChange, changesIdentity, duplicateQuery, duplicateReasons, HIDDEN_UNLESS_ASKED, listQuery, permit, repeatedInBatch, type CandidateUse, type DuplicateReason, type ListFilter } from './rules';
import type { CandidateStore } from './store';

/** A list's filter as a caller gives it: the skill in plain, turned into its blind-index token here. */
export type CandidateSearch = Omit<ListFilter, 'skillToken'> & { skill?: string };

export interface Actor {
  tenantId: string;
  actorId: string;
}

/** A stored candidate with its personal data decrypted. */
export interface CandidateView {
  doc: CandidateDoc;
  values: PersonalValues;
}

export interface DuplicateMatch {
  candidateId: string;
  matchedOn: DuplicateReason[];
  markedForDeletion: boolean;
}

export interface Created {
  view: CandidateView;
  duplicates: DuplicateMatch[];
}

/** Most duplicates a check reports. */
const MAX_DUPLICATES = 50;
/** Most candidates an exact lookup returns. */
const MAX_FOUND = 100;

/**
 * The candidates of every tenant: what may be done with one and the doing of it. Every write about
 * an existing candidate runs through `write`, as the candidate's only writer (the write fence), and
 * checks the stored record there; events travel in the same write as the change (the outbox).
 */
export class Candidates {
  constructor(
    private readonly store: CandidateStore,
    private readonly personal: PersonalData,
    private readonly activities: ActivityStore,
    private readonly fence: SubjectFence,
    private readonly clock: Clock,
  ) {}

  // ---- reads ----

  /** Resolves when the candidate exists for the tenant (through the cache) and allows `use` now. */
  async require(tenantId: string, id: string, use: CandidateUse): Promise<CandidateDoc> {
    const doc = await this.store.load(tenantId, id);
    permit(doc, use);
    return doc;
  }

  async view(tenantId: string, id: string): Promise<CandidateView> {
    const doc = await this.store.load(tenantId, id);
    return { doc, values: await this.personal.decrypt(doc) };
  }

  async list(tenantId: string, filter: CandidateSearch, pageSize: number, pageToken: string): Promise<{ views: CandidateView[]; nextPageToken: string }> {
    const page = await this.store.list(tenantId, this.searchQuery(tenantId, filter), pageSize, pageToken);
    return { views: await this.views(page.items), nextPageToken: page.nextPageToken };
  }

  /** The ids `list` would return, without reading anyone's data (a data-protection mass action's selection). */
  listIds(tenantId: string, filter: CandidateSearch, pageSize: number, pageToken: string): Promise<Page<string>> {
    return this.store.listIds(tenantId, this.searchQuery(tenantId, filter), pageSize, pageToken);
  }

  private searchQuery(tenantId: string, filter: CandidateSearch) {
    return listQuery({ ...filter, skillToken: filter.skill ? this.personal.skillToken(tenantId, filter.skill) : undefined });
  }

  /** Exact lookups by email or name; what the default list hides shows only with `includeHidden`. */
  async findBy(tenantId: string, field: 'email' | 'name', values: PersonalValues, includeHidden: boolean): Promise<CandidateView[]> {
    const token = this.personal.tokens(tenantId, values)[field];
    if (!token) return [];
    const query = { [`tokens.${field}`]: token, ...(includeHidden ? {} : { ...HIDDEN_UNLESS_ASKED, erasureRequest: { $exists: false } }) };
    return this.views(await this.store.find(tenantId, query, MAX_FOUND));
  }

  /** Candidates the duplicate check reports for these values; marked ones too, flagged as such. */
  async duplicatesOf(tenantId: string, values: PersonalValues, excludeId?: string): Promise<DuplicateMatch[]> {
    const tokens = this.personal.tokens(tenantId, values);
    const query = duplicateQuery(tokens);
    if (!query) return [];
    const found = await this.store.find(tenantId, query, MAX_DUPLICATES);
    return found
      .filter((doc) => doc._id !== excludeId)
      .map((doc) => ({ candidateId: doc._id, matchedOn: duplicateReasons(tokens, doc.tokens), markedForDeletion: Boolean(doc.markedForDeletion) }));
  }

  // ---- writes ----

  /** Runs `work` as the candidate's only writer, once the stored record allows `use`. */
  write<T>(tenantId: string, id: string, use: CandidateUse, work: (doc: CandidateDoc) => Promise<T>): Promise<T> {
    return this.fence.write(
      { tenantId, subjectId: id },
      async () => {
        const doc = await this.store.loadStored(tenantId, id);
        permit(doc, use);
        return work(doc);
      },
      'candidate',
    );
  }

  /** `write` for several candidates at once (a merge), in a fixed order. */
  writeAll<T>(tenantId: string, ids: readonly string[], use: CandidateUse, work: (docs: CandidateDoc[]) => Promise<T>): Promise<T> {
    return this.fence.write(
      ids.map((subjectId) => ({ tenantId, subjectId })),
      async () => {
        const docs = await Promise.all(ids.map((id) => this.store.loadStored(tenantId, id)));
        for (const doc of docs) permit(doc, use);
        return work(docs);
      },
      'candidate',
    );
  }

  async create(actor: Actor, input: ValidCandidateInput, values: PersonalValues, allowDuplicates: boolean): Promise<Created> {
    const duplicates = await this.duplicatesOf(actor.tenantId, values);
    if (duplicates.length > 0 && !allowDuplicates) throw new AlreadyExistsError('candidate', duplicates[0].candidateId, 'DUPLICATE_CANDIDATE');
    const now = this.clock.now();
    // A new id: no erasure can be about it yet, so no fence is needed.
    const doc = await this.newDoc(actor, input, values, now, newId());
    await this.store.insert(actor.tenantId, doc);
    await this.activities.record({ tenantId: actor.tenantId, candidateId: doc._id, kind: 'ACTIVITY_KIND_CANDIDATE_CREATED', actorId: actor.actorId, occurredAt: now });
    const { outbox: _events, ...stored } = doc;
    return { view: { doc: stored, values }, duplicates };
  }

  /**
   * Many candidates in one write. Duplicates among the stored candidates and within the batch refuse
   * the whole batch unless allowed; returns the new ids in input order.
   */
  async createMany(actor: Actor, inputs: readonly { input: ValidCandidateInput; values: PersonalValues }[], allowDuplicates: boolean): Promise<string[]> {
    if (!allowDuplicates) {
      const tokens = inputs.map(({ values }) => this.personal.tokens(actor.tenantId, values));
      if (repeatedInBatch(tokens)) throw new AlreadyExistsError('candidate', 'in this batch', 'DUPLICATE_CANDIDATE');
      const identities = tokens.flatMap((t) => (t.identity ? [t.identity] : []));
      const emails = tokens.flatMap((t) => (t.email ? [t.email] : []));
      const existing = await this.store.findOne(actor.tenantId, { $or: [{ 'tokens.identity': { $in: identities } }, { 'tokens.email': { $in: emails } }] });
      if (existing) throw new AlreadyExistsError('candidate', existing._id, 'DUPLICATE_CANDIDATE');
    }
    const now = this.clock.now();
    const ids = inputs.map(() => newId());
    await this.personal.createKeys(actor.tenantId, ids);
    const docs = await Promise.all(inputs.map(({ input, values }, i) => this.newDoc(actor, input, values, now, ids[i])));
    await this.store.insertMany(actor.tenantId, docs);
    await this.activities.recordMany(
      actor.tenantId,
      docs.map((doc) => ({ candidateId: doc._id, kind: 'ACTIVITY_KIND_CANDIDATE_CREATED' as const, actorId: actor.actorId, occurredAt: now })),
    );
    return docs.map((doc) => doc._id);
  }

  /** A change of the fields in `mask`; `expectedVersion` (when not 0) must be the stored one. */
  update(actor: Actor, id: string, input: ValidCandidateInput, inputValues: PersonalValues, mask: UpdateMask, expectedVersion: number, allowDuplicates: boolean): Promise<Created> {
    return this.write(actor.tenantId, id, 'edit', async (current) => {
      if (expectedVersion > 0 && current.version !== expectedVersion) {
        throw new ConflictError(`candidate ${id} has version ${current.version}, not ${expectedVersion}`, 'VERSION_MISMATCH');
      }
      const values: PersonalValues = { ...(await this.personal.decrypt(current)) };
      for (const field of mask.personal) {
        if (inputValues[field] === undefined) delete values[field];
        else (values as Record<string, unknown>)[field] = inputValues[field];
      }
      const duplicates = changesIdentity(mask.personal) ? await this.duplicatesOf(actor.tenantId, values, id) : [];
      if (duplicates.length > 0 && !allowDuplicates) throw new AlreadyExistsError('candidate', duplicates[0].candidateId, 'DUPLICATE_CANDIDATE');

      const now = this.clock.now();
      const set: Partial<CandidateDoc> = {
        personal: await this.personal.encrypt(actor.tenantId, id, values),
        tokens: this.personal.tokens(actor.tenantId, values),
        updatedAt: now,
        updatedBy: actor.actorId,
        version: current.version + 1,
      };
      for (const field of mask.topLevel) {
        if (field === 'tags') set.tags = input.tags;
        else set[field] = input[field] || (field === 'ownerId' ? current.ownerId : '');
      }
      const changed = outboxEntry(TOPICS.candidateEvents, {
        type: 'lethe.candidates.v1.CandidateUpdated',
        tenantId: actor.tenantId,
        subjectId: id,
        time: now,
        payload: { candidateId: id, changedFields: [...mask.personal, ...mask.topLevel], updatedAt: toTimestamp(now), updatedBy: actor.actorId, ownerId: set.ownerId ?? current.ownerId },
      });
      await this.store.update(actor.tenantId, { _id: id, version: current.version }, withOutbox({ $set: set }, [changed]));
      await this.activities.record({ tenantId: actor.tenantId, candidateId: id, kind: activityOfChange(mask.personal, mask.topLevel), actorId: actor.actorId, occurredAt: now });
      return { view: { doc: { ...current, ...set }, values }, duplicates };
    });
  }

  /** An activity recorded by hand (a call, a meeting); the candidate must be editable. */
  recordActivity(actor: Actor, candidateId: string, kind: ActivityKind, occurredAt: Date): Promise<string> {
    return this.write(actor.tenantId, candidateId, 'edit', () => this.activities.record({ tenantId: actor.tenantId, candidateId, kind, actorId: actor.actorId, occurredAt }));
  }

  /** A merge: the kept candidate's version moves and CandidateMerged goes out in the same write. */
  async markMerged(actor: Actor, kept: CandidateDoc, mergedId: string): Promise<void> {
    const now = this.clock.now();
    const merged = outboxEntry(TOPICS.candidateEvents, {
      type: 'lethe.candidates.v1.CandidateMerged',
      tenantId: actor.tenantId,
      subjectId: kept._id,
      time: now,
      payload: { keptCandidateId: kept._id, mergedCandidateId: mergedId, mergedAt: toTimestamp(now), mergedBy: actor.actorId },
    });
    await this.store.update(actor.tenantId, { _id: kept._id }, withOutbox({ $set: { updatedAt: now, updatedBy: actor.actorId }, $inc: { version: 1 } }, [merged]));
  }

  // ---- what retention decides ----

  /**
   * A mark locks the record until it is restored: the version moves, so a client holding the old
   * version must read again. An event about a candidate erased meanwhile changes nothing.
   */
  async setMark(tenantId: string, id: string, mark: CandidateDoc['markedForDeletion']): Promise<void> {
    const update = mark ? { $set: { markedForDeletion: mark } } : { $unset: { markedForDeletion: 1 } };
    await this.fence.writeUnlessErased({ tenantId, subjectId: id }, () => this.store.update(tenantId, { _id: id }, { ...update, $inc: { version: 1 } }));
  }

  /**
   * An open erasure request hides the candidate from the default list and blocks new assignments;
   * opening and withdrawing it are activities. Returns whether the candidate is held here.
   */
  async setErasureRequest(tenantId: string, id: string, request: CandidateDoc['erasureRequest'], activity: { kind: ActivityKind; actorId: string; at: Date; requestId: string }): Promise<boolean> {
    const held = await this.fence.writeUnlessErased({ tenantId, subjectId: id }, async () => {
      const update = request ? { $set: { erasureRequest: request } } : { $unset: { erasureRequest: 1 } };
      if (!(await this.store.update(tenantId, { _id: id }, update))) return false;
      await this.activities.record({ tenantId, candidateId: id, kind: activity.kind, actorId: activity.actorId, occurredAt: activity.at, refs: { erasureRequest: activity.requestId } });
      return true;
    });
    return held ?? false;
  }

  /**
   * A message that went to the candidate, as their activity: a recruiter's restarts the retention
   * clock, a workflow's does not. Recorded for a marked candidate too (the message went out); an id
   * this service does not hold, or erased since, records nothing.
   */
  async recordMessage(tenantId: string, candidateId: string, message: { messageId: string; automated: boolean; sentBy: string; sentAt: Date }): Promise<boolean> {
    const recorded = await this.fence.writeUnlessErased({ tenantId, subjectId: candidateId }, async () => {
      if (!(await this.store.findStored(tenantId, candidateId))) return false;
      await this.activities.record({
        tenantId,
        candidateId,
        kind: message.automated ? 'ACTIVITY_KIND_AUTOMATED_MESSAGE_SENT' : 'ACTIVITY_KIND_MESSAGE_TO_CANDIDATE',
        actorId: message.automated ? 'messaging' : message.sentBy,
        occurredAt: message.sentAt,
        refs: { message: message.messageId },
      });
      return true;
    });
    return recorded ?? false;
  }

  /**
   * A data export of the candidate's personal data, as their activity: by whom (a recruiter's id,
   * or `candidate:<id>` for their own). An id this service does not hold, or erased since, records nothing.
   */
  async recordDataExport(tenantId: string, candidateId: string, exported: { exportId: string; actorId: string; at: Date }): Promise<boolean> {
    const recorded = await this.fence.writeUnlessErased({ tenantId, subjectId: candidateId }, async () => {
      if (!(await this.store.findStored(tenantId, candidateId))) return false;
      await this.activities.record({ tenantId, candidateId, kind: 'ACTIVITY_KIND_PERSONAL_DATA_EXPORTED', actorId: exported.actorId, occurredAt: exported.at, refs: { export: exported.exportId } });
      return true;
    });
    return recorded ?? false;
  }

  /**
   * An activity another service announced about the candidate (a consent asked for, given, refused,
   * withdrawn or ended). Recorded for a marked candidate too (it happened); an id this service does
   * not hold, or erased since, records nothing.
   */
  async recordAnnounced(tenantId: string, candidateId: string, activity: Omit<ActivityToRecord, 'tenantId' | 'candidateId'>): Promise<boolean> {
    const recorded = await this.fence.writeUnlessErased({ tenantId, subjectId: candidateId }, async () => {
      if (!(await this.store.findStored(tenantId, candidateId))) return false;
      await this.activities.record({ tenantId, candidateId, ...activity });
      return true;
    });
    return recorded ?? false;
  }

  /**
   * A status action retention did not run (the candidate is marked or asked to be forgotten, which
   * this service had not heard of yet when the status was set), as the candidate's activity. An id this service does not hold,
   * or erased since, records nothing.
   */
  async recordStatusActionDeclined(tenantId: string, candidateId: string, declined: { actionId: string; reason: string; at: Date }): Promise<boolean> {
    const recorded = await this.fence.writeUnlessErased({ tenantId, subjectId: candidateId }, async () => {
      if (!(await this.store.findStored(tenantId, candidateId))) return false;
      const refs = { action: declined.actionId, statusAction: 'reduce-contents', reason: declined.reason };
      await this.activities.record({ tenantId, candidateId, kind: 'ACTIVITY_KIND_STATUS_ACTION_SKIPPED', actorId: 'retention', occurredAt: declined.at, refs });
      return true;
    });
    return recorded ?? false;
  }

  /** A new candidate's document with its CandidateCreated event in the same write. */
  private async newDoc(actor: Actor, input: ValidCandidateInput, values: PersonalValues, now: Date, id: string): Promise<CandidateDoc> {
    const doc: CandidateDoc = {
      _id: id,
      tenantId: actor.tenantId,
      personal: await this.personal.encrypt(actor.tenantId, id, values),
      tokens: this.personal.tokens(actor.tenantId, values),
      tags: input.tags,
      ownerId: input.ownerId || actor.actorId,
      source: input.source,
      inboundChannel: input.inboundChannel,
      state: 'active',
      createdAt: now,
      updatedAt: now,
      createdBy: actor.actorId,
      updatedBy: actor.actorId,
      version: 1,
    };
    const created = outboxEntry(TOPICS.candidateEvents, {
      type: 'lethe.candidates.v1.CandidateCreated',
      tenantId: actor.tenantId,
      subjectId: id,
      time: now,
      payload: { candidateId: id, ownerId: doc.ownerId, source: doc.source, createdAt: toTimestamp(now), createdBy: actor.actorId },
    });
    return withOutboxDoc(doc, [created]);
  }

  private views(docs: CandidateDoc[]): Promise<CandidateView[]> {
    return Promise.all(docs.map(async (doc) => ({ doc, values: await this.personal.decrypt(doc) })));
  }
}

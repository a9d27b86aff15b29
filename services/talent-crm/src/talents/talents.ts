import type { SubjectFence } from '@lethe/platform/erasure';
import { AlreadyExistsError, ConflictError, NotFoundError, PreconditionError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import { isDuplicateKey, type Page } from '@lethe/platform/mongo';
import { outboxEntry, withOutbox, type OutboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { PoolStore } from '../pools/store';
import type { Peers } from '../peers/peers';
import type { SubjectStates } from '../subjects/store';
import { profileFromCandidate, requireCandidateEligible } from './from-candidate';
import type { SealedProfile, TalentDoc } from './model';
import { normaliseEmail } from './profile';
import { applyChange, changeEffects, creationTriggers, normaliseTags, requireSelectableStatus, type ChangeEffects } from './rules';
import type { ProfileSeal } from './sealed-profile';
import type { TalentQuery, TalentStore } from './store';
import {
  TALENT_ACTIVITY_KIND,
  TALENT_SOURCE,
  type NewTalent,
  type Talent,
  type TalentActivityKindName,
  type TalentChange,
  type TalentProfile,
  type TalentStatusName,
  type TalentTrigger,
} from './talent';

/** The filters of a talent list; they combine with AND. */
export interface TalentFilter {
  poolId?: string;
  tag?: string;
  status?: TalentStatusName;
  source?: Talent['source'];
  recruiterId?: string;
  email?: string;
}

export interface UpdateOptions {
  /** The version the caller read; another one stored is ABORTED (VERSION_MISMATCH). */
  expectedVersion?: number;
  /** The rule whose action this is: an automation, and that rule does not fire on its own effect. */
  causedByRuleId?: string;
  /** The one activity the change is (a follow-up answered, a form's second step), instead of one per aspect. */
  activity?: TalentActivityKindName;
}

/** How the creator is named for the sources where no user creates the talent. */
const CREATED_BY_SOURCE_DEFAULT_RECRUITER = new Set<Talent['source']>(['recruiter', 'excel-import']);

export interface TalentsDeps {
  store: TalentStore;
  seal: ProfileSeal;
  pools: PoolStore;
  subjects: SubjectStates;
  peers: Pick<Peers, 'getCandidate'>;
  fence: SubjectFence;
  now: () => Date;
}

/**
 * The only writer of talents. Every write about a person runs inside their write fence and carries
 * its PII-free events (TalentCreated, TalentActivityRecorded) and rule triggers in the same
 * single-document write as the change.
 */
export class Talents {
  private readonly store: TalentStore;
  private readonly seal: ProfileSeal;
  private readonly pools: PoolStore;
  private readonly subjects: SubjectStates;
  private readonly peers: Pick<Peers, 'getCandidate'>;
  private readonly fence: SubjectFence;
  private readonly now: () => Date;

  constructor(deps: TalentsDeps) {
    ({ store: this.store, seal: this.seal, pools: this.pools, subjects: this.subjects, peers: this.peers, fence: this.fence, now: this.now } = deps);
  }

  // ---- reads ----

  async get(tenantId: string, id: string): Promise<Talent> {
    const doc = await this.store.find(tenantId, id);
    if (!doc) throw new NotFoundError('talent', id);
    return this.view(doc);
  }

  async list(tenantId: string, filter: TalentFilter, pageSize: number, pageToken: string): Promise<Page<Talent>> {
    const query = this.queryOf(tenantId, filter);
    if (!query) return { items: [], nextPageToken: '' };
    const page = await this.store.list(tenantId, query, pageSize, pageToken);
    return { items: await Promise.all(page.items.map((doc) => this.view(doc))), nextPageToken: page.nextPageToken };
  }

  /** Every talent matching the filter, page by page. */
  async *each(tenantId: string, filter: TalentFilter): AsyncGenerator<Talent> {
    const query = this.queryOf(tenantId, filter);
    if (!query) return;
    for await (const doc of this.store.each(tenantId, query)) yield this.view(doc);
  }

  /** Normalised email → the talent holding it, for those of `emails` some talent holds (by blind index). */
  async findIdsByEmails(tenantId: string, emails: readonly string[]): Promise<Map<string, string>> {
    const byToken = new Map<string, string>();
    for (const email of emails) {
      const normalised = normaliseEmail(email);
      const token = this.seal.emailToken(tenantId, normalised);
      if (token) byToken.set(token, normalised);
    }
    const found = new Map<string, string>();
    for (const doc of await this.store.withEmailTokens(tenantId, [...byToken.keys()])) {
      const email = doc.emailIndex && byToken.get(doc.emailIndex);
      if (email && !found.has(email)) found.set(email, doc._id);
    }
    return found;
  }

  /** ALREADY_EXISTS (DUPLICATE_TALENT) when a talent of the tenant other than `exceptId` holds the email. */
  async refuseDuplicateEmail(tenantId: string, email: string, exceptId?: string): Promise<void> {
    if (!email) return;
    const holder = (await this.findIdsByEmails(tenantId, [email])).get(normaliseEmail(email));
    if (holder && holder !== exceptId) throw new AlreadyExistsError('talent', holder, 'DUPLICATE_TALENT');
  }

  async findByAtsCandidateId(tenantId: string, atsCandidateId: string): Promise<Talent | null> {
    const doc = await this.store.findByAtsCandidateId(tenantId, atsCandidateId);
    return doc ? this.view(doc) : null;
  }

  // ---- creating ----

  /**
   * A new talent. One from an existing candidate (`candidateId`) shares their subject id:
   * ALREADY_EXISTS (TALENT_EXISTS) when they are a talent already; refused while the person is
   * marked for deletion or asked to be forgotten. Any other gets a new subject id.
   */
  async create(tenantId: string, actorId: string, input: NewTalent, options: { causedByRuleId?: string } = {}): Promise<Talent> {
    await this.pools.requireKnown(tenantId, input.poolIds);
    const id = input.candidateId ?? newId();
    return this.fence.write(
      { tenantId, subjectId: id },
      async () => {
        await this.subjects.refuseIfRestricted(tenantId, id);
        const doc = this.newDoc(tenantId, actorId, id, input, await this.seal.seal(tenantId, id, input.profile), this.now(), options.causedByRuleId);
        try {
          await this.store.insert(doc);
        } catch (err) {
          if (isDuplicateKey(err)) throw new AlreadyExistsError('talent', id, 'TALENT_EXISTS');
          throw err;
        }
        return this.viewOf(doc, input.profile);
      },
      'talent',
    );
  }

  /**
   * A talent from an existing candidate, read from the candidates service as it is now: the same
   * subject id, `fromCandidate`, the profile fields the CRM keeps.
   */
  createFromCandidate(tenantId: string, actorId: string, candidateId: string, input: Omit<NewTalent, 'profile' | 'candidateId' | 'source'>): Promise<Talent> {
    return this.fence.write(
      { tenantId, subjectId: candidateId },
      async () => {
        const candidate = await this.peers.getCandidate(tenantId, candidateId);
        requireCandidateEligible(candidate);
        return this.create(tenantId, actorId, { ...input, source: 'recruiter', candidateId, profile: profileFromCandidate(candidate) });
      },
      'talent',
    );
  }

  /**
   * Many new talents (an import's batch, the ATS's new candidates), each with a new subject id
   * (`ids` when the caller made them first, e.g. to claim a link): their keys in one write, the
   * documents in one insert, whatever the batch's size; resolves with their ids. Pool ids are
   * checked once for the batch. No fence: nothing else knows a new subject id yet.
   *
   * The documents go in as `newTalentDoc` builds them, without mongoose hydrating and validating
   * each (a batch's worth of those outlived the insert and made an import's memory): the profiles
   * were checked by the callers' schemas and are sealed to strings, every other path is set by
   * the builder in its stored type, and the builder's test holds it to the model's schema.
   */
  async createMany(tenantId: string, actorId: string, inputs: readonly NewTalent[], ids: readonly string[] = inputs.map(() => newId())): Promise<string[]> {
    if (inputs.length === 0) return [];
    if (inputs.some((input) => input.candidateId)) throw new TypeError('createMany makes talents with new subject ids; one from a candidate goes through create');
    if (ids.length !== inputs.length) throw new TypeError('createMany needs one subject id per talent');
    await this.pools.requireKnown(tenantId, [...new Set(inputs.flatMap((input) => input.poolIds))]);
    const now = this.now();
    await this.seal.createKeys(tenantId, ids);
    const docs: TalentDoc[] = [];
    for (let i = 0; i < inputs.length; i++) docs.push(this.newDoc(tenantId, actorId, ids[i], inputs[i], await this.seal.seal(tenantId, ids[i], inputs[i].profile), now));
    await this.store.insertBuilt(tenantId, docs);
    return [...ids];
  }

  // ---- changing ----

  /**
   * Changes what `change` names. Not for a reduced talent (SUBJECT_REDUCED) or one marked for
   * deletion; ABORTED (VERSION_MISMATCH) when the caller read another version. A change that
   * changes nothing writes nothing.
   */
  update(tenantId: string, actorId: string, id: string, change: TalentChange, options: UpdateOptions = {}): Promise<Talent> {
    return this.writeExisting(tenantId, id, async (current) => {
      await this.subjects.refuseIfRestricted(tenantId, id, ['marked-for-deletion']);
      if (options.expectedVersion && options.expectedVersion !== current.version) {
        throw new ConflictError(`talent ${id} has version ${current.version}, not ${options.expectedVersion}`, 'VERSION_MISMATCH');
      }
      const normalised: TalentChange = { ...change, ...(change.tags ? { tags: normaliseTags(change.tags) } : {}) };
      if (normalised.status) requireSelectableStatus(id, current.status, normalised.status);
      if (normalised.poolIds) await this.pools.requireKnown(tenantId, normalised.poolIds);
      const next = applyChange(current, normalised);
      const effects = changeEffects(current, next, options);
      if (effects.activities.length === 0) return current;
      const now = this.now();
      const set: Partial<TalentDoc> = {
        poolIds: next.poolIds,
        tags: next.tags,
        status: next.status,
        recruiterId: next.recruiterId,
        detailsPending: next.detailsPending,
        updatedAt: now,
        version: current.version + 1,
      };
      if (normalised.profile) {
        set.profile = await this.seal.seal(tenantId, id, next.profile);
        Object.assign(set, this.emailIndexOf(tenantId, next.profile));
      }
      // New triggers raise the indexed flag the rules look for, in the same write.
      if (effects.triggers.length > 0) set.triggersPending = true;
      const update = withOutbox({ $set: set, ...this.triggerPush(id, effects.triggers, now, options.causedByRuleId) }, this.activityEvents(tenantId, id, effects.activities, actorId, now));
      const unsetEmail = normalised.profile && !set.emailIndex ? { $unset: { emailIndex: 1 } } : {};
      if (!(await this.store.update(tenantId, { _id: id, version: current.version }, { ...update, ...unsetEmail }))) {
        throw new ConflictError(`talent ${id} changed concurrently`, 'CONCURRENT_MODIFICATION');
      }
      return { ...next, updatedAt: now, version: current.version + 1 };
    });
  }

  /**
   * A newer version of the person from the ATS, in one conditional write: null (nothing written)
   * when the talent holds this version or a later one, or was reduced or anonymised.
   */
  applyAtsVersion(tenantId: string, id: string, profile: TalentProfile, atsVersion: number): Promise<Talent | null> {
    return this.fence.write(
      { tenantId, subjectId: id },
      async () => {
        const now = this.now();
        const set: Partial<TalentDoc> = { profile: await this.seal.seal(tenantId, id, profile), ...this.emailIndexOf(tenantId, profile), atsVersion, updatedAt: now };
        const update = withOutbox({ $set: set, $inc: { version: 1 }, ...(set.emailIndex ? {} : { $unset: { emailIndex: 1 } }) }, this.activityEvents(tenantId, id, ['ats-updated'], 'ats', now));
        const applied = await this.store.update(tenantId, { _id: id, reduced: { $ne: true }, anonymised: { $ne: true }, $or: [{ atsVersion: { $lt: atsVersion } }, { atsVersion: { $exists: false } }] }, update);
        if (!applied) return null;
        return this.get(tenantId, id);
      },
      'talent',
    );
  }

  /** An activity that changes nothing of the talent (a note, a job assignment, an application sent): its event, written with the talent. */
  async recordActivity(tenantId: string, id: string, kind: TalentActivityKindName, actorId: string): Promise<void> {
    await this.writeExisting(tenantId, id, async () => {
      const now = this.now();
      await this.store.update(tenantId, { _id: id }, withOutbox({ $set: { updatedAt: now } }, this.activityEvents(tenantId, id, [kind], actorId, now)));
    });
  }

  /** Runs `work` as the talent's writer, on the talent as stored; NOT_FOUND when there is none, SUBJECT_REDUCED once reduced. */
  writeExisting<T>(tenantId: string, id: string, work: (current: Talent) => Promise<T>): Promise<T> {
    return this.fence.write(
      { tenantId, subjectId: id },
      async () => {
        const current = await this.get(tenantId, id);
        if (current.reduced) throw new PreconditionError('SUBJECT_REDUCED', `talent ${id} is reduced to skeleton data`, { type: 'talent', id });
        return work(current);
      },
      'talent',
    );
  }

  // ---- helpers ----

  private queryOf(tenantId: string, filter: TalentFilter): TalentQuery | undefined {
    const query: TalentQuery = {};
    if (filter.poolId) query.poolIds = filter.poolId;
    if (filter.tag) query.tags = filter.tag;
    if (filter.status) query.status = filter.status;
    if (filter.source) query.source = filter.source;
    if (filter.recruiterId) query.recruiterId = filter.recruiterId;
    if (filter.email !== undefined) {
      const token = this.seal.emailToken(tenantId, normaliseEmail(filter.email));
      // An email that normalises to nothing matches no talent.
      if (!token) return undefined;
      query.emailIndex = token;
    }
    return query;
  }

  private emailIndexOf(tenantId: string, profile: TalentProfile): Pick<TalentDoc, 'emailIndex'> {
    const token = this.seal.emailToken(tenantId, normaliseEmail(profile.email));
    return token ? { emailIndex: token } : {};
  }

  private newDoc(tenantId: string, actorId: string, id: string, input: NewTalent, profile: SealedProfile, now: Date, causedByRuleId?: string): TalentDoc {
    return newTalentDoc({ tenantId, actorId, id, input, profile, emailIndex: this.seal.emailToken(tenantId, normaliseEmail(input.profile.email)), now, causedByRuleId });
  }

  private triggerPush(talentId: string, raised: ChangeEffects['triggers'], at: Date, causedByRuleId?: string): { $push?: { triggers: { $each: TalentTrigger[] } } } {
    const triggers = triggersOf(talentId, raised, at, causedByRuleId);
    if (triggers.length === 0) return {};
    return { $push: { triggers: { $each: triggers } } };
  }

  private activityEvents(tenantId: string, talentId: string, kinds: readonly TalentActivityKindName[], actorId: string, at: Date): OutboxEntry[] {
    return kinds.map((kind) =>
      outboxEntry(TOPICS.talentEvents, {
        type: 'lethe.talents.v1.TalentActivityRecorded',
        tenantId,
        subjectId: talentId,
        time: at,
        payload: { talentId, kind: TALENT_ACTIVITY_KIND.toProto(kind), occurredAt: toTimestamp(at), actorId },
      }),
    );
  }

  private async view(doc: TalentDoc): Promise<Talent> {
    return this.viewOf(doc, await this.seal.open(doc.tenantId, doc._id, doc.profile));
  }

  private viewOf(doc: TalentDoc, profile: TalentProfile): Talent {
    return {
      id: doc._id,
      tenantId: doc.tenantId,
      profile,
      source: doc.source,
      sourceInfo: doc.sourceInfo,
      fromCandidate: doc.fromCandidate,
      poolIds: doc.poolIds,
      tags: doc.tags,
      status: doc.status,
      recruiterId: doc.recruiterId,
      ...(doc.atsCandidateId ? { atsCandidateId: doc.atsCandidateId } : {}),
      ...(doc.atsVersion !== undefined && doc.atsVersion !== null ? { atsVersion: doc.atsVersion } : {}),
      reduced: doc.reduced,
      anonymised: doc.anonymised ?? false,
      detailsPending: doc.detailsPending,
      version: doc.version,
      createdAt: doc.createdAt,
      createdBy: doc.createdBy,
      updatedAt: doc.updatedAt,
    };
  }
}

/** Triggers with their paths in the schema's order, as mongoose stores them (the rules settle one by equality). */
function triggersOf(talentId: string, raised: ChangeEffects['triggers'], at: Date, causedByRuleId?: string): TalentTrigger[] {
  return raised.map(({ kind, value }) => ({ id: newId(at), kind, talentId, ...(value !== undefined ? { value } : {}), ...(causedByRuleId ? { causedByRuleId } : {}), at }));
}

export interface NewTalentDocFields {
  tenantId: string;
  actorId: string;
  id: string;
  input: NewTalent;
  profile: SealedProfile;
  /** The blind index of the normalised email; null for none. */
  emailIndex: string | null;
  now: Date;
  causedByRuleId?: string;
}

/**
 * A new talent as stored: every path of the model's schema in its stored type, the defaults
 * written out, and its TalentCreated in the outbox (built once: a bulk insert writes it as is).
 */
export function newTalentDoc({ tenantId, actorId, id, input, profile, emailIndex, now, causedByRuleId }: NewTalentDocFields): TalentDoc {
  const tags = normaliseTags(input.tags);
  const poolIds = [...new Set(input.poolIds)];
  const recruiterId = input.recruiterId ?? (CREATED_BY_SOURCE_DEFAULT_RECRUITER.has(input.source) ? actorId : '');
  const fromCandidate = Boolean(input.candidateId);
  const triggers = triggersOf(id, creationTriggers({ tags, poolIds }), now, causedByRuleId);
  const created = outboxEntry(TOPICS.talentEvents, {
    type: 'lethe.talents.v1.TalentCreated',
    tenantId,
    subjectId: id,
    time: now,
    payload: { talentId: id, source: TALENT_SOURCE.toProto(input.source), fromCandidate, createdAt: toTimestamp(now), createdBy: actorId, recruiterId },
  });
  // In the schema's order, as mongoose would store it.
  return {
    _id: id,
    tenantId,
    profile,
    ...(emailIndex ? { emailIndex } : {}),
    source: input.source,
    sourceInfo: input.sourceInfo,
    fromCandidate,
    poolIds,
    tags,
    status: input.status ?? 'new',
    recruiterId,
    ...(input.atsCandidateId ? { atsCandidateId: input.atsCandidateId } : {}),
    ...(input.atsVersion !== undefined ? { atsVersion: input.atsVersion } : {}),
    reduced: false,
    anonymised: false,
    detailsPending: input.detailsPending ?? false,
    version: 1,
    createdAt: now,
    createdBy: actorId,
    updatedAt: now,
    triggers,
    triggersPending: triggers.length > 0,
    outbox: [created],
    outboxPending: true,
  };
}

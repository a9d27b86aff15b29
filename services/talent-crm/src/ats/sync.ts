import type { SubjectFence, Tombstones } from '@lethe/platform/erasure';
import { LetheError, NotFoundError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import { outboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { JobStore } from '../jobs/store';
import type { Rules } from '../rules/rules';
import type { Talent } from '../talents/talent';
import type { Talents } from '../talents/talents';
import type { AtsDeletion, AtsJobChange, AtsStatusChange, AtsUpsert } from './inbound';
import type { AtsLinks } from './links';

/** What an inbound event did; logged and counted, never an error for the ATS to see. */
export type AtsOutcome = 'created' | 'updated' | 'stale' | 'erased' | 'unknown' | 'kept' | 'source-deleted' | 'rules-fired' | 'job-changed';

/** How a talent from the ATS is recorded: the source info rules filter on. */
export const ATS_SOURCE_INFO = 'ATS-Import';
/** The creator and actor of what the ATS sync writes. */
export const ATS_ACTOR = 'ats';

export interface AtsSyncDeps {
  talents: Talents;
  links: AtsLinks;
  jobs: JobStore;
  rules: Pick<Rules, 'fire'>;
  tombstones: Tombstones;
  fence: SubjectFence;
  now: () => Date;
}

/**
 * Applies what the ATS sends. A person is found by the link from the ATS's candidate id, which
 * outlives their erasure, so nothing about an erased person is made anew; a version the CRM holds
 * already (or a newer one) changes nothing. Events of one candidate arrive in order (keyed by the
 * ATS's id); a redelivered event id is handled once by the consumer's ledger.
 */
export class AtsSync {
  constructor(private readonly deps: AtsSyncDeps) {}

  async upsertCandidate(tenantId: string, upsert: AtsUpsert): Promise<AtsOutcome> {
    return (await this.upsertCandidates(tenantId, [upsert]))[0];
  }

  /**
   * Upserts of distinct candidates of one tenant, together: the links of those new to the CRM
   * claimed in one write (naming the talents about to be made), their talents made in bulk (keys,
   * then the documents with their TalentCreated: a write each); the known ones updated each in its
   * own fence. Outcomes in the order of `upserts`.
   */
  async upsertCandidates(tenantId: string, upserts: readonly AtsUpsert[]): Promise<AtsOutcome[]> {
    const { links } = this.deps;
    const claims = upserts.map((upsert) => ({ linkId: links.idOf(tenantId, upsert.atsCandidateId), talentId: newId() }));
    if (new Set(claims.map(({ linkId }) => linkId)).size !== claims.length) throw new TypeError('a batch of upserts holds each candidate once');
    // Claimed first: only a link that exists already is read.
    const known = await links.claim(tenantId, claims, this.deps.now());
    const outcomes: AtsOutcome[] = [];
    const unmade: { index: number; talentId: string }[] = [];
    await Promise.all(
      upserts.map(async (upsert, index) => {
        const { linkId, talentId } = claims[index];
        const outcome = known.has(linkId) ? await this.upsertKnown(tenantId, linkId, upsert) : { unmade: talentId };
        if (typeof outcome === 'string') outcomes[index] = outcome;
        else unmade.push({ index, talentId: outcome.unmade });
      }),
    );
    unmade.sort((a, b) => a.index - b.index);
    await this.create(
      tenantId,
      unmade.map(({ index }) => upserts[index]),
      unmade.map(({ talentId }) => talentId),
    );
    for (const { index } of unmade) outcomes[index] = 'created';
    return outcomes;
  }

  /** An upsert of a candidate whose link exists; `unmade` when the claim stopped before its talent was made. */
  private async upsertKnown(tenantId: string, linkId: string, upsert: AtsUpsert): Promise<AtsOutcome | { unmade: string }> {
    const { links, talents, tombstones } = this.deps;
    const link = await links.get(tenantId, linkId);
    if (!link) throw new Error('an ATS link could not be claimed nor read');
    if (link.erasedAt || (await tombstones.isErased(tenantId, link.talentId))) return 'erased';
    if (link.deletedVersion !== undefined && upsert.version <= link.deletedVersion) return 'stale';
    try {
      if (await talents.applyAtsVersion(tenantId, link.talentId, upsert.profile, upsert.version)) return 'updated';
    } catch (err) {
      // Erased or anonymised since the link was read.
      if (err instanceof LetheError && (err.reason === 'SUBJECT_ERASED' || err.reason === 'SUBJECT_ANONYMISED')) return 'erased';
      throw err;
    }
    // Nothing changed: the talent holds this version or a later one, or it was never made.
    return (await this.talentExists(tenantId, link.talentId)) ? 'stale' : { unmade: link.talentId };
  }

  /**
   * The ATS deleted the candidate. A talent the CRM holds only because the ATS sent them is erased
   * everywhere: TalentSourceDeleted has retention order it. An older version than the one held is ignored.
   */
  async deleteCandidate(tenantId: string, deletion: AtsDeletion): Promise<AtsOutcome> {
    const { links, fence } = this.deps;
    const linkId = links.idOf(tenantId, deletion.atsCandidateId);
    const read = await links.get(tenantId, linkId);
    if (read?.erasedAt) return 'erased';
    if (!read) return 'unknown';
    const talentId = read.talentId;
    const outcome = await fence.writeUnlessErased({ tenantId, subjectId: talentId }, async (): Promise<AtsOutcome> => {
      const link = await links.get(tenantId, linkId);
      const talent = await this.findTalent(tenantId, talentId);
      if (!link || !talent) return 'unknown';
      if (talent.source !== 'ats-sync') return 'kept';
      if (deletion.version < (talent.atsVersion ?? 0) || (link.deletedVersion !== undefined && deletion.version <= link.deletedVersion)) return 'stale';
      const deletedAt = deletion.deletedAt ?? this.deps.now();
      const event = outboxEntry(TOPICS.talentEvents, {
        type: 'lethe.talents.v1.TalentSourceDeleted',
        tenantId,
        subjectId: talentId,
        time: deletedAt,
        payload: { talentId, deletedAt: toTimestamp(deletedAt) },
      });
      await links.markSourceDeleted(tenantId, linkId, deletion.version, event);
      return 'source-deleted';
    });
    return outcome ?? 'erased';
  }

  /** An application's status changed in the ATS: the rules triggered by it run, once per event. */
  async statusChanged(tenantId: string, eventId: string, change: AtsStatusChange): Promise<AtsOutcome> {
    const { links, tombstones, rules } = this.deps;
    const link = await links.get(tenantId, links.idOf(tenantId, change.atsCandidateId));
    if (!link || link.erasedAt) return 'unknown';
    const talentId = link.talentId;
    if (await tombstones.isErased(tenantId, talentId)) return 'erased';
    if (!(await this.talentExists(tenantId, talentId))) return 'unknown';
    await rules.fire(tenantId, { id: eventId, kind: 'ats-status-changed', talentId, value: change.status, at: change.changedAt ?? this.deps.now() });
    return 'rules-fired';
  }

  async jobOpened(tenantId: string, change: AtsJobChange): Promise<AtsOutcome> {
    const details = change.details ?? { title: '', location: '', department: '' };
    const applied = await this.deps.jobs.apply(tenantId, change.atsJobId, change.version, { open: true, ...details, openedAt: change.at ?? this.deps.now() });
    return applied ? 'job-changed' : 'stale';
  }

  async jobClosed(tenantId: string, change: AtsJobChange): Promise<AtsOutcome> {
    const applied = await this.deps.jobs.apply(tenantId, change.atsJobId, change.version, { open: false, closedAt: change.at ?? this.deps.now() });
    return applied ? 'job-changed' : 'stale';
  }

  /** The talents of claimed links, with the ids the links name. */
  private async create(tenantId: string, upserts: readonly AtsUpsert[], talentIds: readonly string[]): Promise<void> {
    if (upserts.length === 0) return;
    await this.deps.talents.createMany(
      tenantId,
      ATS_ACTOR,
      upserts.map((upsert) => ({
        profile: upsert.profile,
        source: 'ats-sync',
        sourceInfo: ATS_SOURCE_INFO,
        poolIds: [],
        tags: [],
        atsCandidateId: upsert.atsCandidateId,
        atsVersion: upsert.version,
      })),
      talentIds,
    );
  }

  private async talentExists(tenantId: string, talentId: string): Promise<boolean> {
    return (await this.findTalent(tenantId, talentId)) !== undefined;
  }

  private findTalent(tenantId: string, talentId: string): Promise<Talent | undefined> {
    return this.deps.talents.get(tenantId, talentId).catch((err: unknown) => {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    });
  }
}

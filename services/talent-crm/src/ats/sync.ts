import type { SubjectFence, Tombstones } from '@lethe/platform/erasure';
import { LetheError, NotFoundError } from '@lethe/platform/errors';
import { outboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { JobStore } from '../jobs/store';
import type { Rules } from '../rules/rules';
import type { Talents } from '../talents/talents';
import type { AtsDeletion, AtsJobChange, AtsStatusChange, AtsUpsert } from './inbound';
import type { AtsLinkDoc, AtsLinks } from './links';

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
    const { links, talents } = this.deps;
    const linkId = links.idOf(tenantId, upsert.atsCandidateId);
    let link = await links.get(tenantId, linkId);
    if (!link) {
      if (await links.claim(tenantId, linkId, this.deps.now())) return this.create(tenantId, linkId, upsert);
      link = await links.get(tenantId, linkId);
    }
    if (!link) throw new Error('an ATS link could not be claimed nor read');
    if (link.erasedAt) return 'erased';
    const talentId = await this.talentOf(tenantId, link, upsert.atsCandidateId);
    if (!talentId) return this.create(tenantId, linkId, upsert);
    if (await this.deps.tombstones.isErased(tenantId, talentId)) return 'erased';
    if (link.deletedVersion !== undefined && upsert.version <= link.deletedVersion) return 'stale';
    try {
      return (await talents.applyAtsVersion(tenantId, talentId, upsert.profile, upsert.version)) ? 'updated' : 'stale';
    } catch (err) {
      // Erased or anonymised since the link was read.
      if (err instanceof LetheError && (err.reason === 'SUBJECT_ERASED' || err.reason === 'SUBJECT_ANONYMISED')) return 'erased';
      throw err;
    }
  }

  /**
   * The ATS deleted the candidate. A talent the CRM holds only because the ATS sent them is erased
   * everywhere: TalentSourceDeleted has retention order it. An older version than the one held is ignored.
   */
  async deleteCandidate(tenantId: string, deletion: AtsDeletion): Promise<AtsOutcome> {
    const { links, talents, fence } = this.deps;
    const linkId = links.idOf(tenantId, deletion.atsCandidateId);
    const read = await links.get(tenantId, linkId);
    if (read?.erasedAt) return 'erased';
    const talentId = read && (await this.talentOf(tenantId, read, deletion.atsCandidateId));
    if (!talentId) return 'unknown';
    const outcome = await fence.writeUnlessErased({ tenantId, subjectId: talentId }, async (): Promise<AtsOutcome> => {
      const link = await links.get(tenantId, linkId);
      const talent = await talents.get(tenantId, talentId).catch((err: unknown) => {
        if (err instanceof NotFoundError) return undefined;
        throw err;
      });
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
    const talentId = link && !link.erasedAt && (await this.talentOf(tenantId, link, change.atsCandidateId));
    if (!talentId) return 'unknown';
    if (await tombstones.isErased(tenantId, talentId)) return 'erased';
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

  private async create(tenantId: string, linkId: string, upsert: AtsUpsert): Promise<AtsOutcome> {
    const talent = await this.deps.talents.create(tenantId, ATS_ACTOR, {
      profile: upsert.profile,
      source: 'ats-sync',
      sourceInfo: ATS_SOURCE_INFO,
      poolIds: [],
      tags: [],
      atsCandidateId: upsert.atsCandidateId,
      atsVersion: upsert.version,
    });
    await this.deps.links.attach(tenantId, linkId, talent.id);
    return 'created';
  }

  /**
   * The talent of a link. A link claimed by an attempt that stopped before it named the talent
   * is completed from the talent that attempt made, if it made one (a scan, so only then).
   */
  private async talentOf(tenantId: string, link: AtsLinkDoc, atsCandidateId: string): Promise<string | undefined> {
    if (link.talentId) return link.talentId;
    const made = await this.deps.talents.findByAtsCandidateId(tenantId, atsCandidateId);
    if (!made) return undefined;
    await this.deps.links.attach(tenantId, link._id, made.id);
    return made.id;
  }
}

import type { ErasureModeName } from '@lethe/platform/erasure';
import { outboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { PersonRecords } from '../erasure';
import type { TalentStore } from '../talents/store';
import type { AtsLinks } from './links';

export interface AtsErasureDeps {
  links: AtsLinks;
  talents: Pick<TalentStore, 'find'>;
  now: () => Date;
}

/**
 * When Lethe erases (deletes or anonymises) a person the ATS sent, the ATS is told so it can
 * erase them too: AtsPersonErased, from the outbox of the person's ATS link, which outlives the
 * talent and stays as their tombstone. It runs before the talent goes (other areas' records come
 * first), while the talent still names the ATS's id. A reduction keeps the skeleton talent, linked.
 */
export function atsPersonErasure({ links, talents, now }: AtsErasureDeps): PersonRecords {
  const erase = async (tenantId: string, subjectId: string): Promise<number> => {
    const atsCandidateId = (await talents.find(tenantId, subjectId))?.atsCandidateId;
    if (!atsCandidateId) return 0;
    const at = now();
    const event = outboxEntry(TOPICS.atsOutbound, {
      type: 'lethe.ats.v1.AtsPersonErased',
      tenantId,
      subjectId,
      time: at,
      payload: { atsCandidateId, talentId: subjectId, erasedAt: toTimestamp(at) },
    });
    return links.markErased(tenantId, links.idOf(tenantId, atsCandidateId), subjectId, at, event);
  };
  return {
    deleteOfSubject: erase,
    forgetOfSubject: async (tenantId: string, subjectId: string, mode: Exclude<ErasureModeName, 'delete'>) => (mode === 'anonymise' ? erase(tenantId, subjectId) : 0),
  };
}

import { toTimestamp, type Pool as PoolMessage, type Talent as TalentMessage, type TalentNote as TalentNoteMessage, type TalentProfile as TalentProfileMessage } from '@lethe/protos';
import type { Note } from '../notes/notes';
import type { Pool } from '../pools/store';
import { TALENT_SOURCE, TALENT_STATUS, type Talent, type TalentProfile } from '../talents/talent';

export function toProfileMessage(profile: TalentProfile): TalentProfileMessage {
  return { ...profile, interests: [...profile.interests], skills: [...profile.skills] };
}

export function toTalentMessage(talent: Talent): TalentMessage {
  return {
    id: talent.id,
    profile: toProfileMessage(talent.profile),
    source: TALENT_SOURCE.toProto(talent.source),
    sourceInfo: talent.sourceInfo,
    fromCandidate: talent.fromCandidate,
    poolIds: talent.poolIds,
    tags: talent.tags,
    status: TALENT_STATUS.toProto(talent.status),
    recruiterId: talent.recruiterId,
    atsCandidateId: talent.atsCandidateId ?? '',
    atsVersion: talent.atsVersion ?? 0,
    reduced: talent.reduced,
    anonymised: talent.anonymised,
    version: talent.version,
    createdAt: toTimestamp(talent.createdAt),
    createdBy: talent.createdBy,
    updatedAt: toTimestamp(talent.updatedAt),
    detailsPending: talent.detailsPending,
  };
}

export function toNoteMessage(note: Note): TalentNoteMessage {
  return { id: note.id, talentId: note.talentId, text: note.text, createdAt: toTimestamp(note.createdAt), createdBy: note.createdBy };
}

export function toPoolMessage(pool: Pool): PoolMessage {
  return { id: pool.id, name: pool.name, description: pool.description, createdAt: toTimestamp(pool.createdAt), createdBy: pool.createdBy };
}

import type { EventOutput, EventTypeName } from './topics';

type SubjectFields = { readonly [T in EventTypeName]: readonly (keyof EventOutput<T> & string)[] };

/**
 * The payload fields of every event that hold the id of a person (a subject), beside the
 * envelope's `ce_subject`. A consumer drops an event that names an erased person in any of them,
 * so a late or replayed event never brings the person back. A new event type is declared here.
 * A digest that lists many people is about none of them.
 */
const SUBJECT_FIELDS: SubjectFields = {
  'lethe.erasure.v1.ErasureCommand': ['subjectId'],
  'lethe.erasure.v1.ErasureAck': ['subjectId'],
  'lethe.candidates.v1.CandidateCreated': ['candidateId'],
  'lethe.candidates.v1.CandidateUpdated': ['candidateId'],
  'lethe.candidates.v1.CandidateMerged': ['keptCandidateId', 'mergedCandidateId'],
  'lethe.candidates.v1.ApplicationStatusChanged': ['candidateId'],
  'lethe.candidates.v1.PresentationStatusChanged': ['candidateId'],
  'lethe.candidates.v1.ActivityRecorded': ['candidateId'],
  'lethe.candidates.v1.JobOrderAssignmentChanged': ['candidateId'],
  'lethe.candidates.v1.StatusActionRequested': ['candidateId'],
  'lethe.retention.v1.SubjectMarkedForDeletion': ['subjectId'],
  'lethe.retention.v1.SubjectRestored': ['subjectId'],
  'lethe.retention.v1.ErasureRequestOpened': ['subjectId'],
  'lethe.retention.v1.ErasureRequestWithdrawn': ['subjectId'],
  'lethe.retention.v1.ErasureCompleted': ['subjectId'],
  'lethe.retention.v1.SubjectExportCompleted': ['subjectId'],
  'lethe.retention.v1.StatusActionDeclined': ['subjectId'],
  'lethe.retention.v1.CandidateNoticeDue': ['subjectId'],
  'lethe.retention.v1.OwnerNoticeDigest': [],
  'lethe.consent.v1.ConsentRequestCreated': ['subjectId'],
  'lethe.consent.v1.ConsentGranted': ['subjectId'],
  'lethe.consent.v1.ConsentDeclined': ['subjectId'],
  'lethe.consent.v1.ConsentWithdrawn': ['subjectId'],
  'lethe.consent.v1.ConsentExpired': ['subjectId'],
  'lethe.consent.v1.ConsentRequestClosed': ['subjectId'],
  'lethe.messaging.v1.MessageSent': ['subjectId'],
  'lethe.talents.v1.TalentCreated': ['talentId'],
  'lethe.talents.v1.TalentActivityRecorded': ['talentId'],
  'lethe.talents.v1.TalentSourceDeleted': ['talentId'],
  'lethe.talents.v1.TalentLinkRequested': ['talentId'],
  // The ATS names people by its own ids, not by Lethe's subject ids.
  'lethe.ats.v1.AtsCandidateUpserted': [],
  'lethe.ats.v1.AtsCandidateDeleted': [],
  'lethe.ats.v1.AtsApplicationStatusChanged': [],
  'lethe.ats.v1.AtsJobOpened': [],
  'lethe.ats.v1.AtsJobClosed': [],
  'lethe.ats.v1.AtsApplicationSubmitted': ['talentId'],
  'lethe.ats.v1.AtsPersonErased': ['talentId'],
};

/** The fields of an event type that name a person (decoded, camelCase names). */
export function subjectFieldsOf(typeName: EventTypeName): readonly string[] {
  return SUBJECT_FIELDS[typeName];
}

/** The person ids an event's payload names in its subject fields (empty values left out). */
export function subjectIdsIn(typeName: EventTypeName, payload: object): string[] {
  const ids: string[] = [];
  for (const name of SUBJECT_FIELDS[typeName] ?? []) {
    const value = (payload as Record<string, unknown>)[name];
    if (typeof value === 'string' && value !== '') ids.push(value);
  }
  return ids;
}

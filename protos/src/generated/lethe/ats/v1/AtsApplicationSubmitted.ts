// Original file: proto/lethe/ats/v1/ats_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface AtsApplicationSubmitted {
  'submissionId'?: (string);
  'talentId'?: (string);
  'atsCandidateId'?: (string);
  'atsJobId'?: (string);
  'fields'?: ({[key: string]: string});
  'comment'?: (string);
  'submittedAt'?: (_google_protobuf_Timestamp | null);
  'submittedBy'?: (string);
}

export interface AtsApplicationSubmitted__Output {
  'submissionId': (string);
  'talentId': (string);
  'atsCandidateId': (string);
  'atsJobId': (string);
  'fields': ({[key: string]: string});
  'comment': (string);
  'submittedAt': (_google_protobuf_Timestamp__Output | null);
  'submittedBy': (string);
}

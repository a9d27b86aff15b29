// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { AssignmentState as _lethe_talents_v1_AssignmentState, AssignmentState__Output as _lethe_talents_v1_AssignmentState__Output } from '../../../lethe/talents/v1/AssignmentState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface JobAssignment {
  'id'?: (string);
  'talentId'?: (string);
  'jobId'?: (string);
  'state'?: (_lethe_talents_v1_AssignmentState);
  'assignedAt'?: (_google_protobuf_Timestamp | null);
  'assignedBy'?: (string);
  'sentAt'?: (_google_protobuf_Timestamp | null);
  'sentBy'?: (string);
  'submissionId'?: (string);
}

export interface JobAssignment__Output {
  'id': (string);
  'talentId': (string);
  'jobId': (string);
  'state': (_lethe_talents_v1_AssignmentState__Output);
  'assignedAt': (_google_protobuf_Timestamp__Output | null);
  'assignedBy': (string);
  'sentAt': (_google_protobuf_Timestamp__Output | null);
  'sentBy': (string);
  'submissionId': (string);
}

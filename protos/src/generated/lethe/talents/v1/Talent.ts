// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentProfile as _lethe_talents_v1_TalentProfile, TalentProfile__Output as _lethe_talents_v1_TalentProfile__Output } from '../../../lethe/talents/v1/TalentProfile';
import type { TalentSource as _lethe_talents_v1_TalentSource, TalentSource__Output as _lethe_talents_v1_TalentSource__Output } from '../../../lethe/talents/v1/TalentSource';
import type { TalentStatus as _lethe_talents_v1_TalentStatus, TalentStatus__Output as _lethe_talents_v1_TalentStatus__Output } from '../../../lethe/talents/v1/TalentStatus';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface Talent {
  'id'?: (string);
  'profile'?: (_lethe_talents_v1_TalentProfile | null);
  'source'?: (_lethe_talents_v1_TalentSource);
  'sourceInfo'?: (string);
  'fromCandidate'?: (boolean);
  'poolIds'?: (string)[];
  'tags'?: (string)[];
  'status'?: (_lethe_talents_v1_TalentStatus);
  'recruiterId'?: (string);
  'atsCandidateId'?: (string);
  'atsVersion'?: (number | string | Long);
  'reduced'?: (boolean);
  'version'?: (number);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'detailsPending'?: (boolean);
  'anonymised'?: (boolean);
}

export interface Talent__Output {
  'id': (string);
  'profile': (_lethe_talents_v1_TalentProfile__Output | null);
  'source': (_lethe_talents_v1_TalentSource__Output);
  'sourceInfo': (string);
  'fromCandidate': (boolean);
  'poolIds': (string)[];
  'tags': (string)[];
  'status': (_lethe_talents_v1_TalentStatus__Output);
  'recruiterId': (string);
  'atsCandidateId': (string);
  'atsVersion': (string);
  'reduced': (boolean);
  'version': (number);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'detailsPending': (boolean);
  'anonymised': (boolean);
}

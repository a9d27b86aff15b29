// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

import type { ProfileKind as _lethe_profiles_v1_ProfileKind, ProfileKind__Output as _lethe_profiles_v1_ProfileKind__Output } from '../../../lethe/profiles/v1/ProfileKind';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { SentState as _lethe_profiles_v1_SentState, SentState__Output as _lethe_profiles_v1_SentState__Output } from '../../../lethe/profiles/v1/SentState';

export interface SentProfile {
  'id'?: (string);
  'draftId'?: (string);
  'candidateId'?: (string);
  'clientId'?: (string);
  'clientRequestId'?: (string);
  'contactPersonId'?: (string);
  'presentationId'?: (string);
  'kind'?: (_lethe_profiles_v1_ProfileKind);
  'contentHash'?: (string);
  'sentAt'?: (_google_protobuf_Timestamp | null);
  'sentBy'?: (string);
  'messageId'?: (string);
  'state'?: (_lethe_profiles_v1_SentState);
  'recalledAt'?: (_google_protobuf_Timestamp | null);
  'recallReason'?: (string);
  'recallMessageId'?: (string);
  'clientFeedback'?: (string);
}

export interface SentProfile__Output {
  'id': (string);
  'draftId': (string);
  'candidateId': (string);
  'clientId': (string);
  'clientRequestId': (string);
  'contactPersonId': (string);
  'presentationId': (string);
  'kind': (_lethe_profiles_v1_ProfileKind__Output);
  'contentHash': (string);
  'sentAt': (_google_protobuf_Timestamp__Output | null);
  'sentBy': (string);
  'messageId': (string);
  'state': (_lethe_profiles_v1_SentState__Output);
  'recalledAt': (_google_protobuf_Timestamp__Output | null);
  'recallReason': (string);
  'recallMessageId': (string);
  'clientFeedback': (string);
}

// Original file: proto/lethe/consent/v1/consent_service.proto

import type { ConsentKind as _lethe_consent_v1_ConsentKind, ConsentKind__Output as _lethe_consent_v1_ConsentKind__Output } from '../../../lethe/consent/v1/ConsentKind';
import type { Channel as _lethe_common_v1_Channel, Channel__Output as _lethe_common_v1_Channel__Output } from '../../../lethe/common/v1/Channel';
import type { ConsentState as _lethe_consent_v1_ConsentState, ConsentState__Output as _lethe_consent_v1_ConsentState__Output } from '../../../lethe/consent/v1/ConsentState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { ConsentProof as _lethe_consent_v1_ConsentProof, ConsentProof__Output as _lethe_consent_v1_ConsentProof__Output } from '../../../lethe/consent/v1/ConsentProof';

export interface Consent {
  'requestId'?: (string);
  'consentId'?: (string);
  'subjectId'?: (string);
  'kind'?: (_lethe_consent_v1_ConsentKind);
  'clientId'?: (string);
  'channel'?: (_lethe_common_v1_Channel);
  'periodMonths'?: (number);
  'clientName'?: (string);
  'language'?: (string);
  'state'?: (_lethe_consent_v1_ConsentState);
  'requestedAt'?: (_google_protobuf_Timestamp | null);
  'requestedBy'?: (string);
  'linkExpiresAt'?: (_google_protobuf_Timestamp | null);
  'proof'?: (_lethe_consent_v1_ConsentProof | null);
  'validFrom'?: (_google_protobuf_Timestamp | null);
  'validUntil'?: (_google_protobuf_Timestamp | null);
  'withdrawnAt'?: (_google_protobuf_Timestamp | null);
  'withdrawnBy'?: (string);
  'expiredAt'?: (_google_protobuf_Timestamp | null);
}

export interface Consent__Output {
  'requestId': (string);
  'consentId': (string);
  'subjectId': (string);
  'kind': (_lethe_consent_v1_ConsentKind__Output);
  'clientId': (string);
  'channel': (_lethe_common_v1_Channel__Output);
  'periodMonths': (number);
  'clientName': (string);
  'language': (string);
  'state': (_lethe_consent_v1_ConsentState__Output);
  'requestedAt': (_google_protobuf_Timestamp__Output | null);
  'requestedBy': (string);
  'linkExpiresAt': (_google_protobuf_Timestamp__Output | null);
  'proof': (_lethe_consent_v1_ConsentProof__Output | null);
  'validFrom': (_google_protobuf_Timestamp__Output | null);
  'validUntil': (_google_protobuf_Timestamp__Output | null);
  'withdrawnAt': (_google_protobuf_Timestamp__Output | null);
  'withdrawnBy': (string);
  'expiredAt': (_google_protobuf_Timestamp__Output | null);
}

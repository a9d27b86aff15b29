// Original file: proto/lethe/consent/v1/consent_service.proto

import type { ConsentKind as _lethe_consent_v1_ConsentKind, ConsentKind__Output as _lethe_consent_v1_ConsentKind__Output } from '../../../lethe/consent/v1/ConsentKind';
import type { Channel as _lethe_common_v1_Channel, Channel__Output as _lethe_common_v1_Channel__Output } from '../../../lethe/common/v1/Channel';
import type { ConsentProof as _lethe_consent_v1_ConsentProof, ConsentProof__Output as _lethe_consent_v1_ConsentProof__Output } from '../../../lethe/consent/v1/ConsentProof';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { ConsentState as _lethe_consent_v1_ConsentState, ConsentState__Output as _lethe_consent_v1_ConsentState__Output } from '../../../lethe/consent/v1/ConsentState';

export interface ConsentReceipt {
  'receiptVersion'?: (string);
  'consentId'?: (string);
  'requestId'?: (string);
  'tenantId'?: (string);
  'subjectId'?: (string);
  'kind'?: (_lethe_consent_v1_ConsentKind);
  'clientId'?: (string);
  'channel'?: (_lethe_common_v1_Channel);
  'periodMonths'?: (number);
  'proof'?: (_lethe_consent_v1_ConsentProof | null);
  'validFrom'?: (_google_protobuf_Timestamp | null);
  'validUntil'?: (_google_protobuf_Timestamp | null);
  'state'?: (_lethe_consent_v1_ConsentState);
  'withdrawnAt'?: (_google_protobuf_Timestamp | null);
  'expiredAt'?: (_google_protobuf_Timestamp | null);
  'issuer'?: (string);
}

export interface ConsentReceipt__Output {
  'receiptVersion': (string);
  'consentId': (string);
  'requestId': (string);
  'tenantId': (string);
  'subjectId': (string);
  'kind': (_lethe_consent_v1_ConsentKind__Output);
  'clientId': (string);
  'channel': (_lethe_common_v1_Channel__Output);
  'periodMonths': (number);
  'proof': (_lethe_consent_v1_ConsentProof__Output | null);
  'validFrom': (_google_protobuf_Timestamp__Output | null);
  'validUntil': (_google_protobuf_Timestamp__Output | null);
  'state': (_lethe_consent_v1_ConsentState__Output);
  'withdrawnAt': (_google_protobuf_Timestamp__Output | null);
  'expiredAt': (_google_protobuf_Timestamp__Output | null);
  'issuer': (string);
}

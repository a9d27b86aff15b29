// Original file: proto/lethe/consent/v1/consent_service.proto

import type { ConsentKind as _lethe_consent_v1_ConsentKind, ConsentKind__Output as _lethe_consent_v1_ConsentKind__Output } from '../../../lethe/consent/v1/ConsentKind';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ConsentText {
  'id'?: (string);
  'kind'?: (_lethe_consent_v1_ConsentKind);
  'language'?: (string);
  'version'?: (number);
  'title'?: (string);
  'body'?: (string);
  'sha256'?: (string);
  'publishedAt'?: (_google_protobuf_Timestamp | null);
  'publishedBy'?: (string);
}

export interface ConsentText__Output {
  'id': (string);
  'kind': (_lethe_consent_v1_ConsentKind__Output);
  'language': (string);
  'version': (number);
  'title': (string);
  'body': (string);
  'sha256': (string);
  'publishedAt': (_google_protobuf_Timestamp__Output | null);
  'publishedBy': (string);
}

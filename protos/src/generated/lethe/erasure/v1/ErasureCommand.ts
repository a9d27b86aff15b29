// Original file: proto/lethe/erasure/v1/erasure.proto

import type { ErasureMode as _lethe_erasure_v1_ErasureMode, ErasureMode__Output as _lethe_erasure_v1_ErasureMode__Output } from '../../../lethe/erasure/v1/ErasureMode';
import type { ErasureReason as _lethe_erasure_v1_ErasureReason, ErasureReason__Output as _lethe_erasure_v1_ErasureReason__Output } from '../../../lethe/erasure/v1/ErasureReason';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { AnonymisedNotes as _lethe_erasure_v1_AnonymisedNotes, AnonymisedNotes__Output as _lethe_erasure_v1_AnonymisedNotes__Output } from '../../../lethe/erasure/v1/AnonymisedNotes';

export interface ErasureCommand {
  'commandId'?: (string);
  'tenantId'?: (string);
  'subjectId'?: (string);
  'mode'?: (_lethe_erasure_v1_ErasureMode);
  'keepFields'?: (string)[];
  'reason'?: (_lethe_erasure_v1_ErasureReason);
  'issuedAt'?: (_google_protobuf_Timestamp | null);
  'attempt'?: (number);
  'notes'?: (_lethe_erasure_v1_AnonymisedNotes);
  'keyId'?: (string);
  'signature'?: (string);
}

export interface ErasureCommand__Output {
  'commandId': (string);
  'tenantId': (string);
  'subjectId': (string);
  'mode': (_lethe_erasure_v1_ErasureMode__Output);
  'keepFields': (string)[];
  'reason': (_lethe_erasure_v1_ErasureReason__Output);
  'issuedAt': (_google_protobuf_Timestamp__Output | null);
  'attempt': (number);
  'notes': (_lethe_erasure_v1_AnonymisedNotes__Output);
  'keyId': (string);
  'signature': (string);
}

// Original file: proto/lethe/retention/v1/retention_service.proto

import type { ErasureMode as _lethe_erasure_v1_ErasureMode, ErasureMode__Output as _lethe_erasure_v1_ErasureMode__Output } from '../../../lethe/erasure/v1/ErasureMode';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { AnonymisedNotes as _lethe_erasure_v1_AnonymisedNotes, AnonymisedNotes__Output as _lethe_erasure_v1_AnonymisedNotes__Output } from '../../../lethe/erasure/v1/AnonymisedNotes';

export interface RetentionPolicy {
  'deleteAfterMonths'?: (number);
  'reduceAfterMonths'?: (number);
  'poolReduceAfterMonths'?: (number);
  'storageConsentExtensionMonths'?: (number);
  'skeletonFields'?: (string)[];
  'rejectionHoldMonths'?: (number);
  'candidateNoticeDays'?: (number);
  'ownerNoticeDays'?: (number);
  'waitHoursWithoutAssignment'?: (number);
  'waitDaysNormalProcessing'?: (number);
  'waitDaysPlacement'?: (number);
  'defaultMode'?: (_lethe_erasure_v1_ErasureMode);
  'version'?: (number);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'updatedBy'?: (string);
  'anonymisedNotes'?: (_lethe_erasure_v1_AnonymisedNotes);
  'talentConsentDeadlineDays'?: (number);
  'candidateNoticesOff'?: (boolean);
}

export interface RetentionPolicy__Output {
  'deleteAfterMonths': (number);
  'reduceAfterMonths': (number);
  'poolReduceAfterMonths': (number);
  'storageConsentExtensionMonths': (number);
  'skeletonFields': (string)[];
  'rejectionHoldMonths': (number);
  'candidateNoticeDays': (number);
  'ownerNoticeDays': (number);
  'waitHoursWithoutAssignment': (number);
  'waitDaysNormalProcessing': (number);
  'waitDaysPlacement': (number);
  'defaultMode': (_lethe_erasure_v1_ErasureMode__Output);
  'version': (number);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'updatedBy': (string);
  'anonymisedNotes': (_lethe_erasure_v1_AnonymisedNotes__Output);
  'talentConsentDeadlineDays': (number);
  'candidateNoticesOff': (boolean);
}

// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { ContactPersonInput as _lethe_candidates_v1_ContactPersonInput, ContactPersonInput__Output as _lethe_candidates_v1_ContactPersonInput__Output } from '../../../lethe/candidates/v1/ContactPersonInput';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ContactPerson {
  'id'?: (string);
  'contact'?: (_lethe_candidates_v1_ContactPersonInput | null);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'erased'?: (boolean);
  'markedForDeletionAt'?: (_google_protobuf_Timestamp | null);
  'earliestDeletionAt'?: (_google_protobuf_Timestamp | null);
}

export interface ContactPerson__Output {
  'id': (string);
  'contact': (_lethe_candidates_v1_ContactPersonInput__Output | null);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'erased': (boolean);
  'markedForDeletionAt': (_google_protobuf_Timestamp__Output | null);
  'earliestDeletionAt': (_google_protobuf_Timestamp__Output | null);
}

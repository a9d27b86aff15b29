// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { MetaStatus as _lethe_candidates_v1_MetaStatus, MetaStatus__Output as _lethe_candidates_v1_MetaStatus__Output } from '../../../lethe/candidates/v1/MetaStatus';

export interface ListCandidatesRequest {
  'page'?: (_lethe_common_v1_PageRequest | null);
  'tags'?: (string)[];
  'skill'?: (string);
  'ownerId'?: (string);
  'source'?: (string);
  'createdAfter'?: (_google_protobuf_Timestamp | null);
  'createdBefore'?: (_google_protobuf_Timestamp | null);
  'updatedAfter'?: (_google_protobuf_Timestamp | null);
  'updatedBefore'?: (_google_protobuf_Timestamp | null);
  'includeMarked'?: (boolean);
  'includeErasureRequested'?: (boolean);
  'applicationStatusKey'?: (string);
  'applicationMetaStatus'?: (_lethe_candidates_v1_MetaStatus);
}

export interface ListCandidatesRequest__Output {
  'page': (_lethe_common_v1_PageRequest__Output | null);
  'tags': (string)[];
  'skill': (string);
  'ownerId': (string);
  'source': (string);
  'createdAfter': (_google_protobuf_Timestamp__Output | null);
  'createdBefore': (_google_protobuf_Timestamp__Output | null);
  'updatedAfter': (_google_protobuf_Timestamp__Output | null);
  'updatedBefore': (_google_protobuf_Timestamp__Output | null);
  'includeMarked': (boolean);
  'includeErasureRequested': (boolean);
  'applicationStatusKey': (string);
  'applicationMetaStatus': (_lethe_candidates_v1_MetaStatus__Output);
}

// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { FileKind as _lethe_candidates_v1_FileKind, FileKind__Output as _lethe_candidates_v1_FileKind__Output } from '../../../lethe/candidates/v1/FileKind';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface CandidateFile {
  'id'?: (string);
  'candidateId'?: (string);
  'kind'?: (_lethe_candidates_v1_FileKind);
  'fileName'?: (string);
  'contentType'?: (string);
  'size'?: (number | string | Long);
  'uploadedAt'?: (_google_protobuf_Timestamp | null);
  'uploadedBy'?: (string);
}

export interface CandidateFile__Output {
  'id': (string);
  'candidateId': (string);
  'kind': (_lethe_candidates_v1_FileKind__Output);
  'fileName': (string);
  'contentType': (string);
  'size': (string);
  'uploadedAt': (_google_protobuf_Timestamp__Output | null);
  'uploadedBy': (string);
}

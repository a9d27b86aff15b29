// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { FileKind as _lethe_candidates_v1_FileKind, FileKind__Output as _lethe_candidates_v1_FileKind__Output } from '../../../lethe/candidates/v1/FileKind';

export interface FileHeader {
  'candidateId'?: (string);
  'kind'?: (_lethe_candidates_v1_FileKind);
  'fileName'?: (string);
}

export interface FileHeader__Output {
  'candidateId': (string);
  'kind': (_lethe_candidates_v1_FileKind__Output);
  'fileName': (string);
}

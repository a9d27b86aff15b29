// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { FileHeader as _lethe_candidates_v1_FileHeader, FileHeader__Output as _lethe_candidates_v1_FileHeader__Output } from '../../../lethe/candidates/v1/FileHeader';

export interface UploadFileRequest {
  'header'?: (_lethe_candidates_v1_FileHeader | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "header"|"chunk";
}

export interface UploadFileRequest__Output {
  'header'?: (_lethe_candidates_v1_FileHeader__Output | null);
  'chunk'?: (Buffer);
  'part'?: "header"|"chunk";
}

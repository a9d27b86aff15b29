// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { CandidateFile as _lethe_candidates_v1_CandidateFile, CandidateFile__Output as _lethe_candidates_v1_CandidateFile__Output } from '../../../lethe/candidates/v1/CandidateFile';

export interface DownloadFileResponse {
  'file'?: (_lethe_candidates_v1_CandidateFile | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "file"|"chunk";
}

export interface DownloadFileResponse__Output {
  'file'?: (_lethe_candidates_v1_CandidateFile__Output | null);
  'chunk'?: (Buffer);
  'part'?: "file"|"chunk";
}

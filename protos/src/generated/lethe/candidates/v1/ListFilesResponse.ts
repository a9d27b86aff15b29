// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { CandidateFile as _lethe_candidates_v1_CandidateFile, CandidateFile__Output as _lethe_candidates_v1_CandidateFile__Output } from '../../../lethe/candidates/v1/CandidateFile';

export interface ListFilesResponse {
  'files'?: (_lethe_candidates_v1_CandidateFile)[];
}

export interface ListFilesResponse__Output {
  'files': (_lethe_candidates_v1_CandidateFile__Output)[];
}

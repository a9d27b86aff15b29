// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface MergeCandidatesRequest {
  'keptCandidateId'?: (string);
  'mergedCandidateId'?: (string);
}

export interface MergeCandidatesRequest__Output {
  'keptCandidateId': (string);
  'mergedCandidateId': (string);
}

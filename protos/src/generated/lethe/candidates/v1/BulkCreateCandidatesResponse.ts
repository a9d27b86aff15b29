// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface BulkCreateCandidatesResponse {
  'candidateIds'?: (string)[];
}

export interface BulkCreateCandidatesResponse__Output {
  'candidateIds': (string)[];
}

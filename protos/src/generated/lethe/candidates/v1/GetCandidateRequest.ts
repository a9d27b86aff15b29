// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface GetCandidateRequest {
  'id'?: (string);
}

export interface GetCandidateRequest__Output {
  'id': (string);
}

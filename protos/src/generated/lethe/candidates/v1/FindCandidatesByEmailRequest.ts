// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface FindCandidatesByEmailRequest {
  'email'?: (string);
  'includeMarked'?: (boolean);
}

export interface FindCandidatesByEmailRequest__Output {
  'email': (string);
  'includeMarked': (boolean);
}

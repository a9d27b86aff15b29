// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface FindCandidatesByNameRequest {
  'firstName'?: (string);
  'lastName'?: (string);
  'includeMarked'?: (boolean);
}

export interface FindCandidatesByNameRequest__Output {
  'firstName': (string);
  'lastName': (string);
  'includeMarked': (boolean);
}

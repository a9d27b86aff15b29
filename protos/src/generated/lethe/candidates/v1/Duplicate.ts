// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface Duplicate {
  'candidateId'?: (string);
  'matchedOn'?: (string)[];
  'markedForDeletion'?: (boolean);
}

export interface Duplicate__Output {
  'candidateId': (string);
  'matchedOn': (string)[];
  'markedForDeletion': (boolean);
}

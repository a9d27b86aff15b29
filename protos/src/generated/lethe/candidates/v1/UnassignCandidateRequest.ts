// Original file: proto/lethe/candidates/v1/recruiting_service.proto


export interface UnassignCandidateRequest {
  'jobOrderId'?: (string);
  'candidateId'?: (string);
}

export interface UnassignCandidateRequest__Output {
  'jobOrderId': (string);
  'candidateId': (string);
}

// Original file: proto/lethe/candidates/v1/recruiting_service.proto


export interface ListAssignmentsRequest {
  'jobOrderId'?: (string);
  'candidateId'?: (string);
}

export interface ListAssignmentsRequest__Output {
  'jobOrderId': (string);
  'candidateId': (string);
}

// Original file: proto/lethe/candidates/v1/recruiting_service.proto


export interface CreateJobOrderRequest {
  'clientId'?: (string);
  'clientRequestId'?: (string);
  'jobId'?: (string);
  'title'?: (string);
}

export interface CreateJobOrderRequest__Output {
  'clientId': (string);
  'clientRequestId': (string);
  'jobId': (string);
  'title': (string);
}

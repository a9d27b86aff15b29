// Original file: proto/lethe/candidates/v1/recruiting_service.proto


export interface CreateJobRequest {
  'title'?: (string);
  'location'?: (string);
  'clientId'?: (string);
}

export interface CreateJobRequest__Output {
  'title': (string);
  'location': (string);
  'clientId': (string);
}

// Original file: proto/lethe/retention/v1/retention_service.proto


export interface GetErasureRequestRequest {
  'subjectId'?: (string);
}

export interface GetErasureRequestRequest__Output {
  'subjectId': (string);
}

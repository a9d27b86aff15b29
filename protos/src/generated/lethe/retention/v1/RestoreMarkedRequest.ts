// Original file: proto/lethe/retention/v1/retention_service.proto


export interface RestoreMarkedRequest {
  'subjectId'?: (string);
}

export interface RestoreMarkedRequest__Output {
  'subjectId': (string);
}

// Original file: proto/lethe/retention/v1/retention_service.proto


export interface ListSubjectExportsRequest {
  'subjectId'?: (string);
}

export interface ListSubjectExportsRequest__Output {
  'subjectId': (string);
}

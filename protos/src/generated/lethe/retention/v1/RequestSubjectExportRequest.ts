// Original file: proto/lethe/retention/v1/retention_service.proto


export interface RequestSubjectExportRequest {
  'subjectId'?: (string);
}

export interface RequestSubjectExportRequest__Output {
  'subjectId': (string);
}

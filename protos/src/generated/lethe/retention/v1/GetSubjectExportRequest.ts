// Original file: proto/lethe/retention/v1/retention_service.proto


export interface GetSubjectExportRequest {
  'exportId'?: (string);
}

export interface GetSubjectExportRequest__Output {
  'exportId': (string);
}

// Original file: proto/lethe/retention/v1/retention_service.proto


export interface DownloadSubjectExportRequest {
  'exportId'?: (string);
}

export interface DownloadSubjectExportRequest__Output {
  'exportId': (string);
}

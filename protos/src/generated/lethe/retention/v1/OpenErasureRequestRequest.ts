// Original file: proto/lethe/retention/v1/retention_service.proto


export interface OpenErasureRequestRequest {
  'subjectId'?: (string);
  'linkToken'?: (string);
  'reason'?: (string);
}

export interface OpenErasureRequestRequest__Output {
  'subjectId': (string);
  'linkToken': (string);
  'reason': (string);
}

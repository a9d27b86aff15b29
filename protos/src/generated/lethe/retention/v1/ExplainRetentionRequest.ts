// Original file: proto/lethe/retention/v1/retention_service.proto


export interface ExplainRetentionRequest {
  'subjectId'?: (string);
}

export interface ExplainRetentionRequest__Output {
  'subjectId': (string);
}

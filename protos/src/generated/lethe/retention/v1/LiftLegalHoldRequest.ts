// Original file: proto/lethe/retention/v1/retention_service.proto


export interface LiftLegalHoldRequest {
  'subjectId'?: (string);
}

export interface LiftLegalHoldRequest__Output {
  'subjectId': (string);
}

// Original file: proto/lethe/retention/v1/retention_service.proto


export interface SkippedSubject {
  'subjectId'?: (string);
  'reason'?: (string);
}

export interface SkippedSubject__Output {
  'subjectId': (string);
  'reason': (string);
}

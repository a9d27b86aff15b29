// Original file: proto/lethe/retention/v1/retention_service.proto


export interface WithdrawErasureRequestRequest {
  'subjectId'?: (string);
  'linkToken'?: (string);
  'reason'?: (string);
}

export interface WithdrawErasureRequestRequest__Output {
  'subjectId': (string);
  'linkToken': (string);
  'reason': (string);
}

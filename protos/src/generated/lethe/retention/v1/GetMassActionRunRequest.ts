// Original file: proto/lethe/retention/v1/retention_service.proto


export interface GetMassActionRunRequest {
  'runId'?: (string);
}

export interface GetMassActionRunRequest__Output {
  'runId': (string);
}

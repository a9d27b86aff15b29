// Original file: proto/lethe/retention/v1/retention_service.proto


export interface GetErasureRequest {
  'id'?: (string);
}

export interface GetErasureRequest__Output {
  'id': (string);
}

// Original file: proto/lethe/retention/v1/retention_service.proto


export interface GetErasureReceiptRequest {
  'erasureId'?: (string);
}

export interface GetErasureReceiptRequest__Output {
  'erasureId': (string);
}

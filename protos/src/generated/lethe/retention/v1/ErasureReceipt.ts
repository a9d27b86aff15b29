// Original file: proto/lethe/retention/v1/retention_service.proto


export interface ErasureReceipt {
  'payloadJson'?: (string);
  'signature'?: (string);
  'keyId'?: (string);
  'algorithm'?: (string);
}

export interface ErasureReceipt__Output {
  'payloadJson': (string);
  'signature': (string);
  'keyId': (string);
  'algorithm': (string);
}

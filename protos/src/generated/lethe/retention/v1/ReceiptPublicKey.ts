// Original file: proto/lethe/retention/v1/retention_service.proto


export interface ReceiptPublicKey {
  'keyId'?: (string);
  'algorithm'?: (string);
  'publicKeyPem'?: (string);
}

export interface ReceiptPublicKey__Output {
  'keyId': (string);
  'algorithm': (string);
  'publicKeyPem': (string);
}

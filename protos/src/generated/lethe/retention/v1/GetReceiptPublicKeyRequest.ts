// Original file: proto/lethe/retention/v1/retention_service.proto


export interface GetReceiptPublicKeyRequest {
}

export interface GetReceiptPublicKeyRequest__Output {
}

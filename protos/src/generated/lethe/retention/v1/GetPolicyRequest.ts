// Original file: proto/lethe/retention/v1/retention_service.proto


export interface GetPolicyRequest {
}

export interface GetPolicyRequest__Output {
}

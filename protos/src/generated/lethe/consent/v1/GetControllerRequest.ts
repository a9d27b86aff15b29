// Original file: proto/lethe/consent/v1/consent_service.proto


export interface GetControllerRequest {
}

export interface GetControllerRequest__Output {
}

// Original file: proto/lethe/consent/v1/consent_service.proto


export interface GetConsentSettingsRequest {
}

export interface GetConsentSettingsRequest__Output {
}

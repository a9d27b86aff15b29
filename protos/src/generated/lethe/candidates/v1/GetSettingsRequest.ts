// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface GetSettingsRequest {
}

export interface GetSettingsRequest__Output {
}

// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto


export interface GetProfileSettingsRequest {
}

export interface GetProfileSettingsRequest__Output {
}

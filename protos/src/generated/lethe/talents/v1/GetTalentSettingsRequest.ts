// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface GetTalentSettingsRequest {
}

export interface GetTalentSettingsRequest__Output {
}

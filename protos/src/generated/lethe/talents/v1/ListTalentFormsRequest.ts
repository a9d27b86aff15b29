// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface ListTalentFormsRequest {
}

export interface ListTalentFormsRequest__Output {
}

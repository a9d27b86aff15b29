// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface ListRulesRequest {
}

export interface ListRulesRequest__Output {
}

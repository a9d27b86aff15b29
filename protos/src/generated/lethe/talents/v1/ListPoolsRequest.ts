// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface ListPoolsRequest {
}

export interface ListPoolsRequest__Output {
}

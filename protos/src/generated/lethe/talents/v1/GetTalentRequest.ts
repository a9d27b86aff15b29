// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface GetTalentRequest {
  'id'?: (string);
}

export interface GetTalentRequest__Output {
  'id': (string);
}

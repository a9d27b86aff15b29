// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface GetTalentContactRequest {
  'id'?: (string);
}

export interface GetTalentContactRequest__Output {
  'id': (string);
}

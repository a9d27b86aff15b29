// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface RequestFollowUpRequest {
  'talentId'?: (string);
}

export interface RequestFollowUpRequest__Output {
  'talentId': (string);
}

// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface DeleteRuleRequest {
  'id'?: (string);
}

export interface DeleteRuleRequest__Output {
  'id': (string);
}

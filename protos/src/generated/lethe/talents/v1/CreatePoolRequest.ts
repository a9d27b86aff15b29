// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface CreatePoolRequest {
  'name'?: (string);
  'description'?: (string);
}

export interface CreatePoolRequest__Output {
  'name': (string);
  'description': (string);
}

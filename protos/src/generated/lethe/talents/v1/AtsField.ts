// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface AtsField {
  'name'?: (string);
  'profileField'?: (string);
  'required'?: (boolean);
}

export interface AtsField__Output {
  'name': (string);
  'profileField': (string);
  'required': (boolean);
}

// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface TalentContact {
  'firstName'?: (string);
  'lastName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'language'?: (string);
}

export interface TalentContact__Output {
  'firstName': (string);
  'lastName': (string);
  'email': (string);
  'phone': (string);
  'language': (string);
}

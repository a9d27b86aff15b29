// Original file: proto/lethe/candidates/v1/recruiting_service.proto


export interface ContactPersonInput {
  'clientId'?: (string);
  'salutation'?: (string);
  'firstName'?: (string);
  'lastName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'position'?: (string);
  'candidateId'?: (string);
}

export interface ContactPersonInput__Output {
  'clientId': (string);
  'salutation': (string);
  'firstName': (string);
  'lastName': (string);
  'email': (string);
  'phone': (string);
  'position': (string);
  'candidateId': (string);
}

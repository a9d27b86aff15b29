// Original file: proto/lethe/candidates/v1/recruiting_service.proto


export interface CreateClientRequestRequest {
  'clientId'?: (string);
  'contactPersonId'?: (string);
  'title'?: (string);
}

export interface CreateClientRequestRequest__Output {
  'clientId': (string);
  'contactPersonId': (string);
  'title': (string);
}

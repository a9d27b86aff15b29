// Original file: proto/lethe/messaging/v1/messaging_service.proto


export interface Recipient {
  'candidateId'?: (string);
  'contactPersonId'?: (string);
  'userId'?: (string);
  'recipient'?: "candidateId"|"contactPersonId"|"userId";
}

export interface Recipient__Output {
  'candidateId'?: (string);
  'contactPersonId'?: (string);
  'userId'?: (string);
  'recipient'?: "candidateId"|"contactPersonId"|"userId";
}

// Original file: proto/lethe/consent/v1/consent_service.proto


export interface GetConsentReceiptRequest {
  'consentId'?: (string);
}

export interface GetConsentReceiptRequest__Output {
  'consentId': (string);
}

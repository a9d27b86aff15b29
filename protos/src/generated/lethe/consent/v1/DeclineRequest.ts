// Original file: proto/lethe/consent/v1/consent_service.proto


export interface DeclineRequest {
  'requestId'?: (string);
}

export interface DeclineRequest__Output {
  'requestId': (string);
}

// Original file: proto/lethe/consent/v1/consent_service.proto


export interface ConsentStatement {
  'textId'?: (string);
  'textVersion'?: (number);
  'language'?: (string);
  'title'?: (string);
  'body'?: (string);
  'sha256'?: (string);
}

export interface ConsentStatement__Output {
  'textId': (string);
  'textVersion': (number);
  'language': (string);
  'title': (string);
  'body': (string);
  'sha256': (string);
}

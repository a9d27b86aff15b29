// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface Address {
  'street'?: (string);
  'zip'?: (string);
  'city'?: (string);
  'country'?: (string);
}

export interface Address__Output {
  'street': (string);
  'zip': (string);
  'city': (string);
  'country': (string);
}

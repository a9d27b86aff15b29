// Original file: proto/lethe/consent/v1/consent_service.proto


export interface PostalAddress {
  'lines'?: (string)[];
}

export interface PostalAddress__Output {
  'lines': (string)[];
}

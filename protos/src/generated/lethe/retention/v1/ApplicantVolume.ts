// Original file: proto/lethe/retention/v1/retention_service.proto


export interface ApplicantVolume {
  'year'?: (number);
  'unreducedActiveFromEarlierYears'?: (number);
  'applicationsInYear'?: (number);
  'contractVolume'?: (number);
}

export interface ApplicantVolume__Output {
  'year': (number);
  'unreducedActiveFromEarlierYears': (number);
  'applicationsInYear': (number);
  'contractVolume': (number);
}

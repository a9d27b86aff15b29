// Original file: proto/lethe/retention/v1/retention_service.proto


export interface MassActionResult {
  'matched'?: (number);
  'affected'?: (number);
  'subjectIds'?: (string)[];
}

export interface MassActionResult__Output {
  'matched': (number);
  'affected': (number);
  'subjectIds': (string)[];
}

// Original file: proto/lethe/common/v1/common.proto


export interface FieldViolation {
  'field'?: (string);
  'description'?: (string);
  'code'?: (string);
}

export interface FieldViolation__Output {
  'field': (string);
  'description': (string);
  'code': (string);
}

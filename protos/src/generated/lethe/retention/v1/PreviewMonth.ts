// Original file: proto/lethe/retention/v1/retention_service.proto


export interface PreviewMonth {
  'month'?: (string);
  'reductions'?: (number);
  'deletions'?: (number);
}

export interface PreviewMonth__Output {
  'month': (string);
  'reductions': (number);
  'deletions': (number);
}

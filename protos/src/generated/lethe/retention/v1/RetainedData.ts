// Original file: proto/lethe/retention/v1/retention_service.proto


export interface RetainedData {
  'service'?: (string);
  'fields'?: (string)[];
  'reason'?: (string);
  'explanation'?: ({[key: string]: string});
}

export interface RetainedData__Output {
  'service': (string);
  'fields': (string)[];
  'reason': (string);
  'explanation': ({[key: string]: string});
}

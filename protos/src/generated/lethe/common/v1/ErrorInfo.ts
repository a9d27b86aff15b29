// Original file: proto/lethe/common/v1/common.proto


export interface ErrorInfo {
  'reason'?: (string);
  'resourceType'?: (string);
  'resourceId'?: (string);
}

export interface ErrorInfo__Output {
  'reason': (string);
  'resourceType': (string);
  'resourceId': (string);
}

// Original file: proto/lethe/common/v1/common.proto


export interface PageResponse {
  'nextPageToken'?: (string);
}

export interface PageResponse__Output {
  'nextPageToken': (string);
}

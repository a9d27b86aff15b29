// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface ListFilesRequest {
  'candidateId'?: (string);
}

export interface ListFilesRequest__Output {
  'candidateId': (string);
}

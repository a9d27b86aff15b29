// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface DeleteFileRequest {
  'candidateId'?: (string);
  'fileId'?: (string);
}

export interface DeleteFileRequest__Output {
  'candidateId': (string);
  'fileId': (string);
}

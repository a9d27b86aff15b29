// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface DownloadFileRequest {
  'candidateId'?: (string);
  'fileId'?: (string);
}

export interface DownloadFileRequest__Output {
  'candidateId': (string);
  'fileId': (string);
}

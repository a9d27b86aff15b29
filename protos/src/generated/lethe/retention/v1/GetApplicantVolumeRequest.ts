// Original file: proto/lethe/retention/v1/retention_service.proto


export interface GetApplicantVolumeRequest {
  'year'?: (number);
}

export interface GetApplicantVolumeRequest__Output {
  'year': (number);
}

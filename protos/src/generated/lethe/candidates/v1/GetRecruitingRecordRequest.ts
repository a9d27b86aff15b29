// Original file: proto/lethe/candidates/v1/recruiting_service.proto


export interface GetRecruitingRecordRequest {
  'id'?: (string);
}

export interface GetRecruitingRecordRequest__Output {
  'id': (string);
}

// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface AssignTalentToJobRequest {
  'talentId'?: (string);
  'jobId'?: (string);
}

export interface AssignTalentToJobRequest__Output {
  'talentId': (string);
  'jobId': (string);
}

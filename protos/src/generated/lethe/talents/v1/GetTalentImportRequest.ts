// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface GetTalentImportRequest {
  'id'?: (string);
}

export interface GetTalentImportRequest__Output {
  'id': (string);
}

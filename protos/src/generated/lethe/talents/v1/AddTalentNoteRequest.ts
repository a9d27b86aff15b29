// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface AddTalentNoteRequest {
  'talentId'?: (string);
  'text'?: (string);
}

export interface AddTalentNoteRequest__Output {
  'talentId': (string);
  'text': (string);
}

// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface CompleteReminderRequest {
  'id'?: (string);
}

export interface CompleteReminderRequest__Output {
  'id': (string);
}

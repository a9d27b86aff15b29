// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface CancelReminderRequest {
  'id'?: (string);
}

export interface CancelReminderRequest__Output {
  'id': (string);
}

// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface SendApplicationToAtsRequest {
  'assignmentId'?: (string);
  'fields'?: ({[key: string]: string});
  'comment'?: (string);
}

export interface SendApplicationToAtsRequest__Output {
  'assignmentId': (string);
  'fields': ({[key: string]: string});
  'comment': (string);
}

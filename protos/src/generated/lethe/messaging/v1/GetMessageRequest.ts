// Original file: proto/lethe/messaging/v1/messaging_service.proto


export interface GetMessageRequest {
  'id'?: (string);
}

export interface GetMessageRequest__Output {
  'id': (string);
}

// Original file: proto/lethe/messaging/v1/messaging_service.proto


export interface RenderedMessage {
  'subject'?: (string);
  'text'?: (string);
  'html'?: (string);
}

export interface RenderedMessage__Output {
  'subject': (string);
  'text': (string);
  'html': (string);
}

// Original file: proto/lethe/messaging/v1/messaging_service.proto


export interface UserAddress {
  'userId'?: (string);
  'email'?: (string);
  'name'?: (string);
  'language'?: (string);
  'erasureRequestNotices'?: (boolean);
}

export interface UserAddress__Output {
  'userId': (string);
  'email': (string);
  'name': (string);
  'language': (string);
  'erasureRequestNotices': (boolean);
}

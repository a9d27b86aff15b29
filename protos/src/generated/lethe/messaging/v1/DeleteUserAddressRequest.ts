// Original file: proto/lethe/messaging/v1/messaging_service.proto


export interface DeleteUserAddressRequest {
  'userId'?: (string);
}

export interface DeleteUserAddressRequest__Output {
  'userId': (string);
}

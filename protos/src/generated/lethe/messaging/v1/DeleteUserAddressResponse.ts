// Original file: proto/lethe/messaging/v1/messaging_service.proto


export interface DeleteUserAddressResponse {
}

export interface DeleteUserAddressResponse__Output {
}

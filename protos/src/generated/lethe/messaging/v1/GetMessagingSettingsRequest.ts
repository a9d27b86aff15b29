// Original file: proto/lethe/messaging/v1/messaging_service.proto


export interface GetMessagingSettingsRequest {
}

export interface GetMessagingSettingsRequest__Output {
}

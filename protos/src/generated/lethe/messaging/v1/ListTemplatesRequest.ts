// Original file: proto/lethe/messaging/v1/messaging_service.proto


export interface ListTemplatesRequest {
}

export interface ListTemplatesRequest__Output {
}

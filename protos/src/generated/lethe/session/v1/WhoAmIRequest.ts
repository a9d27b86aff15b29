// Original file: proto/lethe/session/v1/session.proto


export interface WhoAmIRequest {
}

export interface WhoAmIRequest__Output {
}

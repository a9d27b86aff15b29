// Original file: proto/lethe/candidates/v1/recruiting_service.proto


export interface DeleteContactPersonResponse {
}

export interface DeleteContactPersonResponse__Output {
}

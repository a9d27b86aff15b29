// Original file: proto/lethe/candidates/v1/candidates_service.proto


export interface DeleteFileResponse {
}

export interface DeleteFileResponse__Output {
}

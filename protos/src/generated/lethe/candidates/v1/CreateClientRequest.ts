// Original file: proto/lethe/candidates/v1/recruiting_service.proto


export interface CreateClientRequest {
  'name'?: (string);
}

export interface CreateClientRequest__Output {
  'name': (string);
}

// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto


export interface GetDraftRequest {
  'id'?: (string);
}

export interface GetDraftRequest__Output {
  'id': (string);
}

// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto


export interface PreviewDraftRequest {
  'id'?: (string);
}

export interface PreviewDraftRequest__Output {
  'id': (string);
}

// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto


export interface RenderDraftPdfRequest {
  'id'?: (string);
}

export interface RenderDraftPdfRequest__Output {
  'id': (string);
}

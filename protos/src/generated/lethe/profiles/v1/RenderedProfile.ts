// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto


export interface RenderedProfile {
  'html'?: (string);
  'contentHash'?: (string);
}

export interface RenderedProfile__Output {
  'html': (string);
  'contentHash': (string);
}

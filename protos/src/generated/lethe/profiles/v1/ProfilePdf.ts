// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto


export interface ProfilePdf {
  'pdf'?: (Buffer | Uint8Array | string);
  'contentHash'?: (string);
}

export interface ProfilePdf__Output {
  'pdf': (Buffer);
  'contentHash': (string);
}

// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto


export interface SendProfileRequest {
  'draftId'?: (string);
  'contentHash'?: (string);
  'contactPersonId'?: (string);
  'note'?: (string);
}

export interface SendProfileRequest__Output {
  'draftId': (string);
  'contentHash': (string);
  'contactPersonId': (string);
  'note': (string);
}

// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto


export interface ProfileFact {
  'label'?: (string);
  'value'?: (string);
}

export interface ProfileFact__Output {
  'label': (string);
  'value': (string);
}

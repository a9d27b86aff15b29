// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto


export interface ProfileSection {
  'key'?: (string);
  'title'?: (string);
  'paragraphs'?: (string)[];
}

export interface ProfileSection__Output {
  'key': (string);
  'title': (string);
  'paragraphs': (string)[];
}

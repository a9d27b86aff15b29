// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

export const ProfileKind = {
  PROFILE_KIND_UNSPECIFIED: 'PROFILE_KIND_UNSPECIFIED',
  PROFILE_KIND_ANONYMOUS: 'PROFILE_KIND_ANONYMOUS',
  PROFILE_KIND_CLEAR_DATA: 'PROFILE_KIND_CLEAR_DATA',
} as const;

export type ProfileKind =
  | 'PROFILE_KIND_UNSPECIFIED'
  | 0
  | 'PROFILE_KIND_ANONYMOUS'
  | 1
  | 'PROFILE_KIND_CLEAR_DATA'
  | 2

export type ProfileKind__Output = typeof ProfileKind[keyof typeof ProfileKind]

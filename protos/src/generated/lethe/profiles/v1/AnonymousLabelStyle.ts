// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

export const AnonymousLabelStyle = {
  ANONYMOUS_LABEL_STYLE_UNSPECIFIED: 'ANONYMOUS_LABEL_STYLE_UNSPECIFIED',
  ANONYMOUS_LABEL_STYLE_INITIALS: 'ANONYMOUS_LABEL_STYLE_INITIALS',
  ANONYMOUS_LABEL_STYLE_NEUTRAL: 'ANONYMOUS_LABEL_STYLE_NEUTRAL',
} as const;

export type AnonymousLabelStyle =
  | 'ANONYMOUS_LABEL_STYLE_UNSPECIFIED'
  | 0
  | 'ANONYMOUS_LABEL_STYLE_INITIALS'
  | 1
  | 'ANONYMOUS_LABEL_STYLE_NEUTRAL'
  | 2

export type AnonymousLabelStyle__Output = typeof AnonymousLabelStyle[keyof typeof AnonymousLabelStyle]

// Original file: proto/lethe/candidates/v1/candidates_service.proto

export const AnonymisedNameStyle = {
  ANONYMISED_NAME_STYLE_UNSPECIFIED: 'ANONYMISED_NAME_STYLE_UNSPECIFIED',
  ANONYMISED_NAME_STYLE_INITIALS: 'ANONYMISED_NAME_STYLE_INITIALS',
  ANONYMISED_NAME_STYLE_CHARACTER: 'ANONYMISED_NAME_STYLE_CHARACTER',
} as const;

export type AnonymisedNameStyle =
  | 'ANONYMISED_NAME_STYLE_UNSPECIFIED'
  | 0
  | 'ANONYMISED_NAME_STYLE_INITIALS'
  | 1
  | 'ANONYMISED_NAME_STYLE_CHARACTER'
  | 2

export type AnonymisedNameStyle__Output = typeof AnonymisedNameStyle[keyof typeof AnonymisedNameStyle]

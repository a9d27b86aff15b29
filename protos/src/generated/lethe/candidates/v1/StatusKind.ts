// Original file: proto/lethe/candidates/v1/recruiting_service.proto

export const StatusKind = {
  STATUS_KIND_UNSPECIFIED: 'STATUS_KIND_UNSPECIFIED',
  STATUS_KIND_APPLICATION: 'STATUS_KIND_APPLICATION',
  STATUS_KIND_PRESENTATION: 'STATUS_KIND_PRESENTATION',
} as const;

export type StatusKind =
  | 'STATUS_KIND_UNSPECIFIED'
  | 0
  | 'STATUS_KIND_APPLICATION'
  | 1
  | 'STATUS_KIND_PRESENTATION'
  | 2

export type StatusKind__Output = typeof StatusKind[keyof typeof StatusKind]

// Original file: proto/lethe/candidates/v1/candidates_service.proto

export const FileKind = {
  FILE_KIND_UNSPECIFIED: 'FILE_KIND_UNSPECIFIED',
  FILE_KIND_CV: 'FILE_KIND_CV',
  FILE_KIND_PHOTO: 'FILE_KIND_PHOTO',
  FILE_KIND_ATTACHMENT: 'FILE_KIND_ATTACHMENT',
} as const;

export type FileKind =
  | 'FILE_KIND_UNSPECIFIED'
  | 0
  | 'FILE_KIND_CV'
  | 1
  | 'FILE_KIND_PHOTO'
  | 2
  | 'FILE_KIND_ATTACHMENT'
  | 3

export type FileKind__Output = typeof FileKind[keyof typeof FileKind]

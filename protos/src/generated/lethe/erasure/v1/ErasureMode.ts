// Original file: proto/lethe/erasure/v1/erasure.proto

export const ErasureMode = {
  ERASURE_MODE_UNSPECIFIED: 'ERASURE_MODE_UNSPECIFIED',
  ERASURE_MODE_DELETE: 'ERASURE_MODE_DELETE',
  ERASURE_MODE_ANONYMISE: 'ERASURE_MODE_ANONYMISE',
  ERASURE_MODE_REDUCE: 'ERASURE_MODE_REDUCE',
} as const;

export type ErasureMode =
  | 'ERASURE_MODE_UNSPECIFIED'
  | 0
  | 'ERASURE_MODE_DELETE'
  | 1
  | 'ERASURE_MODE_ANONYMISE'
  | 2
  | 'ERASURE_MODE_REDUCE'
  | 3

export type ErasureMode__Output = typeof ErasureMode[keyof typeof ErasureMode]

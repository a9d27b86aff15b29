// Original file: proto/lethe/candidates/v1/candidates_service.proto

export const NoteHandling = {
  NOTE_HANDLING_UNSPECIFIED: 'NOTE_HANDLING_UNSPECIFIED',
  NOTE_HANDLING_KEEP: 'NOTE_HANDLING_KEEP',
  NOTE_HANDLING_EMPTY: 'NOTE_HANDLING_EMPTY',
  NOTE_HANDLING_DELETE: 'NOTE_HANDLING_DELETE',
} as const;

export type NoteHandling =
  | 'NOTE_HANDLING_UNSPECIFIED'
  | 0
  | 'NOTE_HANDLING_KEEP'
  | 1
  | 'NOTE_HANDLING_EMPTY'
  | 2
  | 'NOTE_HANDLING_DELETE'
  | 3

export type NoteHandling__Output = typeof NoteHandling[keyof typeof NoteHandling]

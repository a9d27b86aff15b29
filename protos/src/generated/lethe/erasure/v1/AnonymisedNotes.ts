// Original file: proto/lethe/erasure/v1/erasure.proto

export const AnonymisedNotes = {
  ANONYMISED_NOTES_UNSPECIFIED: 'ANONYMISED_NOTES_UNSPECIFIED',
  ANONYMISED_NOTES_KEEP: 'ANONYMISED_NOTES_KEEP',
  ANONYMISED_NOTES_EMPTY: 'ANONYMISED_NOTES_EMPTY',
  ANONYMISED_NOTES_DELETE: 'ANONYMISED_NOTES_DELETE',
} as const;

export type AnonymisedNotes =
  | 'ANONYMISED_NOTES_UNSPECIFIED'
  | 0
  | 'ANONYMISED_NOTES_KEEP'
  | 1
  | 'ANONYMISED_NOTES_EMPTY'
  | 2
  | 'ANONYMISED_NOTES_DELETE'
  | 3

export type AnonymisedNotes__Output = typeof AnonymisedNotes[keyof typeof AnonymisedNotes]

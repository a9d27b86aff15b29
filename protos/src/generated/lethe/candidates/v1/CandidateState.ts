// Original file: proto/lethe/candidates/v1/candidates_service.proto

export const CandidateState = {
  CANDIDATE_STATE_UNSPECIFIED: 'CANDIDATE_STATE_UNSPECIFIED',
  CANDIDATE_STATE_ACTIVE: 'CANDIDATE_STATE_ACTIVE',
  CANDIDATE_STATE_REDUCED: 'CANDIDATE_STATE_REDUCED',
  CANDIDATE_STATE_ANONYMISED: 'CANDIDATE_STATE_ANONYMISED',
} as const;

export type CandidateState =
  | 'CANDIDATE_STATE_UNSPECIFIED'
  | 0
  | 'CANDIDATE_STATE_ACTIVE'
  | 1
  | 'CANDIDATE_STATE_REDUCED'
  | 2
  | 'CANDIDATE_STATE_ANONYMISED'
  | 3

export type CandidateState__Output = typeof CandidateState[keyof typeof CandidateState]

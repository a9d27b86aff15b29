// Original file: proto/lethe/common/v1/common.proto

export const ActorKind = {
  ACTOR_KIND_UNSPECIFIED: 'ACTOR_KIND_UNSPECIFIED',
  ACTOR_KIND_USER: 'ACTOR_KIND_USER',
  ACTOR_KIND_SERVICE: 'ACTOR_KIND_SERVICE',
  ACTOR_KIND_CANDIDATE: 'ACTOR_KIND_CANDIDATE',
} as const;

export type ActorKind =
  | 'ACTOR_KIND_UNSPECIFIED'
  | 0
  | 'ACTOR_KIND_USER'
  | 1
  | 'ACTOR_KIND_SERVICE'
  | 2
  | 'ACTOR_KIND_CANDIDATE'
  | 3

export type ActorKind__Output = typeof ActorKind[keyof typeof ActorKind]

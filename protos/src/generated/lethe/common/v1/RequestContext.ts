// Original file: proto/lethe/common/v1/common.proto

import type { ActorKind as _lethe_common_v1_ActorKind, ActorKind__Output as _lethe_common_v1_ActorKind__Output } from '../../../lethe/common/v1/ActorKind';

export interface RequestContext {
  'tenantId'?: (string);
  'actorId'?: (string);
  'actorKind'?: (_lethe_common_v1_ActorKind);
  'rights'?: (string)[];
  'requestId'?: (string);
}

export interface RequestContext__Output {
  'tenantId': (string);
  'actorId': (string);
  'actorKind': (_lethe_common_v1_ActorKind__Output);
  'rights': (string)[];
  'requestId': (string);
}

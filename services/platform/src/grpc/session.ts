import { loadGrpcObject, type RequestContext as RequestContextMessage, type SessionProto } from '@lethe/protos';
import type { ActorKind, RequestContext } from '../auth/context';
import { defineService, unary, type ServiceRegistration } from './handlers';

const ACTOR_KIND_MESSAGE = {
  user: 'ACTOR_KIND_USER',
  service: 'ACTOR_KIND_SERVICE',
  candidate: 'ACTOR_KIND_CANDIDATE',
} as const satisfies Record<ActorKind, string>;

/** The verified caller as a `lethe.common.v1.RequestContext` message. */
export function requestContextMessage(ctx: RequestContext): RequestContextMessage {
  return {
    tenantId: ctx.tenantId,
    actorId: ctx.actorId,
    actorKind: ACTOR_KIND_MESSAGE[ctx.actorKind],
    rights: [...ctx.rights].sort(),
    requestId: ctx.requestId,
  };
}

/** lethe.session.v1.SessionService: WhoAmI answers how the caller's token was understood. */
export function sessionService(): ServiceRegistration {
  const definition = loadGrpcObject<SessionProto>().lethe.session.v1.SessionService.service;
  return defineService(definition).implement({
    WhoAmI: unary(async (_request, ctx) => requestContextMessage(ctx)),
  });
}

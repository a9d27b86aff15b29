export {
  clientStream,
  defineService,
  serverStream,
  serviceNameOf,
  unary,
  type ClientStreamHandler,
  type HandlerTable,
  type MethodHandler,
  type ServiceBuilder,
  type ServerStreamHandler,
  type ServiceHandlers,
  type ServiceRegistration,
  type UnaryHandler,
} from './handlers';
export { createGrpcServer, type GrpcServerOptions, type LetheGrpcServer } from './server';
export { LIVENESS_SERVICE, ServingHealth } from './health';
export { requestContextMessage, sessionService } from './session';
export { currentRequestContext, runInRequestScope } from './request-scope';
export { encodeStatusDetails, readErrorDetails, statusForError, STATUS_DETAILS_TRAILER, type ErrorDetails } from './error-details';
export { DEFAULT_MAX_MESSAGE_BYTES } from './limits';
export {
  clientStreamCall,
  createClient,
  defaultDeadlineMs,
  letheClientInterceptor,
  serverStreamCall,
  unaryCall,
  type CallSettings,
  type ClientSettings,
  type TokenProvider,
} from './client';

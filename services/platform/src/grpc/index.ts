export { clientStream, defineService, serverStream, unary, type HandlerTable, type ServiceHandlers, type ServiceRegistration } from './handlers';
export { readErrorDetails, RETRY_AFTER_TRAILER } from './error-details';
export { clientStreamCall, createClient, serverStreamCall, unaryCall } from './client';

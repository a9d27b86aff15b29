// Original file: proto/lethe/session/v1/session.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { RequestContext as _lethe_common_v1_RequestContext, RequestContext__Output as _lethe_common_v1_RequestContext__Output } from '../../../lethe/common/v1/RequestContext';
import type { WhoAmIRequest as _lethe_session_v1_WhoAmIRequest, WhoAmIRequest__Output as _lethe_session_v1_WhoAmIRequest__Output } from '../../../lethe/session/v1/WhoAmIRequest';

export interface SessionServiceClient extends grpc.Client {
  WhoAmI(argument: _lethe_session_v1_WhoAmIRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_common_v1_RequestContext__Output>): grpc.ClientUnaryCall;
  WhoAmI(argument: _lethe_session_v1_WhoAmIRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_common_v1_RequestContext__Output>): grpc.ClientUnaryCall;
  WhoAmI(argument: _lethe_session_v1_WhoAmIRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_common_v1_RequestContext__Output>): grpc.ClientUnaryCall;
  WhoAmI(argument: _lethe_session_v1_WhoAmIRequest, callback: grpc.requestCallback<_lethe_common_v1_RequestContext__Output>): grpc.ClientUnaryCall;
  whoAmI(argument: _lethe_session_v1_WhoAmIRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_common_v1_RequestContext__Output>): grpc.ClientUnaryCall;
  whoAmI(argument: _lethe_session_v1_WhoAmIRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_common_v1_RequestContext__Output>): grpc.ClientUnaryCall;
  whoAmI(argument: _lethe_session_v1_WhoAmIRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_common_v1_RequestContext__Output>): grpc.ClientUnaryCall;
  whoAmI(argument: _lethe_session_v1_WhoAmIRequest, callback: grpc.requestCallback<_lethe_common_v1_RequestContext__Output>): grpc.ClientUnaryCall;
  
}

export interface SessionServiceHandlers extends grpc.UntypedServiceImplementation {
  WhoAmI: grpc.handleUnaryCall<_lethe_session_v1_WhoAmIRequest__Output, _lethe_common_v1_RequestContext>;
  
}

export interface SessionServiceDefinition extends grpc.ServiceDefinition {
  WhoAmI: MethodDefinition<_lethe_session_v1_WhoAmIRequest, _lethe_common_v1_RequestContext, _lethe_session_v1_WhoAmIRequest__Output, _lethe_common_v1_RequestContext__Output>
}

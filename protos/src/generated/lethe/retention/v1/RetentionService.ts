// Original file: proto/lethe/retention/v1/retention_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Erasure as _lethe_retention_v1_Erasure, Erasure__Output as _lethe_retention_v1_Erasure__Output } from '../../../lethe/retention/v1/Erasure';
import type { ExplainRetentionRequest as _lethe_retention_v1_ExplainRetentionRequest, ExplainRetentionRequest__Output as _lethe_retention_v1_ExplainRetentionRequest__Output } from '../../../lethe/retention/v1/ExplainRetentionRequest';
import type { GetErasureRequest as _lethe_retention_v1_GetErasureRequest, GetErasureRequest__Output as _lethe_retention_v1_GetErasureRequest__Output } from '../../../lethe/retention/v1/GetErasureRequest';
import type { GetPolicyRequest as _lethe_retention_v1_GetPolicyRequest, GetPolicyRequest__Output as _lethe_retention_v1_GetPolicyRequest__Output } from '../../../lethe/retention/v1/GetPolicyRequest';
import type { ListErasuresRequest as _lethe_retention_v1_ListErasuresRequest, ListErasuresRequest__Output as _lethe_retention_v1_ListErasuresRequest__Output } from '../../../lethe/retention/v1/ListErasuresRequest';
import type { ListErasuresResponse as _lethe_retention_v1_ListErasuresResponse, ListErasuresResponse__Output as _lethe_retention_v1_ListErasuresResponse__Output } from '../../../lethe/retention/v1/ListErasuresResponse';
import type { ListMarkedRequest as _lethe_retention_v1_ListMarkedRequest, ListMarkedRequest__Output as _lethe_retention_v1_ListMarkedRequest__Output } from '../../../lethe/retention/v1/ListMarkedRequest';
import type { ListMarkedResponse as _lethe_retention_v1_ListMarkedResponse, ListMarkedResponse__Output as _lethe_retention_v1_ListMarkedResponse__Output } from '../../../lethe/retention/v1/ListMarkedResponse';
import type { Mark as _lethe_retention_v1_Mark, Mark__Output as _lethe_retention_v1_Mark__Output } from '../../../lethe/retention/v1/Mark';
import type { MarkForDeletionRequest as _lethe_retention_v1_MarkForDeletionRequest, MarkForDeletionRequest__Output as _lethe_retention_v1_MarkForDeletionRequest__Output } from '../../../lethe/retention/v1/MarkForDeletionRequest';
import type { RestoreMarkedRequest as _lethe_retention_v1_RestoreMarkedRequest, RestoreMarkedRequest__Output as _lethe_retention_v1_RestoreMarkedRequest__Output } from '../../../lethe/retention/v1/RestoreMarkedRequest';
import type { RetentionExplanation as _lethe_retention_v1_RetentionExplanation, RetentionExplanation__Output as _lethe_retention_v1_RetentionExplanation__Output } from '../../../lethe/retention/v1/RetentionExplanation';
import type { RetentionPolicy as _lethe_retention_v1_RetentionPolicy, RetentionPolicy__Output as _lethe_retention_v1_RetentionPolicy__Output } from '../../../lethe/retention/v1/RetentionPolicy';
import type { UpdatePolicyRequest as _lethe_retention_v1_UpdatePolicyRequest, UpdatePolicyRequest__Output as _lethe_retention_v1_UpdatePolicyRequest__Output } from '../../../lethe/retention/v1/UpdatePolicyRequest';

export interface RetentionServiceClient extends grpc.Client {
  ExplainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  ExplainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  ExplainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  ExplainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  explainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  explainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  explainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  explainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  
  GetErasure(argument: _lethe_retention_v1_GetErasureRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  GetErasure(argument: _lethe_retention_v1_GetErasureRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  GetErasure(argument: _lethe_retention_v1_GetErasureRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  GetErasure(argument: _lethe_retention_v1_GetErasureRequest, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  getErasure(argument: _lethe_retention_v1_GetErasureRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  getErasure(argument: _lethe_retention_v1_GetErasureRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  getErasure(argument: _lethe_retention_v1_GetErasureRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  getErasure(argument: _lethe_retention_v1_GetErasureRequest, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  
  GetPolicy(argument: _lethe_retention_v1_GetPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  GetPolicy(argument: _lethe_retention_v1_GetPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  GetPolicy(argument: _lethe_retention_v1_GetPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  GetPolicy(argument: _lethe_retention_v1_GetPolicyRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _lethe_retention_v1_GetPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _lethe_retention_v1_GetPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _lethe_retention_v1_GetPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _lethe_retention_v1_GetPolicyRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  
  ListErasures(argument: _lethe_retention_v1_ListErasuresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListErasuresResponse__Output>): grpc.ClientUnaryCall;
  ListErasures(argument: _lethe_retention_v1_ListErasuresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ListErasuresResponse__Output>): grpc.ClientUnaryCall;
  ListErasures(argument: _lethe_retention_v1_ListErasuresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListErasuresResponse__Output>): grpc.ClientUnaryCall;
  ListErasures(argument: _lethe_retention_v1_ListErasuresRequest, callback: grpc.requestCallback<_lethe_retention_v1_ListErasuresResponse__Output>): grpc.ClientUnaryCall;
  listErasures(argument: _lethe_retention_v1_ListErasuresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListErasuresResponse__Output>): grpc.ClientUnaryCall;
  listErasures(argument: _lethe_retention_v1_ListErasuresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ListErasuresResponse__Output>): grpc.ClientUnaryCall;
  listErasures(argument: _lethe_retention_v1_ListErasuresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListErasuresResponse__Output>): grpc.ClientUnaryCall;
  listErasures(argument: _lethe_retention_v1_ListErasuresRequest, callback: grpc.requestCallback<_lethe_retention_v1_ListErasuresResponse__Output>): grpc.ClientUnaryCall;
  
  ListMarked(argument: _lethe_retention_v1_ListMarkedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListMarkedResponse__Output>): grpc.ClientUnaryCall;
  ListMarked(argument: _lethe_retention_v1_ListMarkedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ListMarkedResponse__Output>): grpc.ClientUnaryCall;
  ListMarked(argument: _lethe_retention_v1_ListMarkedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListMarkedResponse__Output>): grpc.ClientUnaryCall;
  ListMarked(argument: _lethe_retention_v1_ListMarkedRequest, callback: grpc.requestCallback<_lethe_retention_v1_ListMarkedResponse__Output>): grpc.ClientUnaryCall;
  listMarked(argument: _lethe_retention_v1_ListMarkedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListMarkedResponse__Output>): grpc.ClientUnaryCall;
  listMarked(argument: _lethe_retention_v1_ListMarkedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ListMarkedResponse__Output>): grpc.ClientUnaryCall;
  listMarked(argument: _lethe_retention_v1_ListMarkedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListMarkedResponse__Output>): grpc.ClientUnaryCall;
  listMarked(argument: _lethe_retention_v1_ListMarkedRequest, callback: grpc.requestCallback<_lethe_retention_v1_ListMarkedResponse__Output>): grpc.ClientUnaryCall;
  
  MarkForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  MarkForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  MarkForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  MarkForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  markForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  markForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  markForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  markForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  
  RestoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  RestoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  RestoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  RestoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  restoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  restoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  restoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  restoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  
  UpdatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  UpdatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  UpdatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  UpdatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  
}

export interface RetentionServiceHandlers extends grpc.UntypedServiceImplementation {
  ExplainRetention: grpc.handleUnaryCall<_lethe_retention_v1_ExplainRetentionRequest__Output, _lethe_retention_v1_RetentionExplanation>;
  
  GetErasure: grpc.handleUnaryCall<_lethe_retention_v1_GetErasureRequest__Output, _lethe_retention_v1_Erasure>;
  
  GetPolicy: grpc.handleUnaryCall<_lethe_retention_v1_GetPolicyRequest__Output, _lethe_retention_v1_RetentionPolicy>;
  
  ListErasures: grpc.handleUnaryCall<_lethe_retention_v1_ListErasuresRequest__Output, _lethe_retention_v1_ListErasuresResponse>;
  
  ListMarked: grpc.handleUnaryCall<_lethe_retention_v1_ListMarkedRequest__Output, _lethe_retention_v1_ListMarkedResponse>;
  
  MarkForDeletion: grpc.handleUnaryCall<_lethe_retention_v1_MarkForDeletionRequest__Output, _lethe_retention_v1_Mark>;
  
  RestoreMarked: grpc.handleUnaryCall<_lethe_retention_v1_RestoreMarkedRequest__Output, _lethe_retention_v1_Mark>;
  
  UpdatePolicy: grpc.handleUnaryCall<_lethe_retention_v1_UpdatePolicyRequest__Output, _lethe_retention_v1_RetentionPolicy>;
  
}

export interface RetentionServiceDefinition extends grpc.ServiceDefinition {
  ExplainRetention: MethodDefinition<_lethe_retention_v1_ExplainRetentionRequest, _lethe_retention_v1_RetentionExplanation, _lethe_retention_v1_ExplainRetentionRequest__Output, _lethe_retention_v1_RetentionExplanation__Output>
  GetErasure: MethodDefinition<_lethe_retention_v1_GetErasureRequest, _lethe_retention_v1_Erasure, _lethe_retention_v1_GetErasureRequest__Output, _lethe_retention_v1_Erasure__Output>
  GetPolicy: MethodDefinition<_lethe_retention_v1_GetPolicyRequest, _lethe_retention_v1_RetentionPolicy, _lethe_retention_v1_GetPolicyRequest__Output, _lethe_retention_v1_RetentionPolicy__Output>
  ListErasures: MethodDefinition<_lethe_retention_v1_ListErasuresRequest, _lethe_retention_v1_ListErasuresResponse, _lethe_retention_v1_ListErasuresRequest__Output, _lethe_retention_v1_ListErasuresResponse__Output>
  ListMarked: MethodDefinition<_lethe_retention_v1_ListMarkedRequest, _lethe_retention_v1_ListMarkedResponse, _lethe_retention_v1_ListMarkedRequest__Output, _lethe_retention_v1_ListMarkedResponse__Output>
  MarkForDeletion: MethodDefinition<_lethe_retention_v1_MarkForDeletionRequest, _lethe_retention_v1_Mark, _lethe_retention_v1_MarkForDeletionRequest__Output, _lethe_retention_v1_Mark__Output>
  RestoreMarked: MethodDefinition<_lethe_retention_v1_RestoreMarkedRequest, _lethe_retention_v1_Mark, _lethe_retention_v1_RestoreMarkedRequest__Output, _lethe_retention_v1_Mark__Output>
  UpdatePolicy: MethodDefinition<_lethe_retention_v1_UpdatePolicyRequest, _lethe_retention_v1_RetentionPolicy, _lethe_retention_v1_UpdatePolicyRequest__Output, _lethe_retention_v1_RetentionPolicy__Output>
}

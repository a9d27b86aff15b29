// Original file: proto/lethe/retention/v1/retention_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApplicantVolume as _lethe_retention_v1_ApplicantVolume, ApplicantVolume__Output as _lethe_retention_v1_ApplicantVolume__Output } from '../../../lethe/retention/v1/ApplicantVolume';
import type { CreateSelfServiceLinkRequest as _lethe_retention_v1_CreateSelfServiceLinkRequest, CreateSelfServiceLinkRequest__Output as _lethe_retention_v1_CreateSelfServiceLinkRequest__Output } from '../../../lethe/retention/v1/CreateSelfServiceLinkRequest';
import type { DownloadSubjectExportRequest as _lethe_retention_v1_DownloadSubjectExportRequest, DownloadSubjectExportRequest__Output as _lethe_retention_v1_DownloadSubjectExportRequest__Output } from '../../../lethe/retention/v1/DownloadSubjectExportRequest';
import type { Erasure as _lethe_retention_v1_Erasure, Erasure__Output as _lethe_retention_v1_Erasure__Output } from '../../../lethe/retention/v1/Erasure';
import type { ErasureReceipt as _lethe_retention_v1_ErasureReceipt, ErasureReceipt__Output as _lethe_retention_v1_ErasureReceipt__Output } from '../../../lethe/retention/v1/ErasureReceipt';
import type { ErasureRequest as _lethe_retention_v1_ErasureRequest, ErasureRequest__Output as _lethe_retention_v1_ErasureRequest__Output } from '../../../lethe/retention/v1/ErasureRequest';
import type { ExplainRetentionRequest as _lethe_retention_v1_ExplainRetentionRequest, ExplainRetentionRequest__Output as _lethe_retention_v1_ExplainRetentionRequest__Output } from '../../../lethe/retention/v1/ExplainRetentionRequest';
import type { GetApplicantVolumeRequest as _lethe_retention_v1_GetApplicantVolumeRequest, GetApplicantVolumeRequest__Output as _lethe_retention_v1_GetApplicantVolumeRequest__Output } from '../../../lethe/retention/v1/GetApplicantVolumeRequest';
import type { GetErasureReceiptRequest as _lethe_retention_v1_GetErasureReceiptRequest, GetErasureReceiptRequest__Output as _lethe_retention_v1_GetErasureReceiptRequest__Output } from '../../../lethe/retention/v1/GetErasureReceiptRequest';
import type { GetErasureRequest as _lethe_retention_v1_GetErasureRequest, GetErasureRequest__Output as _lethe_retention_v1_GetErasureRequest__Output } from '../../../lethe/retention/v1/GetErasureRequest';
import type { GetErasureRequestRequest as _lethe_retention_v1_GetErasureRequestRequest, GetErasureRequestRequest__Output as _lethe_retention_v1_GetErasureRequestRequest__Output } from '../../../lethe/retention/v1/GetErasureRequestRequest';
import type { GetMassActionRunRequest as _lethe_retention_v1_GetMassActionRunRequest, GetMassActionRunRequest__Output as _lethe_retention_v1_GetMassActionRunRequest__Output } from '../../../lethe/retention/v1/GetMassActionRunRequest';
import type { GetPolicyRequest as _lethe_retention_v1_GetPolicyRequest, GetPolicyRequest__Output as _lethe_retention_v1_GetPolicyRequest__Output } from '../../../lethe/retention/v1/GetPolicyRequest';
import type { GetReceiptPublicKeyRequest as _lethe_retention_v1_GetReceiptPublicKeyRequest, GetReceiptPublicKeyRequest__Output as _lethe_retention_v1_GetReceiptPublicKeyRequest__Output } from '../../../lethe/retention/v1/GetReceiptPublicKeyRequest';
import type { GetSubjectExportRequest as _lethe_retention_v1_GetSubjectExportRequest, GetSubjectExportRequest__Output as _lethe_retention_v1_GetSubjectExportRequest__Output } from '../../../lethe/retention/v1/GetSubjectExportRequest';
import type { LegalHold as _lethe_retention_v1_LegalHold, LegalHold__Output as _lethe_retention_v1_LegalHold__Output } from '../../../lethe/retention/v1/LegalHold';
import type { LiftLegalHoldRequest as _lethe_retention_v1_LiftLegalHoldRequest, LiftLegalHoldRequest__Output as _lethe_retention_v1_LiftLegalHoldRequest__Output } from '../../../lethe/retention/v1/LiftLegalHoldRequest';
import type { ListDeletionLogRequest as _lethe_retention_v1_ListDeletionLogRequest, ListDeletionLogRequest__Output as _lethe_retention_v1_ListDeletionLogRequest__Output } from '../../../lethe/retention/v1/ListDeletionLogRequest';
import type { ListDeletionLogResponse as _lethe_retention_v1_ListDeletionLogResponse, ListDeletionLogResponse__Output as _lethe_retention_v1_ListDeletionLogResponse__Output } from '../../../lethe/retention/v1/ListDeletionLogResponse';
import type { ListErasureRequestsRequest as _lethe_retention_v1_ListErasureRequestsRequest, ListErasureRequestsRequest__Output as _lethe_retention_v1_ListErasureRequestsRequest__Output } from '../../../lethe/retention/v1/ListErasureRequestsRequest';
import type { ListErasureRequestsResponse as _lethe_retention_v1_ListErasureRequestsResponse, ListErasureRequestsResponse__Output as _lethe_retention_v1_ListErasureRequestsResponse__Output } from '../../../lethe/retention/v1/ListErasureRequestsResponse';
import type { ListErasuresRequest as _lethe_retention_v1_ListErasuresRequest, ListErasuresRequest__Output as _lethe_retention_v1_ListErasuresRequest__Output } from '../../../lethe/retention/v1/ListErasuresRequest';
import type { ListErasuresResponse as _lethe_retention_v1_ListErasuresResponse, ListErasuresResponse__Output as _lethe_retention_v1_ListErasuresResponse__Output } from '../../../lethe/retention/v1/ListErasuresResponse';
import type { ListMarkedRequest as _lethe_retention_v1_ListMarkedRequest, ListMarkedRequest__Output as _lethe_retention_v1_ListMarkedRequest__Output } from '../../../lethe/retention/v1/ListMarkedRequest';
import type { ListMarkedResponse as _lethe_retention_v1_ListMarkedResponse, ListMarkedResponse__Output as _lethe_retention_v1_ListMarkedResponse__Output } from '../../../lethe/retention/v1/ListMarkedResponse';
import type { ListSubjectExportsRequest as _lethe_retention_v1_ListSubjectExportsRequest, ListSubjectExportsRequest__Output as _lethe_retention_v1_ListSubjectExportsRequest__Output } from '../../../lethe/retention/v1/ListSubjectExportsRequest';
import type { ListSubjectExportsResponse as _lethe_retention_v1_ListSubjectExportsResponse, ListSubjectExportsResponse__Output as _lethe_retention_v1_ListSubjectExportsResponse__Output } from '../../../lethe/retention/v1/ListSubjectExportsResponse';
import type { Mark as _lethe_retention_v1_Mark, Mark__Output as _lethe_retention_v1_Mark__Output } from '../../../lethe/retention/v1/Mark';
import type { MarkForDeletionRequest as _lethe_retention_v1_MarkForDeletionRequest, MarkForDeletionRequest__Output as _lethe_retention_v1_MarkForDeletionRequest__Output } from '../../../lethe/retention/v1/MarkForDeletionRequest';
import type { MassActionResult as _lethe_retention_v1_MassActionResult, MassActionResult__Output as _lethe_retention_v1_MassActionResult__Output } from '../../../lethe/retention/v1/MassActionResult';
import type { OpenErasureRequestRequest as _lethe_retention_v1_OpenErasureRequestRequest, OpenErasureRequestRequest__Output as _lethe_retention_v1_OpenErasureRequestRequest__Output } from '../../../lethe/retention/v1/OpenErasureRequestRequest';
import type { PolicyPreview as _lethe_retention_v1_PolicyPreview, PolicyPreview__Output as _lethe_retention_v1_PolicyPreview__Output } from '../../../lethe/retention/v1/PolicyPreview';
import type { PreviewPolicyRequest as _lethe_retention_v1_PreviewPolicyRequest, PreviewPolicyRequest__Output as _lethe_retention_v1_PreviewPolicyRequest__Output } from '../../../lethe/retention/v1/PreviewPolicyRequest';
import type { ReceiptPublicKey as _lethe_retention_v1_ReceiptPublicKey, ReceiptPublicKey__Output as _lethe_retention_v1_ReceiptPublicKey__Output } from '../../../lethe/retention/v1/ReceiptPublicKey';
import type { RequestSubjectExportRequest as _lethe_retention_v1_RequestSubjectExportRequest, RequestSubjectExportRequest__Output as _lethe_retention_v1_RequestSubjectExportRequest__Output } from '../../../lethe/retention/v1/RequestSubjectExportRequest';
import type { RestoreMarkedRequest as _lethe_retention_v1_RestoreMarkedRequest, RestoreMarkedRequest__Output as _lethe_retention_v1_RestoreMarkedRequest__Output } from '../../../lethe/retention/v1/RestoreMarkedRequest';
import type { RetentionExplanation as _lethe_retention_v1_RetentionExplanation, RetentionExplanation__Output as _lethe_retention_v1_RetentionExplanation__Output } from '../../../lethe/retention/v1/RetentionExplanation';
import type { RetentionPolicy as _lethe_retention_v1_RetentionPolicy, RetentionPolicy__Output as _lethe_retention_v1_RetentionPolicy__Output } from '../../../lethe/retention/v1/RetentionPolicy';
import type { RunMassActionRequest as _lethe_retention_v1_RunMassActionRequest, RunMassActionRequest__Output as _lethe_retention_v1_RunMassActionRequest__Output } from '../../../lethe/retention/v1/RunMassActionRequest';
import type { SelfServiceLink as _lethe_retention_v1_SelfServiceLink, SelfServiceLink__Output as _lethe_retention_v1_SelfServiceLink__Output } from '../../../lethe/retention/v1/SelfServiceLink';
import type { SetLegalHoldRequest as _lethe_retention_v1_SetLegalHoldRequest, SetLegalHoldRequest__Output as _lethe_retention_v1_SetLegalHoldRequest__Output } from '../../../lethe/retention/v1/SetLegalHoldRequest';
import type { SubjectExport as _lethe_retention_v1_SubjectExport, SubjectExport__Output as _lethe_retention_v1_SubjectExport__Output } from '../../../lethe/retention/v1/SubjectExport';
import type { SubjectExportChunk as _lethe_retention_v1_SubjectExportChunk, SubjectExportChunk__Output as _lethe_retention_v1_SubjectExportChunk__Output } from '../../../lethe/retention/v1/SubjectExportChunk';
import type { UpdatePolicyRequest as _lethe_retention_v1_UpdatePolicyRequest, UpdatePolicyRequest__Output as _lethe_retention_v1_UpdatePolicyRequest__Output } from '../../../lethe/retention/v1/UpdatePolicyRequest';
import type { WithdrawErasureRequestRequest as _lethe_retention_v1_WithdrawErasureRequestRequest, WithdrawErasureRequestRequest__Output as _lethe_retention_v1_WithdrawErasureRequestRequest__Output } from '../../../lethe/retention/v1/WithdrawErasureRequestRequest';

export interface RetentionServiceClient extends grpc.Client {
  CreateSelfServiceLink(argument: _lethe_retention_v1_CreateSelfServiceLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SelfServiceLink__Output>): grpc.ClientUnaryCall;
  CreateSelfServiceLink(argument: _lethe_retention_v1_CreateSelfServiceLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_SelfServiceLink__Output>): grpc.ClientUnaryCall;
  CreateSelfServiceLink(argument: _lethe_retention_v1_CreateSelfServiceLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SelfServiceLink__Output>): grpc.ClientUnaryCall;
  CreateSelfServiceLink(argument: _lethe_retention_v1_CreateSelfServiceLinkRequest, callback: grpc.requestCallback<_lethe_retention_v1_SelfServiceLink__Output>): grpc.ClientUnaryCall;
  createSelfServiceLink(argument: _lethe_retention_v1_CreateSelfServiceLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SelfServiceLink__Output>): grpc.ClientUnaryCall;
  createSelfServiceLink(argument: _lethe_retention_v1_CreateSelfServiceLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_SelfServiceLink__Output>): grpc.ClientUnaryCall;
  createSelfServiceLink(argument: _lethe_retention_v1_CreateSelfServiceLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SelfServiceLink__Output>): grpc.ClientUnaryCall;
  createSelfServiceLink(argument: _lethe_retention_v1_CreateSelfServiceLinkRequest, callback: grpc.requestCallback<_lethe_retention_v1_SelfServiceLink__Output>): grpc.ClientUnaryCall;
  
  DownloadSubjectExport(argument: _lethe_retention_v1_DownloadSubjectExportRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_retention_v1_SubjectExportChunk__Output>;
  DownloadSubjectExport(argument: _lethe_retention_v1_DownloadSubjectExportRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_retention_v1_SubjectExportChunk__Output>;
  downloadSubjectExport(argument: _lethe_retention_v1_DownloadSubjectExportRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_retention_v1_SubjectExportChunk__Output>;
  downloadSubjectExport(argument: _lethe_retention_v1_DownloadSubjectExportRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_retention_v1_SubjectExportChunk__Output>;
  
  ExplainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  ExplainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  ExplainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  ExplainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  explainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  explainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  explainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  explainRetention(argument: _lethe_retention_v1_ExplainRetentionRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionExplanation__Output>): grpc.ClientUnaryCall;
  
  GetApplicantVolume(argument: _lethe_retention_v1_GetApplicantVolumeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ApplicantVolume__Output>): grpc.ClientUnaryCall;
  GetApplicantVolume(argument: _lethe_retention_v1_GetApplicantVolumeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ApplicantVolume__Output>): grpc.ClientUnaryCall;
  GetApplicantVolume(argument: _lethe_retention_v1_GetApplicantVolumeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ApplicantVolume__Output>): grpc.ClientUnaryCall;
  GetApplicantVolume(argument: _lethe_retention_v1_GetApplicantVolumeRequest, callback: grpc.requestCallback<_lethe_retention_v1_ApplicantVolume__Output>): grpc.ClientUnaryCall;
  getApplicantVolume(argument: _lethe_retention_v1_GetApplicantVolumeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ApplicantVolume__Output>): grpc.ClientUnaryCall;
  getApplicantVolume(argument: _lethe_retention_v1_GetApplicantVolumeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ApplicantVolume__Output>): grpc.ClientUnaryCall;
  getApplicantVolume(argument: _lethe_retention_v1_GetApplicantVolumeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ApplicantVolume__Output>): grpc.ClientUnaryCall;
  getApplicantVolume(argument: _lethe_retention_v1_GetApplicantVolumeRequest, callback: grpc.requestCallback<_lethe_retention_v1_ApplicantVolume__Output>): grpc.ClientUnaryCall;
  
  GetErasure(argument: _lethe_retention_v1_GetErasureRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  GetErasure(argument: _lethe_retention_v1_GetErasureRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  GetErasure(argument: _lethe_retention_v1_GetErasureRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  GetErasure(argument: _lethe_retention_v1_GetErasureRequest, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  getErasure(argument: _lethe_retention_v1_GetErasureRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  getErasure(argument: _lethe_retention_v1_GetErasureRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  getErasure(argument: _lethe_retention_v1_GetErasureRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  getErasure(argument: _lethe_retention_v1_GetErasureRequest, callback: grpc.requestCallback<_lethe_retention_v1_Erasure__Output>): grpc.ClientUnaryCall;
  
  GetErasureReceipt(argument: _lethe_retention_v1_GetErasureReceiptRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureReceipt__Output>): grpc.ClientUnaryCall;
  GetErasureReceipt(argument: _lethe_retention_v1_GetErasureReceiptRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ErasureReceipt__Output>): grpc.ClientUnaryCall;
  GetErasureReceipt(argument: _lethe_retention_v1_GetErasureReceiptRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureReceipt__Output>): grpc.ClientUnaryCall;
  GetErasureReceipt(argument: _lethe_retention_v1_GetErasureReceiptRequest, callback: grpc.requestCallback<_lethe_retention_v1_ErasureReceipt__Output>): grpc.ClientUnaryCall;
  getErasureReceipt(argument: _lethe_retention_v1_GetErasureReceiptRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureReceipt__Output>): grpc.ClientUnaryCall;
  getErasureReceipt(argument: _lethe_retention_v1_GetErasureReceiptRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ErasureReceipt__Output>): grpc.ClientUnaryCall;
  getErasureReceipt(argument: _lethe_retention_v1_GetErasureReceiptRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureReceipt__Output>): grpc.ClientUnaryCall;
  getErasureReceipt(argument: _lethe_retention_v1_GetErasureReceiptRequest, callback: grpc.requestCallback<_lethe_retention_v1_ErasureReceipt__Output>): grpc.ClientUnaryCall;
  
  GetErasureRequest(argument: _lethe_retention_v1_GetErasureRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  GetErasureRequest(argument: _lethe_retention_v1_GetErasureRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  GetErasureRequest(argument: _lethe_retention_v1_GetErasureRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  GetErasureRequest(argument: _lethe_retention_v1_GetErasureRequestRequest, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  getErasureRequest(argument: _lethe_retention_v1_GetErasureRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  getErasureRequest(argument: _lethe_retention_v1_GetErasureRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  getErasureRequest(argument: _lethe_retention_v1_GetErasureRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  getErasureRequest(argument: _lethe_retention_v1_GetErasureRequestRequest, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  
  GetMassActionRun(argument: _lethe_retention_v1_GetMassActionRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  GetMassActionRun(argument: _lethe_retention_v1_GetMassActionRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  GetMassActionRun(argument: _lethe_retention_v1_GetMassActionRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  GetMassActionRun(argument: _lethe_retention_v1_GetMassActionRunRequest, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  getMassActionRun(argument: _lethe_retention_v1_GetMassActionRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  getMassActionRun(argument: _lethe_retention_v1_GetMassActionRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  getMassActionRun(argument: _lethe_retention_v1_GetMassActionRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  getMassActionRun(argument: _lethe_retention_v1_GetMassActionRunRequest, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  
  GetPolicy(argument: _lethe_retention_v1_GetPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  GetPolicy(argument: _lethe_retention_v1_GetPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  GetPolicy(argument: _lethe_retention_v1_GetPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  GetPolicy(argument: _lethe_retention_v1_GetPolicyRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _lethe_retention_v1_GetPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _lethe_retention_v1_GetPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _lethe_retention_v1_GetPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _lethe_retention_v1_GetPolicyRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  
  GetReceiptPublicKey(argument: _lethe_retention_v1_GetReceiptPublicKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ReceiptPublicKey__Output>): grpc.ClientUnaryCall;
  GetReceiptPublicKey(argument: _lethe_retention_v1_GetReceiptPublicKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ReceiptPublicKey__Output>): grpc.ClientUnaryCall;
  GetReceiptPublicKey(argument: _lethe_retention_v1_GetReceiptPublicKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ReceiptPublicKey__Output>): grpc.ClientUnaryCall;
  GetReceiptPublicKey(argument: _lethe_retention_v1_GetReceiptPublicKeyRequest, callback: grpc.requestCallback<_lethe_retention_v1_ReceiptPublicKey__Output>): grpc.ClientUnaryCall;
  getReceiptPublicKey(argument: _lethe_retention_v1_GetReceiptPublicKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ReceiptPublicKey__Output>): grpc.ClientUnaryCall;
  getReceiptPublicKey(argument: _lethe_retention_v1_GetReceiptPublicKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ReceiptPublicKey__Output>): grpc.ClientUnaryCall;
  getReceiptPublicKey(argument: _lethe_retention_v1_GetReceiptPublicKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ReceiptPublicKey__Output>): grpc.ClientUnaryCall;
  getReceiptPublicKey(argument: _lethe_retention_v1_GetReceiptPublicKeyRequest, callback: grpc.requestCallback<_lethe_retention_v1_ReceiptPublicKey__Output>): grpc.ClientUnaryCall;
  
  GetSubjectExport(argument: _lethe_retention_v1_GetSubjectExportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  GetSubjectExport(argument: _lethe_retention_v1_GetSubjectExportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  GetSubjectExport(argument: _lethe_retention_v1_GetSubjectExportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  GetSubjectExport(argument: _lethe_retention_v1_GetSubjectExportRequest, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  getSubjectExport(argument: _lethe_retention_v1_GetSubjectExportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  getSubjectExport(argument: _lethe_retention_v1_GetSubjectExportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  getSubjectExport(argument: _lethe_retention_v1_GetSubjectExportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  getSubjectExport(argument: _lethe_retention_v1_GetSubjectExportRequest, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  
  LiftLegalHold(argument: _lethe_retention_v1_LiftLegalHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  LiftLegalHold(argument: _lethe_retention_v1_LiftLegalHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  LiftLegalHold(argument: _lethe_retention_v1_LiftLegalHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  LiftLegalHold(argument: _lethe_retention_v1_LiftLegalHoldRequest, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  liftLegalHold(argument: _lethe_retention_v1_LiftLegalHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  liftLegalHold(argument: _lethe_retention_v1_LiftLegalHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  liftLegalHold(argument: _lethe_retention_v1_LiftLegalHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  liftLegalHold(argument: _lethe_retention_v1_LiftLegalHoldRequest, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  
  ListDeletionLog(argument: _lethe_retention_v1_ListDeletionLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListDeletionLogResponse__Output>): grpc.ClientUnaryCall;
  ListDeletionLog(argument: _lethe_retention_v1_ListDeletionLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ListDeletionLogResponse__Output>): grpc.ClientUnaryCall;
  ListDeletionLog(argument: _lethe_retention_v1_ListDeletionLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListDeletionLogResponse__Output>): grpc.ClientUnaryCall;
  ListDeletionLog(argument: _lethe_retention_v1_ListDeletionLogRequest, callback: grpc.requestCallback<_lethe_retention_v1_ListDeletionLogResponse__Output>): grpc.ClientUnaryCall;
  listDeletionLog(argument: _lethe_retention_v1_ListDeletionLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListDeletionLogResponse__Output>): grpc.ClientUnaryCall;
  listDeletionLog(argument: _lethe_retention_v1_ListDeletionLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ListDeletionLogResponse__Output>): grpc.ClientUnaryCall;
  listDeletionLog(argument: _lethe_retention_v1_ListDeletionLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListDeletionLogResponse__Output>): grpc.ClientUnaryCall;
  listDeletionLog(argument: _lethe_retention_v1_ListDeletionLogRequest, callback: grpc.requestCallback<_lethe_retention_v1_ListDeletionLogResponse__Output>): grpc.ClientUnaryCall;
  
  ListErasureRequests(argument: _lethe_retention_v1_ListErasureRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListErasureRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListErasureRequests(argument: _lethe_retention_v1_ListErasureRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ListErasureRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListErasureRequests(argument: _lethe_retention_v1_ListErasureRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListErasureRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListErasureRequests(argument: _lethe_retention_v1_ListErasureRequestsRequest, callback: grpc.requestCallback<_lethe_retention_v1_ListErasureRequestsResponse__Output>): grpc.ClientUnaryCall;
  listErasureRequests(argument: _lethe_retention_v1_ListErasureRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListErasureRequestsResponse__Output>): grpc.ClientUnaryCall;
  listErasureRequests(argument: _lethe_retention_v1_ListErasureRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ListErasureRequestsResponse__Output>): grpc.ClientUnaryCall;
  listErasureRequests(argument: _lethe_retention_v1_ListErasureRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListErasureRequestsResponse__Output>): grpc.ClientUnaryCall;
  listErasureRequests(argument: _lethe_retention_v1_ListErasureRequestsRequest, callback: grpc.requestCallback<_lethe_retention_v1_ListErasureRequestsResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  ListSubjectExports(argument: _lethe_retention_v1_ListSubjectExportsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListSubjectExportsResponse__Output>): grpc.ClientUnaryCall;
  ListSubjectExports(argument: _lethe_retention_v1_ListSubjectExportsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ListSubjectExportsResponse__Output>): grpc.ClientUnaryCall;
  ListSubjectExports(argument: _lethe_retention_v1_ListSubjectExportsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListSubjectExportsResponse__Output>): grpc.ClientUnaryCall;
  ListSubjectExports(argument: _lethe_retention_v1_ListSubjectExportsRequest, callback: grpc.requestCallback<_lethe_retention_v1_ListSubjectExportsResponse__Output>): grpc.ClientUnaryCall;
  listSubjectExports(argument: _lethe_retention_v1_ListSubjectExportsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListSubjectExportsResponse__Output>): grpc.ClientUnaryCall;
  listSubjectExports(argument: _lethe_retention_v1_ListSubjectExportsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ListSubjectExportsResponse__Output>): grpc.ClientUnaryCall;
  listSubjectExports(argument: _lethe_retention_v1_ListSubjectExportsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ListSubjectExportsResponse__Output>): grpc.ClientUnaryCall;
  listSubjectExports(argument: _lethe_retention_v1_ListSubjectExportsRequest, callback: grpc.requestCallback<_lethe_retention_v1_ListSubjectExportsResponse__Output>): grpc.ClientUnaryCall;
  
  MarkForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  MarkForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  MarkForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  MarkForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  markForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  markForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  markForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  markForDeletion(argument: _lethe_retention_v1_MarkForDeletionRequest, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  
  OpenErasureRequest(argument: _lethe_retention_v1_OpenErasureRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  OpenErasureRequest(argument: _lethe_retention_v1_OpenErasureRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  OpenErasureRequest(argument: _lethe_retention_v1_OpenErasureRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  OpenErasureRequest(argument: _lethe_retention_v1_OpenErasureRequestRequest, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  openErasureRequest(argument: _lethe_retention_v1_OpenErasureRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  openErasureRequest(argument: _lethe_retention_v1_OpenErasureRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  openErasureRequest(argument: _lethe_retention_v1_OpenErasureRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  openErasureRequest(argument: _lethe_retention_v1_OpenErasureRequestRequest, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  
  PreviewPolicy(argument: _lethe_retention_v1_PreviewPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_PolicyPreview__Output>): grpc.ClientUnaryCall;
  PreviewPolicy(argument: _lethe_retention_v1_PreviewPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_PolicyPreview__Output>): grpc.ClientUnaryCall;
  PreviewPolicy(argument: _lethe_retention_v1_PreviewPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_PolicyPreview__Output>): grpc.ClientUnaryCall;
  PreviewPolicy(argument: _lethe_retention_v1_PreviewPolicyRequest, callback: grpc.requestCallback<_lethe_retention_v1_PolicyPreview__Output>): grpc.ClientUnaryCall;
  previewPolicy(argument: _lethe_retention_v1_PreviewPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_PolicyPreview__Output>): grpc.ClientUnaryCall;
  previewPolicy(argument: _lethe_retention_v1_PreviewPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_PolicyPreview__Output>): grpc.ClientUnaryCall;
  previewPolicy(argument: _lethe_retention_v1_PreviewPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_PolicyPreview__Output>): grpc.ClientUnaryCall;
  previewPolicy(argument: _lethe_retention_v1_PreviewPolicyRequest, callback: grpc.requestCallback<_lethe_retention_v1_PolicyPreview__Output>): grpc.ClientUnaryCall;
  
  RequestSubjectExport(argument: _lethe_retention_v1_RequestSubjectExportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  RequestSubjectExport(argument: _lethe_retention_v1_RequestSubjectExportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  RequestSubjectExport(argument: _lethe_retention_v1_RequestSubjectExportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  RequestSubjectExport(argument: _lethe_retention_v1_RequestSubjectExportRequest, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  requestSubjectExport(argument: _lethe_retention_v1_RequestSubjectExportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  requestSubjectExport(argument: _lethe_retention_v1_RequestSubjectExportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  requestSubjectExport(argument: _lethe_retention_v1_RequestSubjectExportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  requestSubjectExport(argument: _lethe_retention_v1_RequestSubjectExportRequest, callback: grpc.requestCallback<_lethe_retention_v1_SubjectExport__Output>): grpc.ClientUnaryCall;
  
  RestoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  RestoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  RestoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  RestoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  restoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  restoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  restoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  restoreMarked(argument: _lethe_retention_v1_RestoreMarkedRequest, callback: grpc.requestCallback<_lethe_retention_v1_Mark__Output>): grpc.ClientUnaryCall;
  
  RunMassAction(argument: _lethe_retention_v1_RunMassActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  RunMassAction(argument: _lethe_retention_v1_RunMassActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  RunMassAction(argument: _lethe_retention_v1_RunMassActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  RunMassAction(argument: _lethe_retention_v1_RunMassActionRequest, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  runMassAction(argument: _lethe_retention_v1_RunMassActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  runMassAction(argument: _lethe_retention_v1_RunMassActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  runMassAction(argument: _lethe_retention_v1_RunMassActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  runMassAction(argument: _lethe_retention_v1_RunMassActionRequest, callback: grpc.requestCallback<_lethe_retention_v1_MassActionResult__Output>): grpc.ClientUnaryCall;
  
  SetLegalHold(argument: _lethe_retention_v1_SetLegalHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  SetLegalHold(argument: _lethe_retention_v1_SetLegalHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  SetLegalHold(argument: _lethe_retention_v1_SetLegalHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  SetLegalHold(argument: _lethe_retention_v1_SetLegalHoldRequest, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  setLegalHold(argument: _lethe_retention_v1_SetLegalHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  setLegalHold(argument: _lethe_retention_v1_SetLegalHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  setLegalHold(argument: _lethe_retention_v1_SetLegalHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  setLegalHold(argument: _lethe_retention_v1_SetLegalHoldRequest, callback: grpc.requestCallback<_lethe_retention_v1_LegalHold__Output>): grpc.ClientUnaryCall;
  
  UpdatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  UpdatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  UpdatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  UpdatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _lethe_retention_v1_UpdatePolicyRequest, callback: grpc.requestCallback<_lethe_retention_v1_RetentionPolicy__Output>): grpc.ClientUnaryCall;
  
  WithdrawErasureRequest(argument: _lethe_retention_v1_WithdrawErasureRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  WithdrawErasureRequest(argument: _lethe_retention_v1_WithdrawErasureRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  WithdrawErasureRequest(argument: _lethe_retention_v1_WithdrawErasureRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  WithdrawErasureRequest(argument: _lethe_retention_v1_WithdrawErasureRequestRequest, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  withdrawErasureRequest(argument: _lethe_retention_v1_WithdrawErasureRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  withdrawErasureRequest(argument: _lethe_retention_v1_WithdrawErasureRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  withdrawErasureRequest(argument: _lethe_retention_v1_WithdrawErasureRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  withdrawErasureRequest(argument: _lethe_retention_v1_WithdrawErasureRequestRequest, callback: grpc.requestCallback<_lethe_retention_v1_ErasureRequest__Output>): grpc.ClientUnaryCall;
  
}

export interface RetentionServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateSelfServiceLink: grpc.handleUnaryCall<_lethe_retention_v1_CreateSelfServiceLinkRequest__Output, _lethe_retention_v1_SelfServiceLink>;
  
  DownloadSubjectExport: grpc.handleServerStreamingCall<_lethe_retention_v1_DownloadSubjectExportRequest__Output, _lethe_retention_v1_SubjectExportChunk>;
  
  ExplainRetention: grpc.handleUnaryCall<_lethe_retention_v1_ExplainRetentionRequest__Output, _lethe_retention_v1_RetentionExplanation>;
  
  GetApplicantVolume: grpc.handleUnaryCall<_lethe_retention_v1_GetApplicantVolumeRequest__Output, _lethe_retention_v1_ApplicantVolume>;
  
  GetErasure: grpc.handleUnaryCall<_lethe_retention_v1_GetErasureRequest__Output, _lethe_retention_v1_Erasure>;
  
  GetErasureReceipt: grpc.handleUnaryCall<_lethe_retention_v1_GetErasureReceiptRequest__Output, _lethe_retention_v1_ErasureReceipt>;
  
  GetErasureRequest: grpc.handleUnaryCall<_lethe_retention_v1_GetErasureRequestRequest__Output, _lethe_retention_v1_ErasureRequest>;
  
  GetMassActionRun: grpc.handleUnaryCall<_lethe_retention_v1_GetMassActionRunRequest__Output, _lethe_retention_v1_MassActionResult>;
  
  GetPolicy: grpc.handleUnaryCall<_lethe_retention_v1_GetPolicyRequest__Output, _lethe_retention_v1_RetentionPolicy>;
  
  GetReceiptPublicKey: grpc.handleUnaryCall<_lethe_retention_v1_GetReceiptPublicKeyRequest__Output, _lethe_retention_v1_ReceiptPublicKey>;
  
  GetSubjectExport: grpc.handleUnaryCall<_lethe_retention_v1_GetSubjectExportRequest__Output, _lethe_retention_v1_SubjectExport>;
  
  LiftLegalHold: grpc.handleUnaryCall<_lethe_retention_v1_LiftLegalHoldRequest__Output, _lethe_retention_v1_LegalHold>;
  
  ListDeletionLog: grpc.handleUnaryCall<_lethe_retention_v1_ListDeletionLogRequest__Output, _lethe_retention_v1_ListDeletionLogResponse>;
  
  ListErasureRequests: grpc.handleUnaryCall<_lethe_retention_v1_ListErasureRequestsRequest__Output, _lethe_retention_v1_ListErasureRequestsResponse>;
  
  ListErasures: grpc.handleUnaryCall<_lethe_retention_v1_ListErasuresRequest__Output, _lethe_retention_v1_ListErasuresResponse>;
  
  ListMarked: grpc.handleUnaryCall<_lethe_retention_v1_ListMarkedRequest__Output, _lethe_retention_v1_ListMarkedResponse>;
  
  ListSubjectExports: grpc.handleUnaryCall<_lethe_retention_v1_ListSubjectExportsRequest__Output, _lethe_retention_v1_ListSubjectExportsResponse>;
  
  MarkForDeletion: grpc.handleUnaryCall<_lethe_retention_v1_MarkForDeletionRequest__Output, _lethe_retention_v1_Mark>;
  
  OpenErasureRequest: grpc.handleUnaryCall<_lethe_retention_v1_OpenErasureRequestRequest__Output, _lethe_retention_v1_ErasureRequest>;
  
  PreviewPolicy: grpc.handleUnaryCall<_lethe_retention_v1_PreviewPolicyRequest__Output, _lethe_retention_v1_PolicyPreview>;
  
  RequestSubjectExport: grpc.handleUnaryCall<_lethe_retention_v1_RequestSubjectExportRequest__Output, _lethe_retention_v1_SubjectExport>;
  
  RestoreMarked: grpc.handleUnaryCall<_lethe_retention_v1_RestoreMarkedRequest__Output, _lethe_retention_v1_Mark>;
  
  RunMassAction: grpc.handleUnaryCall<_lethe_retention_v1_RunMassActionRequest__Output, _lethe_retention_v1_MassActionResult>;
  
  SetLegalHold: grpc.handleUnaryCall<_lethe_retention_v1_SetLegalHoldRequest__Output, _lethe_retention_v1_LegalHold>;
  
  UpdatePolicy: grpc.handleUnaryCall<_lethe_retention_v1_UpdatePolicyRequest__Output, _lethe_retention_v1_RetentionPolicy>;
  
  WithdrawErasureRequest: grpc.handleUnaryCall<_lethe_retention_v1_WithdrawErasureRequestRequest__Output, _lethe_retention_v1_ErasureRequest>;
  
}

export interface RetentionServiceDefinition extends grpc.ServiceDefinition {
  CreateSelfServiceLink: MethodDefinition<_lethe_retention_v1_CreateSelfServiceLinkRequest, _lethe_retention_v1_SelfServiceLink, _lethe_retention_v1_CreateSelfServiceLinkRequest__Output, _lethe_retention_v1_SelfServiceLink__Output>
  DownloadSubjectExport: MethodDefinition<_lethe_retention_v1_DownloadSubjectExportRequest, _lethe_retention_v1_SubjectExportChunk, _lethe_retention_v1_DownloadSubjectExportRequest__Output, _lethe_retention_v1_SubjectExportChunk__Output>
  ExplainRetention: MethodDefinition<_lethe_retention_v1_ExplainRetentionRequest, _lethe_retention_v1_RetentionExplanation, _lethe_retention_v1_ExplainRetentionRequest__Output, _lethe_retention_v1_RetentionExplanation__Output>
  GetApplicantVolume: MethodDefinition<_lethe_retention_v1_GetApplicantVolumeRequest, _lethe_retention_v1_ApplicantVolume, _lethe_retention_v1_GetApplicantVolumeRequest__Output, _lethe_retention_v1_ApplicantVolume__Output>
  GetErasure: MethodDefinition<_lethe_retention_v1_GetErasureRequest, _lethe_retention_v1_Erasure, _lethe_retention_v1_GetErasureRequest__Output, _lethe_retention_v1_Erasure__Output>
  GetErasureReceipt: MethodDefinition<_lethe_retention_v1_GetErasureReceiptRequest, _lethe_retention_v1_ErasureReceipt, _lethe_retention_v1_GetErasureReceiptRequest__Output, _lethe_retention_v1_ErasureReceipt__Output>
  GetErasureRequest: MethodDefinition<_lethe_retention_v1_GetErasureRequestRequest, _lethe_retention_v1_ErasureRequest, _lethe_retention_v1_GetErasureRequestRequest__Output, _lethe_retention_v1_ErasureRequest__Output>
  GetMassActionRun: MethodDefinition<_lethe_retention_v1_GetMassActionRunRequest, _lethe_retention_v1_MassActionResult, _lethe_retention_v1_GetMassActionRunRequest__Output, _lethe_retention_v1_MassActionResult__Output>
  GetPolicy: MethodDefinition<_lethe_retention_v1_GetPolicyRequest, _lethe_retention_v1_RetentionPolicy, _lethe_retention_v1_GetPolicyRequest__Output, _lethe_retention_v1_RetentionPolicy__Output>
  GetReceiptPublicKey: MethodDefinition<_lethe_retention_v1_GetReceiptPublicKeyRequest, _lethe_retention_v1_ReceiptPublicKey, _lethe_retention_v1_GetReceiptPublicKeyRequest__Output, _lethe_retention_v1_ReceiptPublicKey__Output>
  GetSubjectExport: MethodDefinition<_lethe_retention_v1_GetSubjectExportRequest, _lethe_retention_v1_SubjectExport, _lethe_retention_v1_GetSubjectExportRequest__Output, _lethe_retention_v1_SubjectExport__Output>
  LiftLegalHold: MethodDefinition<_lethe_retention_v1_LiftLegalHoldRequest, _lethe_retention_v1_LegalHold, _lethe_retention_v1_LiftLegalHoldRequest__Output, _lethe_retention_v1_LegalHold__Output>
  ListDeletionLog: MethodDefinition<_lethe_retention_v1_ListDeletionLogRequest, _lethe_retention_v1_ListDeletionLogResponse, _lethe_retention_v1_ListDeletionLogRequest__Output, _lethe_retention_v1_ListDeletionLogResponse__Output>
  ListErasureRequests: MethodDefinition<_lethe_retention_v1_ListErasureRequestsRequest, _lethe_retention_v1_ListErasureRequestsResponse, _lethe_retention_v1_ListErasureRequestsRequest__Output, _lethe_retention_v1_ListErasureRequestsResponse__Output>
  ListErasures: MethodDefinition<_lethe_retention_v1_ListErasuresRequest, _lethe_retention_v1_ListErasuresResponse, _lethe_retention_v1_ListErasuresRequest__Output, _lethe_retention_v1_ListErasuresResponse__Output>
  ListMarked: MethodDefinition<_lethe_retention_v1_ListMarkedRequest, _lethe_retention_v1_ListMarkedResponse, _lethe_retention_v1_ListMarkedRequest__Output, _lethe_retention_v1_ListMarkedResponse__Output>
  ListSubjectExports: MethodDefinition<_lethe_retention_v1_ListSubjectExportsRequest, _lethe_retention_v1_ListSubjectExportsResponse, _lethe_retention_v1_ListSubjectExportsRequest__Output, _lethe_retention_v1_ListSubjectExportsResponse__Output>
  MarkForDeletion: MethodDefinition<_lethe_retention_v1_MarkForDeletionRequest, _lethe_retention_v1_Mark, _lethe_retention_v1_MarkForDeletionRequest__Output, _lethe_retention_v1_Mark__Output>
  OpenErasureRequest: MethodDefinition<_lethe_retention_v1_OpenErasureRequestRequest, _lethe_retention_v1_ErasureRequest, _lethe_retention_v1_OpenErasureRequestRequest__Output, _lethe_retention_v1_ErasureRequest__Output>
  PreviewPolicy: MethodDefinition<_lethe_retention_v1_PreviewPolicyRequest, _lethe_retention_v1_PolicyPreview, _lethe_retention_v1_PreviewPolicyRequest__Output, _lethe_retention_v1_PolicyPreview__Output>
  RequestSubjectExport: MethodDefinition<_lethe_retention_v1_RequestSubjectExportRequest, _lethe_retention_v1_SubjectExport, _lethe_retention_v1_RequestSubjectExportRequest__Output, _lethe_retention_v1_SubjectExport__Output>
  RestoreMarked: MethodDefinition<_lethe_retention_v1_RestoreMarkedRequest, _lethe_retention_v1_Mark, _lethe_retention_v1_RestoreMarkedRequest__Output, _lethe_retention_v1_Mark__Output>
  RunMassAction: MethodDefinition<_lethe_retention_v1_RunMassActionRequest, _lethe_retention_v1_MassActionResult, _lethe_retention_v1_RunMassActionRequest__Output, _lethe_retention_v1_MassActionResult__Output>
  SetLegalHold: MethodDefinition<_lethe_retention_v1_SetLegalHoldRequest, _lethe_retention_v1_LegalHold, _lethe_retention_v1_SetLegalHoldRequest__Output, _lethe_retention_v1_LegalHold__Output>
  UpdatePolicy: MethodDefinition<_lethe_retention_v1_UpdatePolicyRequest, _lethe_retention_v1_RetentionPolicy, _lethe_retention_v1_UpdatePolicyRequest__Output, _lethe_retention_v1_RetentionPolicy__Output>
  WithdrawErasureRequest: MethodDefinition<_lethe_retention_v1_WithdrawErasureRequestRequest, _lethe_retention_v1_ErasureRequest, _lethe_retention_v1_WithdrawErasureRequestRequest__Output, _lethe_retention_v1_ErasureRequest__Output>
}

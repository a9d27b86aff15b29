import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { BadRequest as _lethe_common_v1_BadRequest, BadRequest__Output as _lethe_common_v1_BadRequest__Output } from './lethe/common/v1/BadRequest';
import type { ErrorInfo as _lethe_common_v1_ErrorInfo, ErrorInfo__Output as _lethe_common_v1_ErrorInfo__Output } from './lethe/common/v1/ErrorInfo';
import type { FieldViolation as _lethe_common_v1_FieldViolation, FieldViolation__Output as _lethe_common_v1_FieldViolation__Output } from './lethe/common/v1/FieldViolation';
import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from './lethe/common/v1/PageRequest';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from './lethe/common/v1/PageResponse';
import type { RequestContext as _lethe_common_v1_RequestContext, RequestContext__Output as _lethe_common_v1_RequestContext__Output } from './lethe/common/v1/RequestContext';
import type { ErasureAck as _lethe_erasure_v1_ErasureAck, ErasureAck__Output as _lethe_erasure_v1_ErasureAck__Output } from './lethe/erasure/v1/ErasureAck';
import type { ErasureCommand as _lethe_erasure_v1_ErasureCommand, ErasureCommand__Output as _lethe_erasure_v1_ErasureCommand__Output } from './lethe/erasure/v1/ErasureCommand';
import type { ApplicantVolume as _lethe_retention_v1_ApplicantVolume, ApplicantVolume__Output as _lethe_retention_v1_ApplicantVolume__Output } from './lethe/retention/v1/ApplicantVolume';
import type { CandidateNoticeDue as _lethe_retention_v1_CandidateNoticeDue, CandidateNoticeDue__Output as _lethe_retention_v1_CandidateNoticeDue__Output } from './lethe/retention/v1/CandidateNoticeDue';
import type { CreateSelfServiceLinkRequest as _lethe_retention_v1_CreateSelfServiceLinkRequest, CreateSelfServiceLinkRequest__Output as _lethe_retention_v1_CreateSelfServiceLinkRequest__Output } from './lethe/retention/v1/CreateSelfServiceLinkRequest';
import type { DeletionLogEntry as _lethe_retention_v1_DeletionLogEntry, DeletionLogEntry__Output as _lethe_retention_v1_DeletionLogEntry__Output } from './lethe/retention/v1/DeletionLogEntry';
import type { DueSubject as _lethe_retention_v1_DueSubject, DueSubject__Output as _lethe_retention_v1_DueSubject__Output } from './lethe/retention/v1/DueSubject';
import type { Erasure as _lethe_retention_v1_Erasure, Erasure__Output as _lethe_retention_v1_Erasure__Output } from './lethe/retention/v1/Erasure';
import type { ErasureCompleted as _lethe_retention_v1_ErasureCompleted, ErasureCompleted__Output as _lethe_retention_v1_ErasureCompleted__Output } from './lethe/retention/v1/ErasureCompleted';
import type { ErasureReceipt as _lethe_retention_v1_ErasureReceipt, ErasureReceipt__Output as _lethe_retention_v1_ErasureReceipt__Output } from './lethe/retention/v1/ErasureReceipt';
import type { ErasureRequest as _lethe_retention_v1_ErasureRequest, ErasureRequest__Output as _lethe_retention_v1_ErasureRequest__Output } from './lethe/retention/v1/ErasureRequest';
import type { ErasureRequestOpened as _lethe_retention_v1_ErasureRequestOpened, ErasureRequestOpened__Output as _lethe_retention_v1_ErasureRequestOpened__Output } from './lethe/retention/v1/ErasureRequestOpened';
import type { ErasureRequestWithdrawn as _lethe_retention_v1_ErasureRequestWithdrawn, ErasureRequestWithdrawn__Output as _lethe_retention_v1_ErasureRequestWithdrawn__Output } from './lethe/retention/v1/ErasureRequestWithdrawn';
import type { ExplainRetentionRequest as _lethe_retention_v1_ExplainRetentionRequest, ExplainRetentionRequest__Output as _lethe_retention_v1_ExplainRetentionRequest__Output } from './lethe/retention/v1/ExplainRetentionRequest';
import type { GetApplicantVolumeRequest as _lethe_retention_v1_GetApplicantVolumeRequest, GetApplicantVolumeRequest__Output as _lethe_retention_v1_GetApplicantVolumeRequest__Output } from './lethe/retention/v1/GetApplicantVolumeRequest';
import type { GetErasureReceiptRequest as _lethe_retention_v1_GetErasureReceiptRequest, GetErasureReceiptRequest__Output as _lethe_retention_v1_GetErasureReceiptRequest__Output } from './lethe/retention/v1/GetErasureReceiptRequest';
import type { GetErasureRequest as _lethe_retention_v1_GetErasureRequest, GetErasureRequest__Output as _lethe_retention_v1_GetErasureRequest__Output } from './lethe/retention/v1/GetErasureRequest';
import type { GetErasureRequestRequest as _lethe_retention_v1_GetErasureRequestRequest, GetErasureRequestRequest__Output as _lethe_retention_v1_GetErasureRequestRequest__Output } from './lethe/retention/v1/GetErasureRequestRequest';
import type { GetPolicyRequest as _lethe_retention_v1_GetPolicyRequest, GetPolicyRequest__Output as _lethe_retention_v1_GetPolicyRequest__Output } from './lethe/retention/v1/GetPolicyRequest';
import type { GetReceiptPublicKeyRequest as _lethe_retention_v1_GetReceiptPublicKeyRequest, GetReceiptPublicKeyRequest__Output as _lethe_retention_v1_GetReceiptPublicKeyRequest__Output } from './lethe/retention/v1/GetReceiptPublicKeyRequest';
import type { ListDeletionLogRequest as _lethe_retention_v1_ListDeletionLogRequest, ListDeletionLogRequest__Output as _lethe_retention_v1_ListDeletionLogRequest__Output } from './lethe/retention/v1/ListDeletionLogRequest';
import type { ListDeletionLogResponse as _lethe_retention_v1_ListDeletionLogResponse, ListDeletionLogResponse__Output as _lethe_retention_v1_ListDeletionLogResponse__Output } from './lethe/retention/v1/ListDeletionLogResponse';
import type { ListErasureRequestsRequest as _lethe_retention_v1_ListErasureRequestsRequest, ListErasureRequestsRequest__Output as _lethe_retention_v1_ListErasureRequestsRequest__Output } from './lethe/retention/v1/ListErasureRequestsRequest';
import type { ListErasureRequestsResponse as _lethe_retention_v1_ListErasureRequestsResponse, ListErasureRequestsResponse__Output as _lethe_retention_v1_ListErasureRequestsResponse__Output } from './lethe/retention/v1/ListErasureRequestsResponse';
import type { ListErasuresRequest as _lethe_retention_v1_ListErasuresRequest, ListErasuresRequest__Output as _lethe_retention_v1_ListErasuresRequest__Output } from './lethe/retention/v1/ListErasuresRequest';
import type { ListErasuresResponse as _lethe_retention_v1_ListErasuresResponse, ListErasuresResponse__Output as _lethe_retention_v1_ListErasuresResponse__Output } from './lethe/retention/v1/ListErasuresResponse';
import type { ListMarkedRequest as _lethe_retention_v1_ListMarkedRequest, ListMarkedRequest__Output as _lethe_retention_v1_ListMarkedRequest__Output } from './lethe/retention/v1/ListMarkedRequest';
import type { ListMarkedResponse as _lethe_retention_v1_ListMarkedResponse, ListMarkedResponse__Output as _lethe_retention_v1_ListMarkedResponse__Output } from './lethe/retention/v1/ListMarkedResponse';
import type { Mark as _lethe_retention_v1_Mark, Mark__Output as _lethe_retention_v1_Mark__Output } from './lethe/retention/v1/Mark';
import type { MarkForDeletionRequest as _lethe_retention_v1_MarkForDeletionRequest, MarkForDeletionRequest__Output as _lethe_retention_v1_MarkForDeletionRequest__Output } from './lethe/retention/v1/MarkForDeletionRequest';
import type { MassActionFilter as _lethe_retention_v1_MassActionFilter, MassActionFilter__Output as _lethe_retention_v1_MassActionFilter__Output } from './lethe/retention/v1/MassActionFilter';
import type { MassActionResult as _lethe_retention_v1_MassActionResult, MassActionResult__Output as _lethe_retention_v1_MassActionResult__Output } from './lethe/retention/v1/MassActionResult';
import type { OpenErasureRequestRequest as _lethe_retention_v1_OpenErasureRequestRequest, OpenErasureRequestRequest__Output as _lethe_retention_v1_OpenErasureRequestRequest__Output } from './lethe/retention/v1/OpenErasureRequestRequest';
import type { OwnerNoticeDigest as _lethe_retention_v1_OwnerNoticeDigest, OwnerNoticeDigest__Output as _lethe_retention_v1_OwnerNoticeDigest__Output } from './lethe/retention/v1/OwnerNoticeDigest';
import type { PolicyPreview as _lethe_retention_v1_PolicyPreview, PolicyPreview__Output as _lethe_retention_v1_PolicyPreview__Output } from './lethe/retention/v1/PolicyPreview';
import type { PreviewMonth as _lethe_retention_v1_PreviewMonth, PreviewMonth__Output as _lethe_retention_v1_PreviewMonth__Output } from './lethe/retention/v1/PreviewMonth';
import type { PreviewPolicyRequest as _lethe_retention_v1_PreviewPolicyRequest, PreviewPolicyRequest__Output as _lethe_retention_v1_PreviewPolicyRequest__Output } from './lethe/retention/v1/PreviewPolicyRequest';
import type { ReceiptPublicKey as _lethe_retention_v1_ReceiptPublicKey, ReceiptPublicKey__Output as _lethe_retention_v1_ReceiptPublicKey__Output } from './lethe/retention/v1/ReceiptPublicKey';
import type { RestoreMarkedRequest as _lethe_retention_v1_RestoreMarkedRequest, RestoreMarkedRequest__Output as _lethe_retention_v1_RestoreMarkedRequest__Output } from './lethe/retention/v1/RestoreMarkedRequest';
import type { RetainedData as _lethe_retention_v1_RetainedData, RetainedData__Output as _lethe_retention_v1_RetainedData__Output } from './lethe/retention/v1/RetainedData';
import type { RetentionExplanation as _lethe_retention_v1_RetentionExplanation, RetentionExplanation__Output as _lethe_retention_v1_RetentionExplanation__Output } from './lethe/retention/v1/RetentionExplanation';
import type { RetentionPolicy as _lethe_retention_v1_RetentionPolicy, RetentionPolicy__Output as _lethe_retention_v1_RetentionPolicy__Output } from './lethe/retention/v1/RetentionPolicy';
import type { RetentionServiceClient as _lethe_retention_v1_RetentionServiceClient, RetentionServiceDefinition as _lethe_retention_v1_RetentionServiceDefinition } from './lethe/retention/v1/RetentionService';
import type { RunMassActionRequest as _lethe_retention_v1_RunMassActionRequest, RunMassActionRequest__Output as _lethe_retention_v1_RunMassActionRequest__Output } from './lethe/retention/v1/RunMassActionRequest';
import type { ScheduledStep as _lethe_retention_v1_ScheduledStep, ScheduledStep__Output as _lethe_retention_v1_ScheduledStep__Output } from './lethe/retention/v1/ScheduledStep';
import type { SelfServiceLink as _lethe_retention_v1_SelfServiceLink, SelfServiceLink__Output as _lethe_retention_v1_SelfServiceLink__Output } from './lethe/retention/v1/SelfServiceLink';
import type { ServiceConfirmation as _lethe_retention_v1_ServiceConfirmation, ServiceConfirmation__Output as _lethe_retention_v1_ServiceConfirmation__Output } from './lethe/retention/v1/ServiceConfirmation';
import type { SubjectMarkedForDeletion as _lethe_retention_v1_SubjectMarkedForDeletion, SubjectMarkedForDeletion__Output as _lethe_retention_v1_SubjectMarkedForDeletion__Output } from './lethe/retention/v1/SubjectMarkedForDeletion';
import type { SubjectRestored as _lethe_retention_v1_SubjectRestored, SubjectRestored__Output as _lethe_retention_v1_SubjectRestored__Output } from './lethe/retention/v1/SubjectRestored';
import type { UpdatePolicyRequest as _lethe_retention_v1_UpdatePolicyRequest, UpdatePolicyRequest__Output as _lethe_retention_v1_UpdatePolicyRequest__Output } from './lethe/retention/v1/UpdatePolicyRequest';
import type { WithdrawErasureRequestRequest as _lethe_retention_v1_WithdrawErasureRequestRequest, WithdrawErasureRequestRequest__Output as _lethe_retention_v1_WithdrawErasureRequestRequest__Output } from './lethe/retention/v1/WithdrawErasureRequestRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  lethe: {
    common: {
      v1: {
        ActorKind: EnumTypeDefinition
        BadRequest: MessageTypeDefinition<_lethe_common_v1_BadRequest, _lethe_common_v1_BadRequest__Output>
        Channel: EnumTypeDefinition
        ErrorInfo: MessageTypeDefinition<_lethe_common_v1_ErrorInfo, _lethe_common_v1_ErrorInfo__Output>
        FieldViolation: MessageTypeDefinition<_lethe_common_v1_FieldViolation, _lethe_common_v1_FieldViolation__Output>
        PageRequest: MessageTypeDefinition<_lethe_common_v1_PageRequest, _lethe_common_v1_PageRequest__Output>
        PageResponse: MessageTypeDefinition<_lethe_common_v1_PageResponse, _lethe_common_v1_PageResponse__Output>
        RequestContext: MessageTypeDefinition<_lethe_common_v1_RequestContext, _lethe_common_v1_RequestContext__Output>
      }
    }
    erasure: {
      v1: {
        AnonymisedNotes: EnumTypeDefinition
        ErasureAck: MessageTypeDefinition<_lethe_erasure_v1_ErasureAck, _lethe_erasure_v1_ErasureAck__Output>
        ErasureCommand: MessageTypeDefinition<_lethe_erasure_v1_ErasureCommand, _lethe_erasure_v1_ErasureCommand__Output>
        ErasureMode: EnumTypeDefinition
        ErasureOutcome: EnumTypeDefinition
        ErasureReason: EnumTypeDefinition
      }
    }
    retention: {
      v1: {
        ApplicantVolume: MessageTypeDefinition<_lethe_retention_v1_ApplicantVolume, _lethe_retention_v1_ApplicantVolume__Output>
        CandidateNoticeDue: MessageTypeDefinition<_lethe_retention_v1_CandidateNoticeDue, _lethe_retention_v1_CandidateNoticeDue__Output>
        ClockAnchor: EnumTypeDefinition
        CreateSelfServiceLinkRequest: MessageTypeDefinition<_lethe_retention_v1_CreateSelfServiceLinkRequest, _lethe_retention_v1_CreateSelfServiceLinkRequest__Output>
        DeletionLogEntry: MessageTypeDefinition<_lethe_retention_v1_DeletionLogEntry, _lethe_retention_v1_DeletionLogEntry__Output>
        DueSubject: MessageTypeDefinition<_lethe_retention_v1_DueSubject, _lethe_retention_v1_DueSubject__Output>
        Erasure: MessageTypeDefinition<_lethe_retention_v1_Erasure, _lethe_retention_v1_Erasure__Output>
        ErasureCompleted: MessageTypeDefinition<_lethe_retention_v1_ErasureCompleted, _lethe_retention_v1_ErasureCompleted__Output>
        ErasureReceipt: MessageTypeDefinition<_lethe_retention_v1_ErasureReceipt, _lethe_retention_v1_ErasureReceipt__Output>
        ErasureRequest: MessageTypeDefinition<_lethe_retention_v1_ErasureRequest, _lethe_retention_v1_ErasureRequest__Output>
        ErasureRequestOpened: MessageTypeDefinition<_lethe_retention_v1_ErasureRequestOpened, _lethe_retention_v1_ErasureRequestOpened__Output>
        ErasureRequestState: EnumTypeDefinition
        ErasureRequestWithdrawn: MessageTypeDefinition<_lethe_retention_v1_ErasureRequestWithdrawn, _lethe_retention_v1_ErasureRequestWithdrawn__Output>
        ErasureState: EnumTypeDefinition
        ExplainRetentionRequest: MessageTypeDefinition<_lethe_retention_v1_ExplainRetentionRequest, _lethe_retention_v1_ExplainRetentionRequest__Output>
        GetApplicantVolumeRequest: MessageTypeDefinition<_lethe_retention_v1_GetApplicantVolumeRequest, _lethe_retention_v1_GetApplicantVolumeRequest__Output>
        GetErasureReceiptRequest: MessageTypeDefinition<_lethe_retention_v1_GetErasureReceiptRequest, _lethe_retention_v1_GetErasureReceiptRequest__Output>
        GetErasureRequest: MessageTypeDefinition<_lethe_retention_v1_GetErasureRequest, _lethe_retention_v1_GetErasureRequest__Output>
        GetErasureRequestRequest: MessageTypeDefinition<_lethe_retention_v1_GetErasureRequestRequest, _lethe_retention_v1_GetErasureRequestRequest__Output>
        GetPolicyRequest: MessageTypeDefinition<_lethe_retention_v1_GetPolicyRequest, _lethe_retention_v1_GetPolicyRequest__Output>
        GetReceiptPublicKeyRequest: MessageTypeDefinition<_lethe_retention_v1_GetReceiptPublicKeyRequest, _lethe_retention_v1_GetReceiptPublicKeyRequest__Output>
        ListDeletionLogRequest: MessageTypeDefinition<_lethe_retention_v1_ListDeletionLogRequest, _lethe_retention_v1_ListDeletionLogRequest__Output>
        ListDeletionLogResponse: MessageTypeDefinition<_lethe_retention_v1_ListDeletionLogResponse, _lethe_retention_v1_ListDeletionLogResponse__Output>
        ListErasureRequestsRequest: MessageTypeDefinition<_lethe_retention_v1_ListErasureRequestsRequest, _lethe_retention_v1_ListErasureRequestsRequest__Output>
        ListErasureRequestsResponse: MessageTypeDefinition<_lethe_retention_v1_ListErasureRequestsResponse, _lethe_retention_v1_ListErasureRequestsResponse__Output>
        ListErasuresRequest: MessageTypeDefinition<_lethe_retention_v1_ListErasuresRequest, _lethe_retention_v1_ListErasuresRequest__Output>
        ListErasuresResponse: MessageTypeDefinition<_lethe_retention_v1_ListErasuresResponse, _lethe_retention_v1_ListErasuresResponse__Output>
        ListMarkedRequest: MessageTypeDefinition<_lethe_retention_v1_ListMarkedRequest, _lethe_retention_v1_ListMarkedRequest__Output>
        ListMarkedResponse: MessageTypeDefinition<_lethe_retention_v1_ListMarkedResponse, _lethe_retention_v1_ListMarkedResponse__Output>
        Mark: MessageTypeDefinition<_lethe_retention_v1_Mark, _lethe_retention_v1_Mark__Output>
        MarkForDeletionRequest: MessageTypeDefinition<_lethe_retention_v1_MarkForDeletionRequest, _lethe_retention_v1_MarkForDeletionRequest__Output>
        MarkState: EnumTypeDefinition
        MassAction: EnumTypeDefinition
        MassActionFilter: MessageTypeDefinition<_lethe_retention_v1_MassActionFilter, _lethe_retention_v1_MassActionFilter__Output>
        MassActionResult: MessageTypeDefinition<_lethe_retention_v1_MassActionResult, _lethe_retention_v1_MassActionResult__Output>
        OpenErasureRequestRequest: MessageTypeDefinition<_lethe_retention_v1_OpenErasureRequestRequest, _lethe_retention_v1_OpenErasureRequestRequest__Output>
        OwnerNoticeDigest: MessageTypeDefinition<_lethe_retention_v1_OwnerNoticeDigest, _lethe_retention_v1_OwnerNoticeDigest__Output>
        PolicyPreview: MessageTypeDefinition<_lethe_retention_v1_PolicyPreview, _lethe_retention_v1_PolicyPreview__Output>
        PreviewMonth: MessageTypeDefinition<_lethe_retention_v1_PreviewMonth, _lethe_retention_v1_PreviewMonth__Output>
        PreviewPolicyRequest: MessageTypeDefinition<_lethe_retention_v1_PreviewPolicyRequest, _lethe_retention_v1_PreviewPolicyRequest__Output>
        ReceiptPublicKey: MessageTypeDefinition<_lethe_retention_v1_ReceiptPublicKey, _lethe_retention_v1_ReceiptPublicKey__Output>
        RequestedBy: EnumTypeDefinition
        RestoreMarkedRequest: MessageTypeDefinition<_lethe_retention_v1_RestoreMarkedRequest, _lethe_retention_v1_RestoreMarkedRequest__Output>
        RetainedData: MessageTypeDefinition<_lethe_retention_v1_RetainedData, _lethe_retention_v1_RetainedData__Output>
        RetentionExplanation: MessageTypeDefinition<_lethe_retention_v1_RetentionExplanation, _lethe_retention_v1_RetentionExplanation__Output>
        RetentionPolicy: MessageTypeDefinition<_lethe_retention_v1_RetentionPolicy, _lethe_retention_v1_RetentionPolicy__Output>
        RetentionService: SubtypeConstructor<typeof grpc.Client, _lethe_retention_v1_RetentionServiceClient> & { service: _lethe_retention_v1_RetentionServiceDefinition }
        RunMassActionRequest: MessageTypeDefinition<_lethe_retention_v1_RunMassActionRequest, _lethe_retention_v1_RunMassActionRequest__Output>
        ScheduledAction: EnumTypeDefinition
        ScheduledStep: MessageTypeDefinition<_lethe_retention_v1_ScheduledStep, _lethe_retention_v1_ScheduledStep__Output>
        SelfServiceLink: MessageTypeDefinition<_lethe_retention_v1_SelfServiceLink, _lethe_retention_v1_SelfServiceLink__Output>
        SelfServicePurpose: EnumTypeDefinition
        ServiceConfirmation: MessageTypeDefinition<_lethe_retention_v1_ServiceConfirmation, _lethe_retention_v1_ServiceConfirmation__Output>
        SubjectMarkedForDeletion: MessageTypeDefinition<_lethe_retention_v1_SubjectMarkedForDeletion, _lethe_retention_v1_SubjectMarkedForDeletion__Output>
        SubjectRestored: MessageTypeDefinition<_lethe_retention_v1_SubjectRestored, _lethe_retention_v1_SubjectRestored__Output>
        UpdatePolicyRequest: MessageTypeDefinition<_lethe_retention_v1_UpdatePolicyRequest, _lethe_retention_v1_UpdatePolicyRequest__Output>
        WithdrawErasureRequestRequest: MessageTypeDefinition<_lethe_retention_v1_WithdrawErasureRequestRequest, _lethe_retention_v1_WithdrawErasureRequestRequest__Output>
      }
    }
  }
}


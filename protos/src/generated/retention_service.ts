import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { Activity as _lethe_candidates_v1_Activity, Activity__Output as _lethe_candidates_v1_Activity__Output } from './lethe/candidates/v1/Activity';
import type { ActivityRecorded as _lethe_candidates_v1_ActivityRecorded, ActivityRecorded__Output as _lethe_candidates_v1_ActivityRecorded__Output } from './lethe/candidates/v1/ActivityRecorded';
import type { Address as _lethe_candidates_v1_Address, Address__Output as _lethe_candidates_v1_Address__Output } from './lethe/candidates/v1/Address';
import type { ApplicationStatusChanged as _lethe_candidates_v1_ApplicationStatusChanged, ApplicationStatusChanged__Output as _lethe_candidates_v1_ApplicationStatusChanged__Output } from './lethe/candidates/v1/ApplicationStatusChanged';
import type { BulkCreateCandidatesRequest as _lethe_candidates_v1_BulkCreateCandidatesRequest, BulkCreateCandidatesRequest__Output as _lethe_candidates_v1_BulkCreateCandidatesRequest__Output } from './lethe/candidates/v1/BulkCreateCandidatesRequest';
import type { BulkCreateCandidatesResponse as _lethe_candidates_v1_BulkCreateCandidatesResponse, BulkCreateCandidatesResponse__Output as _lethe_candidates_v1_BulkCreateCandidatesResponse__Output } from './lethe/candidates/v1/BulkCreateCandidatesResponse';
import type { Candidate as _lethe_candidates_v1_Candidate, Candidate__Output as _lethe_candidates_v1_Candidate__Output } from './lethe/candidates/v1/Candidate';
import type { CandidateCreated as _lethe_candidates_v1_CandidateCreated, CandidateCreated__Output as _lethe_candidates_v1_CandidateCreated__Output } from './lethe/candidates/v1/CandidateCreated';
import type { CandidateFile as _lethe_candidates_v1_CandidateFile, CandidateFile__Output as _lethe_candidates_v1_CandidateFile__Output } from './lethe/candidates/v1/CandidateFile';
import type { CandidateInput as _lethe_candidates_v1_CandidateInput, CandidateInput__Output as _lethe_candidates_v1_CandidateInput__Output } from './lethe/candidates/v1/CandidateInput';
import type { CandidateMerged as _lethe_candidates_v1_CandidateMerged, CandidateMerged__Output as _lethe_candidates_v1_CandidateMerged__Output } from './lethe/candidates/v1/CandidateMerged';
import type { CandidateSettings as _lethe_candidates_v1_CandidateSettings, CandidateSettings__Output as _lethe_candidates_v1_CandidateSettings__Output } from './lethe/candidates/v1/CandidateSettings';
import type { CandidateUpdated as _lethe_candidates_v1_CandidateUpdated, CandidateUpdated__Output as _lethe_candidates_v1_CandidateUpdated__Output } from './lethe/candidates/v1/CandidateUpdated';
import type { CandidatesServiceClient as _lethe_candidates_v1_CandidatesServiceClient, CandidatesServiceDefinition as _lethe_candidates_v1_CandidatesServiceDefinition } from './lethe/candidates/v1/CandidatesService';
import type { CheckDuplicatesRequest as _lethe_candidates_v1_CheckDuplicatesRequest, CheckDuplicatesRequest__Output as _lethe_candidates_v1_CheckDuplicatesRequest__Output } from './lethe/candidates/v1/CheckDuplicatesRequest';
import type { CheckDuplicatesResponse as _lethe_candidates_v1_CheckDuplicatesResponse, CheckDuplicatesResponse__Output as _lethe_candidates_v1_CheckDuplicatesResponse__Output } from './lethe/candidates/v1/CheckDuplicatesResponse';
import type { CreateCandidateRequest as _lethe_candidates_v1_CreateCandidateRequest, CreateCandidateRequest__Output as _lethe_candidates_v1_CreateCandidateRequest__Output } from './lethe/candidates/v1/CreateCandidateRequest';
import type { CreateCandidateResponse as _lethe_candidates_v1_CreateCandidateResponse, CreateCandidateResponse__Output as _lethe_candidates_v1_CreateCandidateResponse__Output } from './lethe/candidates/v1/CreateCandidateResponse';
import type { DeleteFileRequest as _lethe_candidates_v1_DeleteFileRequest, DeleteFileRequest__Output as _lethe_candidates_v1_DeleteFileRequest__Output } from './lethe/candidates/v1/DeleteFileRequest';
import type { DeleteFileResponse as _lethe_candidates_v1_DeleteFileResponse, DeleteFileResponse__Output as _lethe_candidates_v1_DeleteFileResponse__Output } from './lethe/candidates/v1/DeleteFileResponse';
import type { DownloadFileRequest as _lethe_candidates_v1_DownloadFileRequest, DownloadFileRequest__Output as _lethe_candidates_v1_DownloadFileRequest__Output } from './lethe/candidates/v1/DownloadFileRequest';
import type { DownloadFileResponse as _lethe_candidates_v1_DownloadFileResponse, DownloadFileResponse__Output as _lethe_candidates_v1_DownloadFileResponse__Output } from './lethe/candidates/v1/DownloadFileResponse';
import type { Duplicate as _lethe_candidates_v1_Duplicate, Duplicate__Output as _lethe_candidates_v1_Duplicate__Output } from './lethe/candidates/v1/Duplicate';
import type { FileHeader as _lethe_candidates_v1_FileHeader, FileHeader__Output as _lethe_candidates_v1_FileHeader__Output } from './lethe/candidates/v1/FileHeader';
import type { FindCandidatesByEmailRequest as _lethe_candidates_v1_FindCandidatesByEmailRequest, FindCandidatesByEmailRequest__Output as _lethe_candidates_v1_FindCandidatesByEmailRequest__Output } from './lethe/candidates/v1/FindCandidatesByEmailRequest';
import type { FindCandidatesByNameRequest as _lethe_candidates_v1_FindCandidatesByNameRequest, FindCandidatesByNameRequest__Output as _lethe_candidates_v1_FindCandidatesByNameRequest__Output } from './lethe/candidates/v1/FindCandidatesByNameRequest';
import type { GetCandidateRequest as _lethe_candidates_v1_GetCandidateRequest, GetCandidateRequest__Output as _lethe_candidates_v1_GetCandidateRequest__Output } from './lethe/candidates/v1/GetCandidateRequest';
import type { GetSettingsRequest as _lethe_candidates_v1_GetSettingsRequest, GetSettingsRequest__Output as _lethe_candidates_v1_GetSettingsRequest__Output } from './lethe/candidates/v1/GetSettingsRequest';
import type { JobOrderAssignmentChanged as _lethe_candidates_v1_JobOrderAssignmentChanged, JobOrderAssignmentChanged__Output as _lethe_candidates_v1_JobOrderAssignmentChanged__Output } from './lethe/candidates/v1/JobOrderAssignmentChanged';
import type { ListActivitiesRequest as _lethe_candidates_v1_ListActivitiesRequest, ListActivitiesRequest__Output as _lethe_candidates_v1_ListActivitiesRequest__Output } from './lethe/candidates/v1/ListActivitiesRequest';
import type { ListActivitiesResponse as _lethe_candidates_v1_ListActivitiesResponse, ListActivitiesResponse__Output as _lethe_candidates_v1_ListActivitiesResponse__Output } from './lethe/candidates/v1/ListActivitiesResponse';
import type { ListCandidateIdsResponse as _lethe_candidates_v1_ListCandidateIdsResponse, ListCandidateIdsResponse__Output as _lethe_candidates_v1_ListCandidateIdsResponse__Output } from './lethe/candidates/v1/ListCandidateIdsResponse';
import type { ListCandidatesRequest as _lethe_candidates_v1_ListCandidatesRequest, ListCandidatesRequest__Output as _lethe_candidates_v1_ListCandidatesRequest__Output } from './lethe/candidates/v1/ListCandidatesRequest';
import type { ListCandidatesResponse as _lethe_candidates_v1_ListCandidatesResponse, ListCandidatesResponse__Output as _lethe_candidates_v1_ListCandidatesResponse__Output } from './lethe/candidates/v1/ListCandidatesResponse';
import type { ListFilesRequest as _lethe_candidates_v1_ListFilesRequest, ListFilesRequest__Output as _lethe_candidates_v1_ListFilesRequest__Output } from './lethe/candidates/v1/ListFilesRequest';
import type { ListFilesResponse as _lethe_candidates_v1_ListFilesResponse, ListFilesResponse__Output as _lethe_candidates_v1_ListFilesResponse__Output } from './lethe/candidates/v1/ListFilesResponse';
import type { MergeCandidatesRequest as _lethe_candidates_v1_MergeCandidatesRequest, MergeCandidatesRequest__Output as _lethe_candidates_v1_MergeCandidatesRequest__Output } from './lethe/candidates/v1/MergeCandidatesRequest';
import type { MergeCandidatesResponse as _lethe_candidates_v1_MergeCandidatesResponse, MergeCandidatesResponse__Output as _lethe_candidates_v1_MergeCandidatesResponse__Output } from './lethe/candidates/v1/MergeCandidatesResponse';
import type { PersonalData as _lethe_candidates_v1_PersonalData, PersonalData__Output as _lethe_candidates_v1_PersonalData__Output } from './lethe/candidates/v1/PersonalData';
import type { PresentationStatusChanged as _lethe_candidates_v1_PresentationStatusChanged, PresentationStatusChanged__Output as _lethe_candidates_v1_PresentationStatusChanged__Output } from './lethe/candidates/v1/PresentationStatusChanged';
import type { RecordActivityRequest as _lethe_candidates_v1_RecordActivityRequest, RecordActivityRequest__Output as _lethe_candidates_v1_RecordActivityRequest__Output } from './lethe/candidates/v1/RecordActivityRequest';
import type { StatusActionRequested as _lethe_candidates_v1_StatusActionRequested, StatusActionRequested__Output as _lethe_candidates_v1_StatusActionRequested__Output } from './lethe/candidates/v1/StatusActionRequested';
import type { UpdateCandidateRequest as _lethe_candidates_v1_UpdateCandidateRequest, UpdateCandidateRequest__Output as _lethe_candidates_v1_UpdateCandidateRequest__Output } from './lethe/candidates/v1/UpdateCandidateRequest';
import type { UpdateCandidateResponse as _lethe_candidates_v1_UpdateCandidateResponse, UpdateCandidateResponse__Output as _lethe_candidates_v1_UpdateCandidateResponse__Output } from './lethe/candidates/v1/UpdateCandidateResponse';
import type { UpdateSettingsRequest as _lethe_candidates_v1_UpdateSettingsRequest, UpdateSettingsRequest__Output as _lethe_candidates_v1_UpdateSettingsRequest__Output } from './lethe/candidates/v1/UpdateSettingsRequest';
import type { UploadFileRequest as _lethe_candidates_v1_UploadFileRequest, UploadFileRequest__Output as _lethe_candidates_v1_UploadFileRequest__Output } from './lethe/candidates/v1/UploadFileRequest';
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
import type { DownloadSubjectExportRequest as _lethe_retention_v1_DownloadSubjectExportRequest, DownloadSubjectExportRequest__Output as _lethe_retention_v1_DownloadSubjectExportRequest__Output } from './lethe/retention/v1/DownloadSubjectExportRequest';
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
import type { GetMassActionRunRequest as _lethe_retention_v1_GetMassActionRunRequest, GetMassActionRunRequest__Output as _lethe_retention_v1_GetMassActionRunRequest__Output } from './lethe/retention/v1/GetMassActionRunRequest';
import type { GetPolicyRequest as _lethe_retention_v1_GetPolicyRequest, GetPolicyRequest__Output as _lethe_retention_v1_GetPolicyRequest__Output } from './lethe/retention/v1/GetPolicyRequest';
import type { GetReceiptPublicKeyRequest as _lethe_retention_v1_GetReceiptPublicKeyRequest, GetReceiptPublicKeyRequest__Output as _lethe_retention_v1_GetReceiptPublicKeyRequest__Output } from './lethe/retention/v1/GetReceiptPublicKeyRequest';
import type { GetSubjectExportRequest as _lethe_retention_v1_GetSubjectExportRequest, GetSubjectExportRequest__Output as _lethe_retention_v1_GetSubjectExportRequest__Output } from './lethe/retention/v1/GetSubjectExportRequest';
import type { LegalHold as _lethe_retention_v1_LegalHold, LegalHold__Output as _lethe_retention_v1_LegalHold__Output } from './lethe/retention/v1/LegalHold';
import type { LiftLegalHoldRequest as _lethe_retention_v1_LiftLegalHoldRequest, LiftLegalHoldRequest__Output as _lethe_retention_v1_LiftLegalHoldRequest__Output } from './lethe/retention/v1/LiftLegalHoldRequest';
import type { ListDeletionLogRequest as _lethe_retention_v1_ListDeletionLogRequest, ListDeletionLogRequest__Output as _lethe_retention_v1_ListDeletionLogRequest__Output } from './lethe/retention/v1/ListDeletionLogRequest';
import type { ListDeletionLogResponse as _lethe_retention_v1_ListDeletionLogResponse, ListDeletionLogResponse__Output as _lethe_retention_v1_ListDeletionLogResponse__Output } from './lethe/retention/v1/ListDeletionLogResponse';
import type { ListErasureRequestsRequest as _lethe_retention_v1_ListErasureRequestsRequest, ListErasureRequestsRequest__Output as _lethe_retention_v1_ListErasureRequestsRequest__Output } from './lethe/retention/v1/ListErasureRequestsRequest';
import type { ListErasureRequestsResponse as _lethe_retention_v1_ListErasureRequestsResponse, ListErasureRequestsResponse__Output as _lethe_retention_v1_ListErasureRequestsResponse__Output } from './lethe/retention/v1/ListErasureRequestsResponse';
import type { ListErasuresRequest as _lethe_retention_v1_ListErasuresRequest, ListErasuresRequest__Output as _lethe_retention_v1_ListErasuresRequest__Output } from './lethe/retention/v1/ListErasuresRequest';
import type { ListErasuresResponse as _lethe_retention_v1_ListErasuresResponse, ListErasuresResponse__Output as _lethe_retention_v1_ListErasuresResponse__Output } from './lethe/retention/v1/ListErasuresResponse';
import type { ListMarkedRequest as _lethe_retention_v1_ListMarkedRequest, ListMarkedRequest__Output as _lethe_retention_v1_ListMarkedRequest__Output } from './lethe/retention/v1/ListMarkedRequest';
import type { ListMarkedResponse as _lethe_retention_v1_ListMarkedResponse, ListMarkedResponse__Output as _lethe_retention_v1_ListMarkedResponse__Output } from './lethe/retention/v1/ListMarkedResponse';
import type { ListSubjectExportsRequest as _lethe_retention_v1_ListSubjectExportsRequest, ListSubjectExportsRequest__Output as _lethe_retention_v1_ListSubjectExportsRequest__Output } from './lethe/retention/v1/ListSubjectExportsRequest';
import type { ListSubjectExportsResponse as _lethe_retention_v1_ListSubjectExportsResponse, ListSubjectExportsResponse__Output as _lethe_retention_v1_ListSubjectExportsResponse__Output } from './lethe/retention/v1/ListSubjectExportsResponse';
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
import type { RequestSubjectExportRequest as _lethe_retention_v1_RequestSubjectExportRequest, RequestSubjectExportRequest__Output as _lethe_retention_v1_RequestSubjectExportRequest__Output } from './lethe/retention/v1/RequestSubjectExportRequest';
import type { RestoreMarkedRequest as _lethe_retention_v1_RestoreMarkedRequest, RestoreMarkedRequest__Output as _lethe_retention_v1_RestoreMarkedRequest__Output } from './lethe/retention/v1/RestoreMarkedRequest';
import type { RetainedData as _lethe_retention_v1_RetainedData, RetainedData__Output as _lethe_retention_v1_RetainedData__Output } from './lethe/retention/v1/RetainedData';
import type { RetentionExplanation as _lethe_retention_v1_RetentionExplanation, RetentionExplanation__Output as _lethe_retention_v1_RetentionExplanation__Output } from './lethe/retention/v1/RetentionExplanation';
import type { RetentionPolicy as _lethe_retention_v1_RetentionPolicy, RetentionPolicy__Output as _lethe_retention_v1_RetentionPolicy__Output } from './lethe/retention/v1/RetentionPolicy';
import type { RetentionServiceClient as _lethe_retention_v1_RetentionServiceClient, RetentionServiceDefinition as _lethe_retention_v1_RetentionServiceDefinition } from './lethe/retention/v1/RetentionService';
import type { RunMassActionRequest as _lethe_retention_v1_RunMassActionRequest, RunMassActionRequest__Output as _lethe_retention_v1_RunMassActionRequest__Output } from './lethe/retention/v1/RunMassActionRequest';
import type { ScheduledStep as _lethe_retention_v1_ScheduledStep, ScheduledStep__Output as _lethe_retention_v1_ScheduledStep__Output } from './lethe/retention/v1/ScheduledStep';
import type { SelfServiceLink as _lethe_retention_v1_SelfServiceLink, SelfServiceLink__Output as _lethe_retention_v1_SelfServiceLink__Output } from './lethe/retention/v1/SelfServiceLink';
import type { ServiceConfirmation as _lethe_retention_v1_ServiceConfirmation, ServiceConfirmation__Output as _lethe_retention_v1_ServiceConfirmation__Output } from './lethe/retention/v1/ServiceConfirmation';
import type { SetLegalHoldRequest as _lethe_retention_v1_SetLegalHoldRequest, SetLegalHoldRequest__Output as _lethe_retention_v1_SetLegalHoldRequest__Output } from './lethe/retention/v1/SetLegalHoldRequest';
import type { SkippedSubject as _lethe_retention_v1_SkippedSubject, SkippedSubject__Output as _lethe_retention_v1_SkippedSubject__Output } from './lethe/retention/v1/SkippedSubject';
import type { StatusActionDeclined as _lethe_retention_v1_StatusActionDeclined, StatusActionDeclined__Output as _lethe_retention_v1_StatusActionDeclined__Output } from './lethe/retention/v1/StatusActionDeclined';
import type { SubjectExport as _lethe_retention_v1_SubjectExport, SubjectExport__Output as _lethe_retention_v1_SubjectExport__Output } from './lethe/retention/v1/SubjectExport';
import type { SubjectExportChunk as _lethe_retention_v1_SubjectExportChunk, SubjectExportChunk__Output as _lethe_retention_v1_SubjectExportChunk__Output } from './lethe/retention/v1/SubjectExportChunk';
import type { SubjectExportCompleted as _lethe_retention_v1_SubjectExportCompleted, SubjectExportCompleted__Output as _lethe_retention_v1_SubjectExportCompleted__Output } from './lethe/retention/v1/SubjectExportCompleted';
import type { SubjectExportPart as _lethe_retention_v1_SubjectExportPart, SubjectExportPart__Output as _lethe_retention_v1_SubjectExportPart__Output } from './lethe/retention/v1/SubjectExportPart';
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
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  lethe: {
    candidates: {
      v1: {
        Activity: MessageTypeDefinition<_lethe_candidates_v1_Activity, _lethe_candidates_v1_Activity__Output>
        ActivityKind: EnumTypeDefinition
        ActivityRecorded: MessageTypeDefinition<_lethe_candidates_v1_ActivityRecorded, _lethe_candidates_v1_ActivityRecorded__Output>
        Address: MessageTypeDefinition<_lethe_candidates_v1_Address, _lethe_candidates_v1_Address__Output>
        AnonymisedNameStyle: EnumTypeDefinition
        ApplicationStatusChanged: MessageTypeDefinition<_lethe_candidates_v1_ApplicationStatusChanged, _lethe_candidates_v1_ApplicationStatusChanged__Output>
        BulkCreateCandidatesRequest: MessageTypeDefinition<_lethe_candidates_v1_BulkCreateCandidatesRequest, _lethe_candidates_v1_BulkCreateCandidatesRequest__Output>
        BulkCreateCandidatesResponse: MessageTypeDefinition<_lethe_candidates_v1_BulkCreateCandidatesResponse, _lethe_candidates_v1_BulkCreateCandidatesResponse__Output>
        Candidate: MessageTypeDefinition<_lethe_candidates_v1_Candidate, _lethe_candidates_v1_Candidate__Output>
        CandidateCreated: MessageTypeDefinition<_lethe_candidates_v1_CandidateCreated, _lethe_candidates_v1_CandidateCreated__Output>
        CandidateFile: MessageTypeDefinition<_lethe_candidates_v1_CandidateFile, _lethe_candidates_v1_CandidateFile__Output>
        CandidateInput: MessageTypeDefinition<_lethe_candidates_v1_CandidateInput, _lethe_candidates_v1_CandidateInput__Output>
        CandidateMerged: MessageTypeDefinition<_lethe_candidates_v1_CandidateMerged, _lethe_candidates_v1_CandidateMerged__Output>
        CandidateSettings: MessageTypeDefinition<_lethe_candidates_v1_CandidateSettings, _lethe_candidates_v1_CandidateSettings__Output>
        CandidateState: EnumTypeDefinition
        CandidateUpdated: MessageTypeDefinition<_lethe_candidates_v1_CandidateUpdated, _lethe_candidates_v1_CandidateUpdated__Output>
        CandidatesService: SubtypeConstructor<typeof grpc.Client, _lethe_candidates_v1_CandidatesServiceClient> & { service: _lethe_candidates_v1_CandidatesServiceDefinition }
        CheckDuplicatesRequest: MessageTypeDefinition<_lethe_candidates_v1_CheckDuplicatesRequest, _lethe_candidates_v1_CheckDuplicatesRequest__Output>
        CheckDuplicatesResponse: MessageTypeDefinition<_lethe_candidates_v1_CheckDuplicatesResponse, _lethe_candidates_v1_CheckDuplicatesResponse__Output>
        CreateCandidateRequest: MessageTypeDefinition<_lethe_candidates_v1_CreateCandidateRequest, _lethe_candidates_v1_CreateCandidateRequest__Output>
        CreateCandidateResponse: MessageTypeDefinition<_lethe_candidates_v1_CreateCandidateResponse, _lethe_candidates_v1_CreateCandidateResponse__Output>
        DeleteFileRequest: MessageTypeDefinition<_lethe_candidates_v1_DeleteFileRequest, _lethe_candidates_v1_DeleteFileRequest__Output>
        DeleteFileResponse: MessageTypeDefinition<_lethe_candidates_v1_DeleteFileResponse, _lethe_candidates_v1_DeleteFileResponse__Output>
        DownloadFileRequest: MessageTypeDefinition<_lethe_candidates_v1_DownloadFileRequest, _lethe_candidates_v1_DownloadFileRequest__Output>
        DownloadFileResponse: MessageTypeDefinition<_lethe_candidates_v1_DownloadFileResponse, _lethe_candidates_v1_DownloadFileResponse__Output>
        Duplicate: MessageTypeDefinition<_lethe_candidates_v1_Duplicate, _lethe_candidates_v1_Duplicate__Output>
        FileHeader: MessageTypeDefinition<_lethe_candidates_v1_FileHeader, _lethe_candidates_v1_FileHeader__Output>
        FileKind: EnumTypeDefinition
        FinalOutcome: EnumTypeDefinition
        FindCandidatesByEmailRequest: MessageTypeDefinition<_lethe_candidates_v1_FindCandidatesByEmailRequest, _lethe_candidates_v1_FindCandidatesByEmailRequest__Output>
        FindCandidatesByNameRequest: MessageTypeDefinition<_lethe_candidates_v1_FindCandidatesByNameRequest, _lethe_candidates_v1_FindCandidatesByNameRequest__Output>
        GetCandidateRequest: MessageTypeDefinition<_lethe_candidates_v1_GetCandidateRequest, _lethe_candidates_v1_GetCandidateRequest__Output>
        GetSettingsRequest: MessageTypeDefinition<_lethe_candidates_v1_GetSettingsRequest, _lethe_candidates_v1_GetSettingsRequest__Output>
        JobOrderAssignmentChanged: MessageTypeDefinition<_lethe_candidates_v1_JobOrderAssignmentChanged, _lethe_candidates_v1_JobOrderAssignmentChanged__Output>
        JobOrderMeaning: EnumTypeDefinition
        ListActivitiesRequest: MessageTypeDefinition<_lethe_candidates_v1_ListActivitiesRequest, _lethe_candidates_v1_ListActivitiesRequest__Output>
        ListActivitiesResponse: MessageTypeDefinition<_lethe_candidates_v1_ListActivitiesResponse, _lethe_candidates_v1_ListActivitiesResponse__Output>
        ListCandidateIdsResponse: MessageTypeDefinition<_lethe_candidates_v1_ListCandidateIdsResponse, _lethe_candidates_v1_ListCandidateIdsResponse__Output>
        ListCandidatesRequest: MessageTypeDefinition<_lethe_candidates_v1_ListCandidatesRequest, _lethe_candidates_v1_ListCandidatesRequest__Output>
        ListCandidatesResponse: MessageTypeDefinition<_lethe_candidates_v1_ListCandidatesResponse, _lethe_candidates_v1_ListCandidatesResponse__Output>
        ListFilesRequest: MessageTypeDefinition<_lethe_candidates_v1_ListFilesRequest, _lethe_candidates_v1_ListFilesRequest__Output>
        ListFilesResponse: MessageTypeDefinition<_lethe_candidates_v1_ListFilesResponse, _lethe_candidates_v1_ListFilesResponse__Output>
        MergeCandidatesRequest: MessageTypeDefinition<_lethe_candidates_v1_MergeCandidatesRequest, _lethe_candidates_v1_MergeCandidatesRequest__Output>
        MergeCandidatesResponse: MessageTypeDefinition<_lethe_candidates_v1_MergeCandidatesResponse, _lethe_candidates_v1_MergeCandidatesResponse__Output>
        MetaStatus: EnumTypeDefinition
        PersonalData: MessageTypeDefinition<_lethe_candidates_v1_PersonalData, _lethe_candidates_v1_PersonalData__Output>
        PresentationStatusChanged: MessageTypeDefinition<_lethe_candidates_v1_PresentationStatusChanged, _lethe_candidates_v1_PresentationStatusChanged__Output>
        RecordActivityRequest: MessageTypeDefinition<_lethe_candidates_v1_RecordActivityRequest, _lethe_candidates_v1_RecordActivityRequest__Output>
        StatusActionKind: EnumTypeDefinition
        StatusActionRequested: MessageTypeDefinition<_lethe_candidates_v1_StatusActionRequested, _lethe_candidates_v1_StatusActionRequested__Output>
        StatusChangeSource: EnumTypeDefinition
        UpdateCandidateRequest: MessageTypeDefinition<_lethe_candidates_v1_UpdateCandidateRequest, _lethe_candidates_v1_UpdateCandidateRequest__Output>
        UpdateCandidateResponse: MessageTypeDefinition<_lethe_candidates_v1_UpdateCandidateResponse, _lethe_candidates_v1_UpdateCandidateResponse__Output>
        UpdateSettingsRequest: MessageTypeDefinition<_lethe_candidates_v1_UpdateSettingsRequest, _lethe_candidates_v1_UpdateSettingsRequest__Output>
        UploadFileRequest: MessageTypeDefinition<_lethe_candidates_v1_UploadFileRequest, _lethe_candidates_v1_UploadFileRequest__Output>
      }
    }
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
        DownloadSubjectExportRequest: MessageTypeDefinition<_lethe_retention_v1_DownloadSubjectExportRequest, _lethe_retention_v1_DownloadSubjectExportRequest__Output>
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
        GetMassActionRunRequest: MessageTypeDefinition<_lethe_retention_v1_GetMassActionRunRequest, _lethe_retention_v1_GetMassActionRunRequest__Output>
        GetPolicyRequest: MessageTypeDefinition<_lethe_retention_v1_GetPolicyRequest, _lethe_retention_v1_GetPolicyRequest__Output>
        GetReceiptPublicKeyRequest: MessageTypeDefinition<_lethe_retention_v1_GetReceiptPublicKeyRequest, _lethe_retention_v1_GetReceiptPublicKeyRequest__Output>
        GetSubjectExportRequest: MessageTypeDefinition<_lethe_retention_v1_GetSubjectExportRequest, _lethe_retention_v1_GetSubjectExportRequest__Output>
        LegalHold: MessageTypeDefinition<_lethe_retention_v1_LegalHold, _lethe_retention_v1_LegalHold__Output>
        LiftLegalHoldRequest: MessageTypeDefinition<_lethe_retention_v1_LiftLegalHoldRequest, _lethe_retention_v1_LiftLegalHoldRequest__Output>
        ListDeletionLogRequest: MessageTypeDefinition<_lethe_retention_v1_ListDeletionLogRequest, _lethe_retention_v1_ListDeletionLogRequest__Output>
        ListDeletionLogResponse: MessageTypeDefinition<_lethe_retention_v1_ListDeletionLogResponse, _lethe_retention_v1_ListDeletionLogResponse__Output>
        ListErasureRequestsRequest: MessageTypeDefinition<_lethe_retention_v1_ListErasureRequestsRequest, _lethe_retention_v1_ListErasureRequestsRequest__Output>
        ListErasureRequestsResponse: MessageTypeDefinition<_lethe_retention_v1_ListErasureRequestsResponse, _lethe_retention_v1_ListErasureRequestsResponse__Output>
        ListErasuresRequest: MessageTypeDefinition<_lethe_retention_v1_ListErasuresRequest, _lethe_retention_v1_ListErasuresRequest__Output>
        ListErasuresResponse: MessageTypeDefinition<_lethe_retention_v1_ListErasuresResponse, _lethe_retention_v1_ListErasuresResponse__Output>
        ListMarkedRequest: MessageTypeDefinition<_lethe_retention_v1_ListMarkedRequest, _lethe_retention_v1_ListMarkedRequest__Output>
        ListMarkedResponse: MessageTypeDefinition<_lethe_retention_v1_ListMarkedResponse, _lethe_retention_v1_ListMarkedResponse__Output>
        ListSubjectExportsRequest: MessageTypeDefinition<_lethe_retention_v1_ListSubjectExportsRequest, _lethe_retention_v1_ListSubjectExportsRequest__Output>
        ListSubjectExportsResponse: MessageTypeDefinition<_lethe_retention_v1_ListSubjectExportsResponse, _lethe_retention_v1_ListSubjectExportsResponse__Output>
        Mark: MessageTypeDefinition<_lethe_retention_v1_Mark, _lethe_retention_v1_Mark__Output>
        MarkForDeletionRequest: MessageTypeDefinition<_lethe_retention_v1_MarkForDeletionRequest, _lethe_retention_v1_MarkForDeletionRequest__Output>
        MarkState: EnumTypeDefinition
        MassAction: EnumTypeDefinition
        MassActionFilter: MessageTypeDefinition<_lethe_retention_v1_MassActionFilter, _lethe_retention_v1_MassActionFilter__Output>
        MassActionResult: MessageTypeDefinition<_lethe_retention_v1_MassActionResult, _lethe_retention_v1_MassActionResult__Output>
        MassActionRunState: EnumTypeDefinition
        OpenErasureRequestRequest: MessageTypeDefinition<_lethe_retention_v1_OpenErasureRequestRequest, _lethe_retention_v1_OpenErasureRequestRequest__Output>
        OwnerNoticeDigest: MessageTypeDefinition<_lethe_retention_v1_OwnerNoticeDigest, _lethe_retention_v1_OwnerNoticeDigest__Output>
        PolicyPreview: MessageTypeDefinition<_lethe_retention_v1_PolicyPreview, _lethe_retention_v1_PolicyPreview__Output>
        PreviewMonth: MessageTypeDefinition<_lethe_retention_v1_PreviewMonth, _lethe_retention_v1_PreviewMonth__Output>
        PreviewPolicyRequest: MessageTypeDefinition<_lethe_retention_v1_PreviewPolicyRequest, _lethe_retention_v1_PreviewPolicyRequest__Output>
        ReceiptPublicKey: MessageTypeDefinition<_lethe_retention_v1_ReceiptPublicKey, _lethe_retention_v1_ReceiptPublicKey__Output>
        RequestSubjectExportRequest: MessageTypeDefinition<_lethe_retention_v1_RequestSubjectExportRequest, _lethe_retention_v1_RequestSubjectExportRequest__Output>
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
        SetLegalHoldRequest: MessageTypeDefinition<_lethe_retention_v1_SetLegalHoldRequest, _lethe_retention_v1_SetLegalHoldRequest__Output>
        SkippedSubject: MessageTypeDefinition<_lethe_retention_v1_SkippedSubject, _lethe_retention_v1_SkippedSubject__Output>
        StatusActionDeclined: MessageTypeDefinition<_lethe_retention_v1_StatusActionDeclined, _lethe_retention_v1_StatusActionDeclined__Output>
        SubjectExport: MessageTypeDefinition<_lethe_retention_v1_SubjectExport, _lethe_retention_v1_SubjectExport__Output>
        SubjectExportChunk: MessageTypeDefinition<_lethe_retention_v1_SubjectExportChunk, _lethe_retention_v1_SubjectExportChunk__Output>
        SubjectExportCompleted: MessageTypeDefinition<_lethe_retention_v1_SubjectExportCompleted, _lethe_retention_v1_SubjectExportCompleted__Output>
        SubjectExportPart: MessageTypeDefinition<_lethe_retention_v1_SubjectExportPart, _lethe_retention_v1_SubjectExportPart__Output>
        SubjectExportState: EnumTypeDefinition
        SubjectMarkedForDeletion: MessageTypeDefinition<_lethe_retention_v1_SubjectMarkedForDeletion, _lethe_retention_v1_SubjectMarkedForDeletion__Output>
        SubjectRestored: MessageTypeDefinition<_lethe_retention_v1_SubjectRestored, _lethe_retention_v1_SubjectRestored__Output>
        UpdatePolicyRequest: MessageTypeDefinition<_lethe_retention_v1_UpdatePolicyRequest, _lethe_retention_v1_UpdatePolicyRequest__Output>
        WithdrawErasureRequestRequest: MessageTypeDefinition<_lethe_retention_v1_WithdrawErasureRequestRequest, _lethe_retention_v1_WithdrawErasureRequestRequest__Output>
      }
    }
  }
}


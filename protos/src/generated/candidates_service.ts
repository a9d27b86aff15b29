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
  }
}


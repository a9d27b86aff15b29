import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { ActivityRecorded as _lethe_candidates_v1_ActivityRecorded, ActivityRecorded__Output as _lethe_candidates_v1_ActivityRecorded__Output } from './lethe/candidates/v1/ActivityRecorded';
import type { Application as _lethe_candidates_v1_Application, Application__Output as _lethe_candidates_v1_Application__Output } from './lethe/candidates/v1/Application';
import type { ApplicationStatusChanged as _lethe_candidates_v1_ApplicationStatusChanged, ApplicationStatusChanged__Output as _lethe_candidates_v1_ApplicationStatusChanged__Output } from './lethe/candidates/v1/ApplicationStatusChanged';
import type { AssignCandidateRequest as _lethe_candidates_v1_AssignCandidateRequest, AssignCandidateRequest__Output as _lethe_candidates_v1_AssignCandidateRequest__Output } from './lethe/candidates/v1/AssignCandidateRequest';
import type { CandidateCreated as _lethe_candidates_v1_CandidateCreated, CandidateCreated__Output as _lethe_candidates_v1_CandidateCreated__Output } from './lethe/candidates/v1/CandidateCreated';
import type { CandidateMerged as _lethe_candidates_v1_CandidateMerged, CandidateMerged__Output as _lethe_candidates_v1_CandidateMerged__Output } from './lethe/candidates/v1/CandidateMerged';
import type { CandidateUpdated as _lethe_candidates_v1_CandidateUpdated, CandidateUpdated__Output as _lethe_candidates_v1_CandidateUpdated__Output } from './lethe/candidates/v1/CandidateUpdated';
import type { Client as _lethe_candidates_v1_Client, Client__Output as _lethe_candidates_v1_Client__Output } from './lethe/candidates/v1/Client';
import type { ClientRequest as _lethe_candidates_v1_ClientRequest, ClientRequest__Output as _lethe_candidates_v1_ClientRequest__Output } from './lethe/candidates/v1/ClientRequest';
import type { ContactPerson as _lethe_candidates_v1_ContactPerson, ContactPerson__Output as _lethe_candidates_v1_ContactPerson__Output } from './lethe/candidates/v1/ContactPerson';
import type { ContactPersonInput as _lethe_candidates_v1_ContactPersonInput, ContactPersonInput__Output as _lethe_candidates_v1_ContactPersonInput__Output } from './lethe/candidates/v1/ContactPersonInput';
import type { CreateApplicationRequest as _lethe_candidates_v1_CreateApplicationRequest, CreateApplicationRequest__Output as _lethe_candidates_v1_CreateApplicationRequest__Output } from './lethe/candidates/v1/CreateApplicationRequest';
import type { CreateClientRequest as _lethe_candidates_v1_CreateClientRequest, CreateClientRequest__Output as _lethe_candidates_v1_CreateClientRequest__Output } from './lethe/candidates/v1/CreateClientRequest';
import type { CreateClientRequestRequest as _lethe_candidates_v1_CreateClientRequestRequest, CreateClientRequestRequest__Output as _lethe_candidates_v1_CreateClientRequestRequest__Output } from './lethe/candidates/v1/CreateClientRequestRequest';
import type { CreateContactPersonRequest as _lethe_candidates_v1_CreateContactPersonRequest, CreateContactPersonRequest__Output as _lethe_candidates_v1_CreateContactPersonRequest__Output } from './lethe/candidates/v1/CreateContactPersonRequest';
import type { CreateJobOrderRequest as _lethe_candidates_v1_CreateJobOrderRequest, CreateJobOrderRequest__Output as _lethe_candidates_v1_CreateJobOrderRequest__Output } from './lethe/candidates/v1/CreateJobOrderRequest';
import type { CreateJobRequest as _lethe_candidates_v1_CreateJobRequest, CreateJobRequest__Output as _lethe_candidates_v1_CreateJobRequest__Output } from './lethe/candidates/v1/CreateJobRequest';
import type { CreatePresentationRequest as _lethe_candidates_v1_CreatePresentationRequest, CreatePresentationRequest__Output as _lethe_candidates_v1_CreatePresentationRequest__Output } from './lethe/candidates/v1/CreatePresentationRequest';
import type { DeleteContactPersonResponse as _lethe_candidates_v1_DeleteContactPersonResponse, DeleteContactPersonResponse__Output as _lethe_candidates_v1_DeleteContactPersonResponse__Output } from './lethe/candidates/v1/DeleteContactPersonResponse';
import type { GetRecruitingRecordRequest as _lethe_candidates_v1_GetRecruitingRecordRequest, GetRecruitingRecordRequest__Output as _lethe_candidates_v1_GetRecruitingRecordRequest__Output } from './lethe/candidates/v1/GetRecruitingRecordRequest';
import type { Job as _lethe_candidates_v1_Job, Job__Output as _lethe_candidates_v1_Job__Output } from './lethe/candidates/v1/Job';
import type { JobOrder as _lethe_candidates_v1_JobOrder, JobOrder__Output as _lethe_candidates_v1_JobOrder__Output } from './lethe/candidates/v1/JobOrder';
import type { JobOrderAssignment as _lethe_candidates_v1_JobOrderAssignment, JobOrderAssignment__Output as _lethe_candidates_v1_JobOrderAssignment__Output } from './lethe/candidates/v1/JobOrderAssignment';
import type { JobOrderAssignmentChanged as _lethe_candidates_v1_JobOrderAssignmentChanged, JobOrderAssignmentChanged__Output as _lethe_candidates_v1_JobOrderAssignmentChanged__Output } from './lethe/candidates/v1/JobOrderAssignmentChanged';
import type { ListApplicationsRequest as _lethe_candidates_v1_ListApplicationsRequest, ListApplicationsRequest__Output as _lethe_candidates_v1_ListApplicationsRequest__Output } from './lethe/candidates/v1/ListApplicationsRequest';
import type { ListApplicationsResponse as _lethe_candidates_v1_ListApplicationsResponse, ListApplicationsResponse__Output as _lethe_candidates_v1_ListApplicationsResponse__Output } from './lethe/candidates/v1/ListApplicationsResponse';
import type { ListAssignmentsRequest as _lethe_candidates_v1_ListAssignmentsRequest, ListAssignmentsRequest__Output as _lethe_candidates_v1_ListAssignmentsRequest__Output } from './lethe/candidates/v1/ListAssignmentsRequest';
import type { ListAssignmentsResponse as _lethe_candidates_v1_ListAssignmentsResponse, ListAssignmentsResponse__Output as _lethe_candidates_v1_ListAssignmentsResponse__Output } from './lethe/candidates/v1/ListAssignmentsResponse';
import type { ListClientRequestsRequest as _lethe_candidates_v1_ListClientRequestsRequest, ListClientRequestsRequest__Output as _lethe_candidates_v1_ListClientRequestsRequest__Output } from './lethe/candidates/v1/ListClientRequestsRequest';
import type { ListClientRequestsResponse as _lethe_candidates_v1_ListClientRequestsResponse, ListClientRequestsResponse__Output as _lethe_candidates_v1_ListClientRequestsResponse__Output } from './lethe/candidates/v1/ListClientRequestsResponse';
import type { ListClientsRequest as _lethe_candidates_v1_ListClientsRequest, ListClientsRequest__Output as _lethe_candidates_v1_ListClientsRequest__Output } from './lethe/candidates/v1/ListClientsRequest';
import type { ListClientsResponse as _lethe_candidates_v1_ListClientsResponse, ListClientsResponse__Output as _lethe_candidates_v1_ListClientsResponse__Output } from './lethe/candidates/v1/ListClientsResponse';
import type { ListContactPersonsRequest as _lethe_candidates_v1_ListContactPersonsRequest, ListContactPersonsRequest__Output as _lethe_candidates_v1_ListContactPersonsRequest__Output } from './lethe/candidates/v1/ListContactPersonsRequest';
import type { ListContactPersonsResponse as _lethe_candidates_v1_ListContactPersonsResponse, ListContactPersonsResponse__Output as _lethe_candidates_v1_ListContactPersonsResponse__Output } from './lethe/candidates/v1/ListContactPersonsResponse';
import type { ListJobOrdersRequest as _lethe_candidates_v1_ListJobOrdersRequest, ListJobOrdersRequest__Output as _lethe_candidates_v1_ListJobOrdersRequest__Output } from './lethe/candidates/v1/ListJobOrdersRequest';
import type { ListJobOrdersResponse as _lethe_candidates_v1_ListJobOrdersResponse, ListJobOrdersResponse__Output as _lethe_candidates_v1_ListJobOrdersResponse__Output } from './lethe/candidates/v1/ListJobOrdersResponse';
import type { ListJobsRequest as _lethe_candidates_v1_ListJobsRequest, ListJobsRequest__Output as _lethe_candidates_v1_ListJobsRequest__Output } from './lethe/candidates/v1/ListJobsRequest';
import type { ListJobsResponse as _lethe_candidates_v1_ListJobsResponse, ListJobsResponse__Output as _lethe_candidates_v1_ListJobsResponse__Output } from './lethe/candidates/v1/ListJobsResponse';
import type { ListPresentationsRequest as _lethe_candidates_v1_ListPresentationsRequest, ListPresentationsRequest__Output as _lethe_candidates_v1_ListPresentationsRequest__Output } from './lethe/candidates/v1/ListPresentationsRequest';
import type { ListPresentationsResponse as _lethe_candidates_v1_ListPresentationsResponse, ListPresentationsResponse__Output as _lethe_candidates_v1_ListPresentationsResponse__Output } from './lethe/candidates/v1/ListPresentationsResponse';
import type { ListStatusesRequest as _lethe_candidates_v1_ListStatusesRequest, ListStatusesRequest__Output as _lethe_candidates_v1_ListStatusesRequest__Output } from './lethe/candidates/v1/ListStatusesRequest';
import type { ListStatusesResponse as _lethe_candidates_v1_ListStatusesResponse, ListStatusesResponse__Output as _lethe_candidates_v1_ListStatusesResponse__Output } from './lethe/candidates/v1/ListStatusesResponse';
import type { Presentation as _lethe_candidates_v1_Presentation, Presentation__Output as _lethe_candidates_v1_Presentation__Output } from './lethe/candidates/v1/Presentation';
import type { PresentationStatusChanged as _lethe_candidates_v1_PresentationStatusChanged, PresentationStatusChanged__Output as _lethe_candidates_v1_PresentationStatusChanged__Output } from './lethe/candidates/v1/PresentationStatusChanged';
import type { RecruitingServiceClient as _lethe_candidates_v1_RecruitingServiceClient, RecruitingServiceDefinition as _lethe_candidates_v1_RecruitingServiceDefinition } from './lethe/candidates/v1/RecruitingService';
import type { SetStatusRequest as _lethe_candidates_v1_SetStatusRequest, SetStatusRequest__Output as _lethe_candidates_v1_SetStatusRequest__Output } from './lethe/candidates/v1/SetStatusRequest';
import type { StatusAction as _lethe_candidates_v1_StatusAction, StatusAction__Output as _lethe_candidates_v1_StatusAction__Output } from './lethe/candidates/v1/StatusAction';
import type { StatusActionRequested as _lethe_candidates_v1_StatusActionRequested, StatusActionRequested__Output as _lethe_candidates_v1_StatusActionRequested__Output } from './lethe/candidates/v1/StatusActionRequested';
import type { StatusChange as _lethe_candidates_v1_StatusChange, StatusChange__Output as _lethe_candidates_v1_StatusChange__Output } from './lethe/candidates/v1/StatusChange';
import type { StatusDefinition as _lethe_candidates_v1_StatusDefinition, StatusDefinition__Output as _lethe_candidates_v1_StatusDefinition__Output } from './lethe/candidates/v1/StatusDefinition';
import type { UnassignCandidateRequest as _lethe_candidates_v1_UnassignCandidateRequest, UnassignCandidateRequest__Output as _lethe_candidates_v1_UnassignCandidateRequest__Output } from './lethe/candidates/v1/UnassignCandidateRequest';
import type { UpdateContactPersonRequest as _lethe_candidates_v1_UpdateContactPersonRequest, UpdateContactPersonRequest__Output as _lethe_candidates_v1_UpdateContactPersonRequest__Output } from './lethe/candidates/v1/UpdateContactPersonRequest';
import type { UpsertStatusRequest as _lethe_candidates_v1_UpsertStatusRequest, UpsertStatusRequest__Output as _lethe_candidates_v1_UpsertStatusRequest__Output } from './lethe/candidates/v1/UpsertStatusRequest';
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
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  lethe: {
    candidates: {
      v1: {
        ActivityKind: EnumTypeDefinition
        ActivityRecorded: MessageTypeDefinition<_lethe_candidates_v1_ActivityRecorded, _lethe_candidates_v1_ActivityRecorded__Output>
        Application: MessageTypeDefinition<_lethe_candidates_v1_Application, _lethe_candidates_v1_Application__Output>
        ApplicationStatusChanged: MessageTypeDefinition<_lethe_candidates_v1_ApplicationStatusChanged, _lethe_candidates_v1_ApplicationStatusChanged__Output>
        AssignCandidateRequest: MessageTypeDefinition<_lethe_candidates_v1_AssignCandidateRequest, _lethe_candidates_v1_AssignCandidateRequest__Output>
        CandidateCreated: MessageTypeDefinition<_lethe_candidates_v1_CandidateCreated, _lethe_candidates_v1_CandidateCreated__Output>
        CandidateMerged: MessageTypeDefinition<_lethe_candidates_v1_CandidateMerged, _lethe_candidates_v1_CandidateMerged__Output>
        CandidateUpdated: MessageTypeDefinition<_lethe_candidates_v1_CandidateUpdated, _lethe_candidates_v1_CandidateUpdated__Output>
        Client: MessageTypeDefinition<_lethe_candidates_v1_Client, _lethe_candidates_v1_Client__Output>
        ClientRequest: MessageTypeDefinition<_lethe_candidates_v1_ClientRequest, _lethe_candidates_v1_ClientRequest__Output>
        ContactPerson: MessageTypeDefinition<_lethe_candidates_v1_ContactPerson, _lethe_candidates_v1_ContactPerson__Output>
        ContactPersonInput: MessageTypeDefinition<_lethe_candidates_v1_ContactPersonInput, _lethe_candidates_v1_ContactPersonInput__Output>
        CreateApplicationRequest: MessageTypeDefinition<_lethe_candidates_v1_CreateApplicationRequest, _lethe_candidates_v1_CreateApplicationRequest__Output>
        CreateClientRequest: MessageTypeDefinition<_lethe_candidates_v1_CreateClientRequest, _lethe_candidates_v1_CreateClientRequest__Output>
        CreateClientRequestRequest: MessageTypeDefinition<_lethe_candidates_v1_CreateClientRequestRequest, _lethe_candidates_v1_CreateClientRequestRequest__Output>
        CreateContactPersonRequest: MessageTypeDefinition<_lethe_candidates_v1_CreateContactPersonRequest, _lethe_candidates_v1_CreateContactPersonRequest__Output>
        CreateJobOrderRequest: MessageTypeDefinition<_lethe_candidates_v1_CreateJobOrderRequest, _lethe_candidates_v1_CreateJobOrderRequest__Output>
        CreateJobRequest: MessageTypeDefinition<_lethe_candidates_v1_CreateJobRequest, _lethe_candidates_v1_CreateJobRequest__Output>
        CreatePresentationRequest: MessageTypeDefinition<_lethe_candidates_v1_CreatePresentationRequest, _lethe_candidates_v1_CreatePresentationRequest__Output>
        DeleteContactPersonResponse: MessageTypeDefinition<_lethe_candidates_v1_DeleteContactPersonResponse, _lethe_candidates_v1_DeleteContactPersonResponse__Output>
        FinalOutcome: EnumTypeDefinition
        GetRecruitingRecordRequest: MessageTypeDefinition<_lethe_candidates_v1_GetRecruitingRecordRequest, _lethe_candidates_v1_GetRecruitingRecordRequest__Output>
        Job: MessageTypeDefinition<_lethe_candidates_v1_Job, _lethe_candidates_v1_Job__Output>
        JobOrder: MessageTypeDefinition<_lethe_candidates_v1_JobOrder, _lethe_candidates_v1_JobOrder__Output>
        JobOrderAssignment: MessageTypeDefinition<_lethe_candidates_v1_JobOrderAssignment, _lethe_candidates_v1_JobOrderAssignment__Output>
        JobOrderAssignmentChanged: MessageTypeDefinition<_lethe_candidates_v1_JobOrderAssignmentChanged, _lethe_candidates_v1_JobOrderAssignmentChanged__Output>
        JobOrderMeaning: EnumTypeDefinition
        ListApplicationsRequest: MessageTypeDefinition<_lethe_candidates_v1_ListApplicationsRequest, _lethe_candidates_v1_ListApplicationsRequest__Output>
        ListApplicationsResponse: MessageTypeDefinition<_lethe_candidates_v1_ListApplicationsResponse, _lethe_candidates_v1_ListApplicationsResponse__Output>
        ListAssignmentsRequest: MessageTypeDefinition<_lethe_candidates_v1_ListAssignmentsRequest, _lethe_candidates_v1_ListAssignmentsRequest__Output>
        ListAssignmentsResponse: MessageTypeDefinition<_lethe_candidates_v1_ListAssignmentsResponse, _lethe_candidates_v1_ListAssignmentsResponse__Output>
        ListClientRequestsRequest: MessageTypeDefinition<_lethe_candidates_v1_ListClientRequestsRequest, _lethe_candidates_v1_ListClientRequestsRequest__Output>
        ListClientRequestsResponse: MessageTypeDefinition<_lethe_candidates_v1_ListClientRequestsResponse, _lethe_candidates_v1_ListClientRequestsResponse__Output>
        ListClientsRequest: MessageTypeDefinition<_lethe_candidates_v1_ListClientsRequest, _lethe_candidates_v1_ListClientsRequest__Output>
        ListClientsResponse: MessageTypeDefinition<_lethe_candidates_v1_ListClientsResponse, _lethe_candidates_v1_ListClientsResponse__Output>
        ListContactPersonsRequest: MessageTypeDefinition<_lethe_candidates_v1_ListContactPersonsRequest, _lethe_candidates_v1_ListContactPersonsRequest__Output>
        ListContactPersonsResponse: MessageTypeDefinition<_lethe_candidates_v1_ListContactPersonsResponse, _lethe_candidates_v1_ListContactPersonsResponse__Output>
        ListJobOrdersRequest: MessageTypeDefinition<_lethe_candidates_v1_ListJobOrdersRequest, _lethe_candidates_v1_ListJobOrdersRequest__Output>
        ListJobOrdersResponse: MessageTypeDefinition<_lethe_candidates_v1_ListJobOrdersResponse, _lethe_candidates_v1_ListJobOrdersResponse__Output>
        ListJobsRequest: MessageTypeDefinition<_lethe_candidates_v1_ListJobsRequest, _lethe_candidates_v1_ListJobsRequest__Output>
        ListJobsResponse: MessageTypeDefinition<_lethe_candidates_v1_ListJobsResponse, _lethe_candidates_v1_ListJobsResponse__Output>
        ListPresentationsRequest: MessageTypeDefinition<_lethe_candidates_v1_ListPresentationsRequest, _lethe_candidates_v1_ListPresentationsRequest__Output>
        ListPresentationsResponse: MessageTypeDefinition<_lethe_candidates_v1_ListPresentationsResponse, _lethe_candidates_v1_ListPresentationsResponse__Output>
        ListStatusesRequest: MessageTypeDefinition<_lethe_candidates_v1_ListStatusesRequest, _lethe_candidates_v1_ListStatusesRequest__Output>
        ListStatusesResponse: MessageTypeDefinition<_lethe_candidates_v1_ListStatusesResponse, _lethe_candidates_v1_ListStatusesResponse__Output>
        MetaStatus: EnumTypeDefinition
        Presentation: MessageTypeDefinition<_lethe_candidates_v1_Presentation, _lethe_candidates_v1_Presentation__Output>
        PresentationStatusChanged: MessageTypeDefinition<_lethe_candidates_v1_PresentationStatusChanged, _lethe_candidates_v1_PresentationStatusChanged__Output>
        RecruitingService: SubtypeConstructor<typeof grpc.Client, _lethe_candidates_v1_RecruitingServiceClient> & { service: _lethe_candidates_v1_RecruitingServiceDefinition }
        SetStatusRequest: MessageTypeDefinition<_lethe_candidates_v1_SetStatusRequest, _lethe_candidates_v1_SetStatusRequest__Output>
        StatusAction: MessageTypeDefinition<_lethe_candidates_v1_StatusAction, _lethe_candidates_v1_StatusAction__Output>
        StatusActionKind: EnumTypeDefinition
        StatusActionRequested: MessageTypeDefinition<_lethe_candidates_v1_StatusActionRequested, _lethe_candidates_v1_StatusActionRequested__Output>
        StatusChange: MessageTypeDefinition<_lethe_candidates_v1_StatusChange, _lethe_candidates_v1_StatusChange__Output>
        StatusChangeSource: EnumTypeDefinition
        StatusDefinition: MessageTypeDefinition<_lethe_candidates_v1_StatusDefinition, _lethe_candidates_v1_StatusDefinition__Output>
        StatusKind: EnumTypeDefinition
        UnassignCandidateRequest: MessageTypeDefinition<_lethe_candidates_v1_UnassignCandidateRequest, _lethe_candidates_v1_UnassignCandidateRequest__Output>
        UpdateContactPersonRequest: MessageTypeDefinition<_lethe_candidates_v1_UpdateContactPersonRequest, _lethe_candidates_v1_UpdateContactPersonRequest__Output>
        UpsertStatusRequest: MessageTypeDefinition<_lethe_candidates_v1_UpsertStatusRequest, _lethe_candidates_v1_UpsertStatusRequest__Output>
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


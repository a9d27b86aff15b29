// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Application as _lethe_candidates_v1_Application, Application__Output as _lethe_candidates_v1_Application__Output } from '../../../lethe/candidates/v1/Application';
import type { AssignCandidateRequest as _lethe_candidates_v1_AssignCandidateRequest, AssignCandidateRequest__Output as _lethe_candidates_v1_AssignCandidateRequest__Output } from '../../../lethe/candidates/v1/AssignCandidateRequest';
import type { Client as _lethe_candidates_v1_Client, Client__Output as _lethe_candidates_v1_Client__Output } from '../../../lethe/candidates/v1/Client';
import type { ClientRequest as _lethe_candidates_v1_ClientRequest, ClientRequest__Output as _lethe_candidates_v1_ClientRequest__Output } from '../../../lethe/candidates/v1/ClientRequest';
import type { ContactPerson as _lethe_candidates_v1_ContactPerson, ContactPerson__Output as _lethe_candidates_v1_ContactPerson__Output } from '../../../lethe/candidates/v1/ContactPerson';
import type { CreateApplicationRequest as _lethe_candidates_v1_CreateApplicationRequest, CreateApplicationRequest__Output as _lethe_candidates_v1_CreateApplicationRequest__Output } from '../../../lethe/candidates/v1/CreateApplicationRequest';
import type { CreateClientRequest as _lethe_candidates_v1_CreateClientRequest, CreateClientRequest__Output as _lethe_candidates_v1_CreateClientRequest__Output } from '../../../lethe/candidates/v1/CreateClientRequest';
import type { CreateClientRequestRequest as _lethe_candidates_v1_CreateClientRequestRequest, CreateClientRequestRequest__Output as _lethe_candidates_v1_CreateClientRequestRequest__Output } from '../../../lethe/candidates/v1/CreateClientRequestRequest';
import type { CreateContactPersonRequest as _lethe_candidates_v1_CreateContactPersonRequest, CreateContactPersonRequest__Output as _lethe_candidates_v1_CreateContactPersonRequest__Output } from '../../../lethe/candidates/v1/CreateContactPersonRequest';
import type { CreateJobOrderRequest as _lethe_candidates_v1_CreateJobOrderRequest, CreateJobOrderRequest__Output as _lethe_candidates_v1_CreateJobOrderRequest__Output } from '../../../lethe/candidates/v1/CreateJobOrderRequest';
import type { CreateJobRequest as _lethe_candidates_v1_CreateJobRequest, CreateJobRequest__Output as _lethe_candidates_v1_CreateJobRequest__Output } from '../../../lethe/candidates/v1/CreateJobRequest';
import type { CreatePresentationRequest as _lethe_candidates_v1_CreatePresentationRequest, CreatePresentationRequest__Output as _lethe_candidates_v1_CreatePresentationRequest__Output } from '../../../lethe/candidates/v1/CreatePresentationRequest';
import type { DeleteContactPersonResponse as _lethe_candidates_v1_DeleteContactPersonResponse, DeleteContactPersonResponse__Output as _lethe_candidates_v1_DeleteContactPersonResponse__Output } from '../../../lethe/candidates/v1/DeleteContactPersonResponse';
import type { GetRecruitingRecordRequest as _lethe_candidates_v1_GetRecruitingRecordRequest, GetRecruitingRecordRequest__Output as _lethe_candidates_v1_GetRecruitingRecordRequest__Output } from '../../../lethe/candidates/v1/GetRecruitingRecordRequest';
import type { Job as _lethe_candidates_v1_Job, Job__Output as _lethe_candidates_v1_Job__Output } from '../../../lethe/candidates/v1/Job';
import type { JobOrder as _lethe_candidates_v1_JobOrder, JobOrder__Output as _lethe_candidates_v1_JobOrder__Output } from '../../../lethe/candidates/v1/JobOrder';
import type { JobOrderAssignment as _lethe_candidates_v1_JobOrderAssignment, JobOrderAssignment__Output as _lethe_candidates_v1_JobOrderAssignment__Output } from '../../../lethe/candidates/v1/JobOrderAssignment';
import type { ListApplicationsRequest as _lethe_candidates_v1_ListApplicationsRequest, ListApplicationsRequest__Output as _lethe_candidates_v1_ListApplicationsRequest__Output } from '../../../lethe/candidates/v1/ListApplicationsRequest';
import type { ListApplicationsResponse as _lethe_candidates_v1_ListApplicationsResponse, ListApplicationsResponse__Output as _lethe_candidates_v1_ListApplicationsResponse__Output } from '../../../lethe/candidates/v1/ListApplicationsResponse';
import type { ListAssignmentsRequest as _lethe_candidates_v1_ListAssignmentsRequest, ListAssignmentsRequest__Output as _lethe_candidates_v1_ListAssignmentsRequest__Output } from '../../../lethe/candidates/v1/ListAssignmentsRequest';
import type { ListAssignmentsResponse as _lethe_candidates_v1_ListAssignmentsResponse, ListAssignmentsResponse__Output as _lethe_candidates_v1_ListAssignmentsResponse__Output } from '../../../lethe/candidates/v1/ListAssignmentsResponse';
import type { ListClientRequestsRequest as _lethe_candidates_v1_ListClientRequestsRequest, ListClientRequestsRequest__Output as _lethe_candidates_v1_ListClientRequestsRequest__Output } from '../../../lethe/candidates/v1/ListClientRequestsRequest';
import type { ListClientRequestsResponse as _lethe_candidates_v1_ListClientRequestsResponse, ListClientRequestsResponse__Output as _lethe_candidates_v1_ListClientRequestsResponse__Output } from '../../../lethe/candidates/v1/ListClientRequestsResponse';
import type { ListClientsRequest as _lethe_candidates_v1_ListClientsRequest, ListClientsRequest__Output as _lethe_candidates_v1_ListClientsRequest__Output } from '../../../lethe/candidates/v1/ListClientsRequest';
import type { ListClientsResponse as _lethe_candidates_v1_ListClientsResponse, ListClientsResponse__Output as _lethe_candidates_v1_ListClientsResponse__Output } from '../../../lethe/candidates/v1/ListClientsResponse';
import type { ListContactPersonsRequest as _lethe_candidates_v1_ListContactPersonsRequest, ListContactPersonsRequest__Output as _lethe_candidates_v1_ListContactPersonsRequest__Output } from '../../../lethe/candidates/v1/ListContactPersonsRequest';
import type { ListContactPersonsResponse as _lethe_candidates_v1_ListContactPersonsResponse, ListContactPersonsResponse__Output as _lethe_candidates_v1_ListContactPersonsResponse__Output } from '../../../lethe/candidates/v1/ListContactPersonsResponse';
import type { ListJobOrdersRequest as _lethe_candidates_v1_ListJobOrdersRequest, ListJobOrdersRequest__Output as _lethe_candidates_v1_ListJobOrdersRequest__Output } from '../../../lethe/candidates/v1/ListJobOrdersRequest';
import type { ListJobOrdersResponse as _lethe_candidates_v1_ListJobOrdersResponse, ListJobOrdersResponse__Output as _lethe_candidates_v1_ListJobOrdersResponse__Output } from '../../../lethe/candidates/v1/ListJobOrdersResponse';
import type { ListJobsRequest as _lethe_candidates_v1_ListJobsRequest, ListJobsRequest__Output as _lethe_candidates_v1_ListJobsRequest__Output } from '../../../lethe/candidates/v1/ListJobsRequest';
import type { ListJobsResponse as _lethe_candidates_v1_ListJobsResponse, ListJobsResponse__Output as _lethe_candidates_v1_ListJobsResponse__Output } from '../../../lethe/candidates/v1/ListJobsResponse';
import type { ListPresentationsRequest as _lethe_candidates_v1_ListPresentationsRequest, ListPresentationsRequest__Output as _lethe_candidates_v1_ListPresentationsRequest__Output } from '../../../lethe/candidates/v1/ListPresentationsRequest';
import type { ListPresentationsResponse as _lethe_candidates_v1_ListPresentationsResponse, ListPresentationsResponse__Output as _lethe_candidates_v1_ListPresentationsResponse__Output } from '../../../lethe/candidates/v1/ListPresentationsResponse';
import type { ListStatusesRequest as _lethe_candidates_v1_ListStatusesRequest, ListStatusesRequest__Output as _lethe_candidates_v1_ListStatusesRequest__Output } from '../../../lethe/candidates/v1/ListStatusesRequest';
import type { ListStatusesResponse as _lethe_candidates_v1_ListStatusesResponse, ListStatusesResponse__Output as _lethe_candidates_v1_ListStatusesResponse__Output } from '../../../lethe/candidates/v1/ListStatusesResponse';
import type { Presentation as _lethe_candidates_v1_Presentation, Presentation__Output as _lethe_candidates_v1_Presentation__Output } from '../../../lethe/candidates/v1/Presentation';
import type { SetStatusRequest as _lethe_candidates_v1_SetStatusRequest, SetStatusRequest__Output as _lethe_candidates_v1_SetStatusRequest__Output } from '../../../lethe/candidates/v1/SetStatusRequest';
import type { StatusDefinition as _lethe_candidates_v1_StatusDefinition, StatusDefinition__Output as _lethe_candidates_v1_StatusDefinition__Output } from '../../../lethe/candidates/v1/StatusDefinition';
import type { UnassignCandidateRequest as _lethe_candidates_v1_UnassignCandidateRequest, UnassignCandidateRequest__Output as _lethe_candidates_v1_UnassignCandidateRequest__Output } from '../../../lethe/candidates/v1/UnassignCandidateRequest';
import type { UpdateContactPersonRequest as _lethe_candidates_v1_UpdateContactPersonRequest, UpdateContactPersonRequest__Output as _lethe_candidates_v1_UpdateContactPersonRequest__Output } from '../../../lethe/candidates/v1/UpdateContactPersonRequest';
import type { UpsertStatusRequest as _lethe_candidates_v1_UpsertStatusRequest, UpsertStatusRequest__Output as _lethe_candidates_v1_UpsertStatusRequest__Output } from '../../../lethe/candidates/v1/UpsertStatusRequest';

export interface RecruitingServiceClient extends grpc.Client {
  AssignCandidate(argument: _lethe_candidates_v1_AssignCandidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  AssignCandidate(argument: _lethe_candidates_v1_AssignCandidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  AssignCandidate(argument: _lethe_candidates_v1_AssignCandidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  AssignCandidate(argument: _lethe_candidates_v1_AssignCandidateRequest, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  assignCandidate(argument: _lethe_candidates_v1_AssignCandidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  assignCandidate(argument: _lethe_candidates_v1_AssignCandidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  assignCandidate(argument: _lethe_candidates_v1_AssignCandidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  assignCandidate(argument: _lethe_candidates_v1_AssignCandidateRequest, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  
  CreateApplication(argument: _lethe_candidates_v1_CreateApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  CreateApplication(argument: _lethe_candidates_v1_CreateApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  CreateApplication(argument: _lethe_candidates_v1_CreateApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  CreateApplication(argument: _lethe_candidates_v1_CreateApplicationRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  createApplication(argument: _lethe_candidates_v1_CreateApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  createApplication(argument: _lethe_candidates_v1_CreateApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  createApplication(argument: _lethe_candidates_v1_CreateApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  createApplication(argument: _lethe_candidates_v1_CreateApplicationRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  
  CreateClient(argument: _lethe_candidates_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _lethe_candidates_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _lethe_candidates_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _lethe_candidates_v1_CreateClientRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _lethe_candidates_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _lethe_candidates_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _lethe_candidates_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _lethe_candidates_v1_CreateClientRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  
  CreateClientRequest(argument: _lethe_candidates_v1_CreateClientRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  CreateClientRequest(argument: _lethe_candidates_v1_CreateClientRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  CreateClientRequest(argument: _lethe_candidates_v1_CreateClientRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  CreateClientRequest(argument: _lethe_candidates_v1_CreateClientRequestRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  createClientRequest(argument: _lethe_candidates_v1_CreateClientRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  createClientRequest(argument: _lethe_candidates_v1_CreateClientRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  createClientRequest(argument: _lethe_candidates_v1_CreateClientRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  createClientRequest(argument: _lethe_candidates_v1_CreateClientRequestRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  
  CreateContactPerson(argument: _lethe_candidates_v1_CreateContactPersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  CreateContactPerson(argument: _lethe_candidates_v1_CreateContactPersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  CreateContactPerson(argument: _lethe_candidates_v1_CreateContactPersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  CreateContactPerson(argument: _lethe_candidates_v1_CreateContactPersonRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  createContactPerson(argument: _lethe_candidates_v1_CreateContactPersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  createContactPerson(argument: _lethe_candidates_v1_CreateContactPersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  createContactPerson(argument: _lethe_candidates_v1_CreateContactPersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  createContactPerson(argument: _lethe_candidates_v1_CreateContactPersonRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  
  CreateJob(argument: _lethe_candidates_v1_CreateJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  CreateJob(argument: _lethe_candidates_v1_CreateJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  CreateJob(argument: _lethe_candidates_v1_CreateJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  CreateJob(argument: _lethe_candidates_v1_CreateJobRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  createJob(argument: _lethe_candidates_v1_CreateJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  createJob(argument: _lethe_candidates_v1_CreateJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  createJob(argument: _lethe_candidates_v1_CreateJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  createJob(argument: _lethe_candidates_v1_CreateJobRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  
  CreateJobOrder(argument: _lethe_candidates_v1_CreateJobOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  CreateJobOrder(argument: _lethe_candidates_v1_CreateJobOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  CreateJobOrder(argument: _lethe_candidates_v1_CreateJobOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  CreateJobOrder(argument: _lethe_candidates_v1_CreateJobOrderRequest, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  createJobOrder(argument: _lethe_candidates_v1_CreateJobOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  createJobOrder(argument: _lethe_candidates_v1_CreateJobOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  createJobOrder(argument: _lethe_candidates_v1_CreateJobOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  createJobOrder(argument: _lethe_candidates_v1_CreateJobOrderRequest, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  
  CreatePresentation(argument: _lethe_candidates_v1_CreatePresentationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  CreatePresentation(argument: _lethe_candidates_v1_CreatePresentationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  CreatePresentation(argument: _lethe_candidates_v1_CreatePresentationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  CreatePresentation(argument: _lethe_candidates_v1_CreatePresentationRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  createPresentation(argument: _lethe_candidates_v1_CreatePresentationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  createPresentation(argument: _lethe_candidates_v1_CreatePresentationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  createPresentation(argument: _lethe_candidates_v1_CreatePresentationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  createPresentation(argument: _lethe_candidates_v1_CreatePresentationRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  
  DeleteContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteContactPersonResponse__Output>): grpc.ClientUnaryCall;
  DeleteContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteContactPersonResponse__Output>): grpc.ClientUnaryCall;
  DeleteContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteContactPersonResponse__Output>): grpc.ClientUnaryCall;
  DeleteContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteContactPersonResponse__Output>): grpc.ClientUnaryCall;
  deleteContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteContactPersonResponse__Output>): grpc.ClientUnaryCall;
  deleteContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteContactPersonResponse__Output>): grpc.ClientUnaryCall;
  deleteContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteContactPersonResponse__Output>): grpc.ClientUnaryCall;
  deleteContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteContactPersonResponse__Output>): grpc.ClientUnaryCall;
  
  GetApplication(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  GetApplication(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  GetApplication(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  GetApplication(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  getApplication(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  getApplication(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  getApplication(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  getApplication(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  
  GetClient(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Client__Output>): grpc.ClientUnaryCall;
  
  GetClientRequest(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  GetClientRequest(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  GetClientRequest(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  GetClientRequest(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  getClientRequest(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  getClientRequest(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  getClientRequest(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  getClientRequest(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ClientRequest__Output>): grpc.ClientUnaryCall;
  
  GetContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  GetContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  GetContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  GetContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  getContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  getContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  getContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  getContactPerson(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  
  GetJob(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  GetJob(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  GetJob(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  GetJob(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  getJob(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  getJob(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  getJob(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  getJob(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Job__Output>): grpc.ClientUnaryCall;
  
  GetJobOrder(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  GetJobOrder(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  GetJobOrder(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  GetJobOrder(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  getJobOrder(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  getJobOrder(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  getJobOrder(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  getJobOrder(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrder__Output>): grpc.ClientUnaryCall;
  
  GetPresentation(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  GetPresentation(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  GetPresentation(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  GetPresentation(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  getPresentation(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  getPresentation(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  getPresentation(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  getPresentation(argument: _lethe_candidates_v1_GetRecruitingRecordRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  
  ListApplications(argument: _lethe_candidates_v1_ListApplicationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListApplications(argument: _lethe_candidates_v1_ListApplicationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListApplications(argument: _lethe_candidates_v1_ListApplicationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListApplications(argument: _lethe_candidates_v1_ListApplicationsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listApplications(argument: _lethe_candidates_v1_ListApplicationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listApplications(argument: _lethe_candidates_v1_ListApplicationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listApplications(argument: _lethe_candidates_v1_ListApplicationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listApplications(argument: _lethe_candidates_v1_ListApplicationsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListApplicationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListAssignments(argument: _lethe_candidates_v1_ListAssignmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  ListAssignments(argument: _lethe_candidates_v1_ListAssignmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  ListAssignments(argument: _lethe_candidates_v1_ListAssignmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  ListAssignments(argument: _lethe_candidates_v1_ListAssignmentsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  listAssignments(argument: _lethe_candidates_v1_ListAssignmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  listAssignments(argument: _lethe_candidates_v1_ListAssignmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  listAssignments(argument: _lethe_candidates_v1_ListAssignmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  listAssignments(argument: _lethe_candidates_v1_ListAssignmentsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  
  ListClientRequests(argument: _lethe_candidates_v1_ListClientRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListClientRequests(argument: _lethe_candidates_v1_ListClientRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListClientRequests(argument: _lethe_candidates_v1_ListClientRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListClientRequests(argument: _lethe_candidates_v1_ListClientRequestsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientRequestsResponse__Output>): grpc.ClientUnaryCall;
  listClientRequests(argument: _lethe_candidates_v1_ListClientRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientRequestsResponse__Output>): grpc.ClientUnaryCall;
  listClientRequests(argument: _lethe_candidates_v1_ListClientRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientRequestsResponse__Output>): grpc.ClientUnaryCall;
  listClientRequests(argument: _lethe_candidates_v1_ListClientRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientRequestsResponse__Output>): grpc.ClientUnaryCall;
  listClientRequests(argument: _lethe_candidates_v1_ListClientRequestsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientRequestsResponse__Output>): grpc.ClientUnaryCall;
  
  ListClients(argument: _lethe_candidates_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _lethe_candidates_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _lethe_candidates_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _lethe_candidates_v1_ListClientsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _lethe_candidates_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _lethe_candidates_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _lethe_candidates_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _lethe_candidates_v1_ListClientsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  
  ListContactPersons(argument: _lethe_candidates_v1_ListContactPersonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListContactPersonsResponse__Output>): grpc.ClientUnaryCall;
  ListContactPersons(argument: _lethe_candidates_v1_ListContactPersonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListContactPersonsResponse__Output>): grpc.ClientUnaryCall;
  ListContactPersons(argument: _lethe_candidates_v1_ListContactPersonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListContactPersonsResponse__Output>): grpc.ClientUnaryCall;
  ListContactPersons(argument: _lethe_candidates_v1_ListContactPersonsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListContactPersonsResponse__Output>): grpc.ClientUnaryCall;
  listContactPersons(argument: _lethe_candidates_v1_ListContactPersonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListContactPersonsResponse__Output>): grpc.ClientUnaryCall;
  listContactPersons(argument: _lethe_candidates_v1_ListContactPersonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListContactPersonsResponse__Output>): grpc.ClientUnaryCall;
  listContactPersons(argument: _lethe_candidates_v1_ListContactPersonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListContactPersonsResponse__Output>): grpc.ClientUnaryCall;
  listContactPersons(argument: _lethe_candidates_v1_ListContactPersonsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListContactPersonsResponse__Output>): grpc.ClientUnaryCall;
  
  ListJobOrders(argument: _lethe_candidates_v1_ListJobOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListJobOrders(argument: _lethe_candidates_v1_ListJobOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListJobOrders(argument: _lethe_candidates_v1_ListJobOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListJobOrders(argument: _lethe_candidates_v1_ListJobOrdersRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobOrdersResponse__Output>): grpc.ClientUnaryCall;
  listJobOrders(argument: _lethe_candidates_v1_ListJobOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobOrdersResponse__Output>): grpc.ClientUnaryCall;
  listJobOrders(argument: _lethe_candidates_v1_ListJobOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobOrdersResponse__Output>): grpc.ClientUnaryCall;
  listJobOrders(argument: _lethe_candidates_v1_ListJobOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobOrdersResponse__Output>): grpc.ClientUnaryCall;
  listJobOrders(argument: _lethe_candidates_v1_ListJobOrdersRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobOrdersResponse__Output>): grpc.ClientUnaryCall;
  
  ListJobs(argument: _lethe_candidates_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  ListJobs(argument: _lethe_candidates_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  ListJobs(argument: _lethe_candidates_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  ListJobs(argument: _lethe_candidates_v1_ListJobsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  listJobs(argument: _lethe_candidates_v1_ListJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  listJobs(argument: _lethe_candidates_v1_ListJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  listJobs(argument: _lethe_candidates_v1_ListJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  listJobs(argument: _lethe_candidates_v1_ListJobsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPresentations(argument: _lethe_candidates_v1_ListPresentationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListPresentationsResponse__Output>): grpc.ClientUnaryCall;
  ListPresentations(argument: _lethe_candidates_v1_ListPresentationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListPresentationsResponse__Output>): grpc.ClientUnaryCall;
  ListPresentations(argument: _lethe_candidates_v1_ListPresentationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListPresentationsResponse__Output>): grpc.ClientUnaryCall;
  ListPresentations(argument: _lethe_candidates_v1_ListPresentationsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListPresentationsResponse__Output>): grpc.ClientUnaryCall;
  listPresentations(argument: _lethe_candidates_v1_ListPresentationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListPresentationsResponse__Output>): grpc.ClientUnaryCall;
  listPresentations(argument: _lethe_candidates_v1_ListPresentationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListPresentationsResponse__Output>): grpc.ClientUnaryCall;
  listPresentations(argument: _lethe_candidates_v1_ListPresentationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListPresentationsResponse__Output>): grpc.ClientUnaryCall;
  listPresentations(argument: _lethe_candidates_v1_ListPresentationsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListPresentationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListStatuses(argument: _lethe_candidates_v1_ListStatusesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListStatusesResponse__Output>): grpc.ClientUnaryCall;
  ListStatuses(argument: _lethe_candidates_v1_ListStatusesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListStatusesResponse__Output>): grpc.ClientUnaryCall;
  ListStatuses(argument: _lethe_candidates_v1_ListStatusesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListStatusesResponse__Output>): grpc.ClientUnaryCall;
  ListStatuses(argument: _lethe_candidates_v1_ListStatusesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListStatusesResponse__Output>): grpc.ClientUnaryCall;
  listStatuses(argument: _lethe_candidates_v1_ListStatusesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListStatusesResponse__Output>): grpc.ClientUnaryCall;
  listStatuses(argument: _lethe_candidates_v1_ListStatusesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListStatusesResponse__Output>): grpc.ClientUnaryCall;
  listStatuses(argument: _lethe_candidates_v1_ListStatusesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListStatusesResponse__Output>): grpc.ClientUnaryCall;
  listStatuses(argument: _lethe_candidates_v1_ListStatusesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListStatusesResponse__Output>): grpc.ClientUnaryCall;
  
  SetApplicationStatus(argument: _lethe_candidates_v1_SetStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  SetApplicationStatus(argument: _lethe_candidates_v1_SetStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  SetApplicationStatus(argument: _lethe_candidates_v1_SetStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  SetApplicationStatus(argument: _lethe_candidates_v1_SetStatusRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  setApplicationStatus(argument: _lethe_candidates_v1_SetStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  setApplicationStatus(argument: _lethe_candidates_v1_SetStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  setApplicationStatus(argument: _lethe_candidates_v1_SetStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  setApplicationStatus(argument: _lethe_candidates_v1_SetStatusRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Application__Output>): grpc.ClientUnaryCall;
  
  SetPresentationStatus(argument: _lethe_candidates_v1_SetStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  SetPresentationStatus(argument: _lethe_candidates_v1_SetStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  SetPresentationStatus(argument: _lethe_candidates_v1_SetStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  SetPresentationStatus(argument: _lethe_candidates_v1_SetStatusRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  setPresentationStatus(argument: _lethe_candidates_v1_SetStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  setPresentationStatus(argument: _lethe_candidates_v1_SetStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  setPresentationStatus(argument: _lethe_candidates_v1_SetStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  setPresentationStatus(argument: _lethe_candidates_v1_SetStatusRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Presentation__Output>): grpc.ClientUnaryCall;
  
  UnassignCandidate(argument: _lethe_candidates_v1_UnassignCandidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  UnassignCandidate(argument: _lethe_candidates_v1_UnassignCandidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  UnassignCandidate(argument: _lethe_candidates_v1_UnassignCandidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  UnassignCandidate(argument: _lethe_candidates_v1_UnassignCandidateRequest, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  unassignCandidate(argument: _lethe_candidates_v1_UnassignCandidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  unassignCandidate(argument: _lethe_candidates_v1_UnassignCandidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  unassignCandidate(argument: _lethe_candidates_v1_UnassignCandidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  unassignCandidate(argument: _lethe_candidates_v1_UnassignCandidateRequest, callback: grpc.requestCallback<_lethe_candidates_v1_JobOrderAssignment__Output>): grpc.ClientUnaryCall;
  
  UpdateContactPerson(argument: _lethe_candidates_v1_UpdateContactPersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  UpdateContactPerson(argument: _lethe_candidates_v1_UpdateContactPersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  UpdateContactPerson(argument: _lethe_candidates_v1_UpdateContactPersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  UpdateContactPerson(argument: _lethe_candidates_v1_UpdateContactPersonRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  updateContactPerson(argument: _lethe_candidates_v1_UpdateContactPersonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  updateContactPerson(argument: _lethe_candidates_v1_UpdateContactPersonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  updateContactPerson(argument: _lethe_candidates_v1_UpdateContactPersonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  updateContactPerson(argument: _lethe_candidates_v1_UpdateContactPersonRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ContactPerson__Output>): grpc.ClientUnaryCall;
  
  UpsertStatus(argument: _lethe_candidates_v1_UpsertStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_StatusDefinition__Output>): grpc.ClientUnaryCall;
  UpsertStatus(argument: _lethe_candidates_v1_UpsertStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_StatusDefinition__Output>): grpc.ClientUnaryCall;
  UpsertStatus(argument: _lethe_candidates_v1_UpsertStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_StatusDefinition__Output>): grpc.ClientUnaryCall;
  UpsertStatus(argument: _lethe_candidates_v1_UpsertStatusRequest, callback: grpc.requestCallback<_lethe_candidates_v1_StatusDefinition__Output>): grpc.ClientUnaryCall;
  upsertStatus(argument: _lethe_candidates_v1_UpsertStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_StatusDefinition__Output>): grpc.ClientUnaryCall;
  upsertStatus(argument: _lethe_candidates_v1_UpsertStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_StatusDefinition__Output>): grpc.ClientUnaryCall;
  upsertStatus(argument: _lethe_candidates_v1_UpsertStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_StatusDefinition__Output>): grpc.ClientUnaryCall;
  upsertStatus(argument: _lethe_candidates_v1_UpsertStatusRequest, callback: grpc.requestCallback<_lethe_candidates_v1_StatusDefinition__Output>): grpc.ClientUnaryCall;
  
}

export interface RecruitingServiceHandlers extends grpc.UntypedServiceImplementation {
  AssignCandidate: grpc.handleUnaryCall<_lethe_candidates_v1_AssignCandidateRequest__Output, _lethe_candidates_v1_JobOrderAssignment>;
  
  CreateApplication: grpc.handleUnaryCall<_lethe_candidates_v1_CreateApplicationRequest__Output, _lethe_candidates_v1_Application>;
  
  CreateClient: grpc.handleUnaryCall<_lethe_candidates_v1_CreateClientRequest__Output, _lethe_candidates_v1_Client>;
  
  CreateClientRequest: grpc.handleUnaryCall<_lethe_candidates_v1_CreateClientRequestRequest__Output, _lethe_candidates_v1_ClientRequest>;
  
  CreateContactPerson: grpc.handleUnaryCall<_lethe_candidates_v1_CreateContactPersonRequest__Output, _lethe_candidates_v1_ContactPerson>;
  
  CreateJob: grpc.handleUnaryCall<_lethe_candidates_v1_CreateJobRequest__Output, _lethe_candidates_v1_Job>;
  
  CreateJobOrder: grpc.handleUnaryCall<_lethe_candidates_v1_CreateJobOrderRequest__Output, _lethe_candidates_v1_JobOrder>;
  
  CreatePresentation: grpc.handleUnaryCall<_lethe_candidates_v1_CreatePresentationRequest__Output, _lethe_candidates_v1_Presentation>;
  
  DeleteContactPerson: grpc.handleUnaryCall<_lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_DeleteContactPersonResponse>;
  
  GetApplication: grpc.handleUnaryCall<_lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_Application>;
  
  GetClient: grpc.handleUnaryCall<_lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_Client>;
  
  GetClientRequest: grpc.handleUnaryCall<_lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_ClientRequest>;
  
  GetContactPerson: grpc.handleUnaryCall<_lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_ContactPerson>;
  
  GetJob: grpc.handleUnaryCall<_lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_Job>;
  
  GetJobOrder: grpc.handleUnaryCall<_lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_JobOrder>;
  
  GetPresentation: grpc.handleUnaryCall<_lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_Presentation>;
  
  ListApplications: grpc.handleUnaryCall<_lethe_candidates_v1_ListApplicationsRequest__Output, _lethe_candidates_v1_ListApplicationsResponse>;
  
  ListAssignments: grpc.handleUnaryCall<_lethe_candidates_v1_ListAssignmentsRequest__Output, _lethe_candidates_v1_ListAssignmentsResponse>;
  
  ListClientRequests: grpc.handleUnaryCall<_lethe_candidates_v1_ListClientRequestsRequest__Output, _lethe_candidates_v1_ListClientRequestsResponse>;
  
  ListClients: grpc.handleUnaryCall<_lethe_candidates_v1_ListClientsRequest__Output, _lethe_candidates_v1_ListClientsResponse>;
  
  ListContactPersons: grpc.handleUnaryCall<_lethe_candidates_v1_ListContactPersonsRequest__Output, _lethe_candidates_v1_ListContactPersonsResponse>;
  
  ListJobOrders: grpc.handleUnaryCall<_lethe_candidates_v1_ListJobOrdersRequest__Output, _lethe_candidates_v1_ListJobOrdersResponse>;
  
  ListJobs: grpc.handleUnaryCall<_lethe_candidates_v1_ListJobsRequest__Output, _lethe_candidates_v1_ListJobsResponse>;
  
  ListPresentations: grpc.handleUnaryCall<_lethe_candidates_v1_ListPresentationsRequest__Output, _lethe_candidates_v1_ListPresentationsResponse>;
  
  ListStatuses: grpc.handleUnaryCall<_lethe_candidates_v1_ListStatusesRequest__Output, _lethe_candidates_v1_ListStatusesResponse>;
  
  SetApplicationStatus: grpc.handleUnaryCall<_lethe_candidates_v1_SetStatusRequest__Output, _lethe_candidates_v1_Application>;
  
  SetPresentationStatus: grpc.handleUnaryCall<_lethe_candidates_v1_SetStatusRequest__Output, _lethe_candidates_v1_Presentation>;
  
  UnassignCandidate: grpc.handleUnaryCall<_lethe_candidates_v1_UnassignCandidateRequest__Output, _lethe_candidates_v1_JobOrderAssignment>;
  
  UpdateContactPerson: grpc.handleUnaryCall<_lethe_candidates_v1_UpdateContactPersonRequest__Output, _lethe_candidates_v1_ContactPerson>;
  
  UpsertStatus: grpc.handleUnaryCall<_lethe_candidates_v1_UpsertStatusRequest__Output, _lethe_candidates_v1_StatusDefinition>;
  
}

export interface RecruitingServiceDefinition extends grpc.ServiceDefinition {
  AssignCandidate: MethodDefinition<_lethe_candidates_v1_AssignCandidateRequest, _lethe_candidates_v1_JobOrderAssignment, _lethe_candidates_v1_AssignCandidateRequest__Output, _lethe_candidates_v1_JobOrderAssignment__Output>
  CreateApplication: MethodDefinition<_lethe_candidates_v1_CreateApplicationRequest, _lethe_candidates_v1_Application, _lethe_candidates_v1_CreateApplicationRequest__Output, _lethe_candidates_v1_Application__Output>
  CreateClient: MethodDefinition<_lethe_candidates_v1_CreateClientRequest, _lethe_candidates_v1_Client, _lethe_candidates_v1_CreateClientRequest__Output, _lethe_candidates_v1_Client__Output>
  CreateClientRequest: MethodDefinition<_lethe_candidates_v1_CreateClientRequestRequest, _lethe_candidates_v1_ClientRequest, _lethe_candidates_v1_CreateClientRequestRequest__Output, _lethe_candidates_v1_ClientRequest__Output>
  CreateContactPerson: MethodDefinition<_lethe_candidates_v1_CreateContactPersonRequest, _lethe_candidates_v1_ContactPerson, _lethe_candidates_v1_CreateContactPersonRequest__Output, _lethe_candidates_v1_ContactPerson__Output>
  CreateJob: MethodDefinition<_lethe_candidates_v1_CreateJobRequest, _lethe_candidates_v1_Job, _lethe_candidates_v1_CreateJobRequest__Output, _lethe_candidates_v1_Job__Output>
  CreateJobOrder: MethodDefinition<_lethe_candidates_v1_CreateJobOrderRequest, _lethe_candidates_v1_JobOrder, _lethe_candidates_v1_CreateJobOrderRequest__Output, _lethe_candidates_v1_JobOrder__Output>
  CreatePresentation: MethodDefinition<_lethe_candidates_v1_CreatePresentationRequest, _lethe_candidates_v1_Presentation, _lethe_candidates_v1_CreatePresentationRequest__Output, _lethe_candidates_v1_Presentation__Output>
  DeleteContactPerson: MethodDefinition<_lethe_candidates_v1_GetRecruitingRecordRequest, _lethe_candidates_v1_DeleteContactPersonResponse, _lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_DeleteContactPersonResponse__Output>
  GetApplication: MethodDefinition<_lethe_candidates_v1_GetRecruitingRecordRequest, _lethe_candidates_v1_Application, _lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_Application__Output>
  GetClient: MethodDefinition<_lethe_candidates_v1_GetRecruitingRecordRequest, _lethe_candidates_v1_Client, _lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_Client__Output>
  GetClientRequest: MethodDefinition<_lethe_candidates_v1_GetRecruitingRecordRequest, _lethe_candidates_v1_ClientRequest, _lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_ClientRequest__Output>
  GetContactPerson: MethodDefinition<_lethe_candidates_v1_GetRecruitingRecordRequest, _lethe_candidates_v1_ContactPerson, _lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_ContactPerson__Output>
  GetJob: MethodDefinition<_lethe_candidates_v1_GetRecruitingRecordRequest, _lethe_candidates_v1_Job, _lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_Job__Output>
  GetJobOrder: MethodDefinition<_lethe_candidates_v1_GetRecruitingRecordRequest, _lethe_candidates_v1_JobOrder, _lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_JobOrder__Output>
  GetPresentation: MethodDefinition<_lethe_candidates_v1_GetRecruitingRecordRequest, _lethe_candidates_v1_Presentation, _lethe_candidates_v1_GetRecruitingRecordRequest__Output, _lethe_candidates_v1_Presentation__Output>
  ListApplications: MethodDefinition<_lethe_candidates_v1_ListApplicationsRequest, _lethe_candidates_v1_ListApplicationsResponse, _lethe_candidates_v1_ListApplicationsRequest__Output, _lethe_candidates_v1_ListApplicationsResponse__Output>
  ListAssignments: MethodDefinition<_lethe_candidates_v1_ListAssignmentsRequest, _lethe_candidates_v1_ListAssignmentsResponse, _lethe_candidates_v1_ListAssignmentsRequest__Output, _lethe_candidates_v1_ListAssignmentsResponse__Output>
  ListClientRequests: MethodDefinition<_lethe_candidates_v1_ListClientRequestsRequest, _lethe_candidates_v1_ListClientRequestsResponse, _lethe_candidates_v1_ListClientRequestsRequest__Output, _lethe_candidates_v1_ListClientRequestsResponse__Output>
  ListClients: MethodDefinition<_lethe_candidates_v1_ListClientsRequest, _lethe_candidates_v1_ListClientsResponse, _lethe_candidates_v1_ListClientsRequest__Output, _lethe_candidates_v1_ListClientsResponse__Output>
  ListContactPersons: MethodDefinition<_lethe_candidates_v1_ListContactPersonsRequest, _lethe_candidates_v1_ListContactPersonsResponse, _lethe_candidates_v1_ListContactPersonsRequest__Output, _lethe_candidates_v1_ListContactPersonsResponse__Output>
  ListJobOrders: MethodDefinition<_lethe_candidates_v1_ListJobOrdersRequest, _lethe_candidates_v1_ListJobOrdersResponse, _lethe_candidates_v1_ListJobOrdersRequest__Output, _lethe_candidates_v1_ListJobOrdersResponse__Output>
  ListJobs: MethodDefinition<_lethe_candidates_v1_ListJobsRequest, _lethe_candidates_v1_ListJobsResponse, _lethe_candidates_v1_ListJobsRequest__Output, _lethe_candidates_v1_ListJobsResponse__Output>
  ListPresentations: MethodDefinition<_lethe_candidates_v1_ListPresentationsRequest, _lethe_candidates_v1_ListPresentationsResponse, _lethe_candidates_v1_ListPresentationsRequest__Output, _lethe_candidates_v1_ListPresentationsResponse__Output>
  ListStatuses: MethodDefinition<_lethe_candidates_v1_ListStatusesRequest, _lethe_candidates_v1_ListStatusesResponse, _lethe_candidates_v1_ListStatusesRequest__Output, _lethe_candidates_v1_ListStatusesResponse__Output>
  SetApplicationStatus: MethodDefinition<_lethe_candidates_v1_SetStatusRequest, _lethe_candidates_v1_Application, _lethe_candidates_v1_SetStatusRequest__Output, _lethe_candidates_v1_Application__Output>
  SetPresentationStatus: MethodDefinition<_lethe_candidates_v1_SetStatusRequest, _lethe_candidates_v1_Presentation, _lethe_candidates_v1_SetStatusRequest__Output, _lethe_candidates_v1_Presentation__Output>
  UnassignCandidate: MethodDefinition<_lethe_candidates_v1_UnassignCandidateRequest, _lethe_candidates_v1_JobOrderAssignment, _lethe_candidates_v1_UnassignCandidateRequest__Output, _lethe_candidates_v1_JobOrderAssignment__Output>
  UpdateContactPerson: MethodDefinition<_lethe_candidates_v1_UpdateContactPersonRequest, _lethe_candidates_v1_ContactPerson, _lethe_candidates_v1_UpdateContactPersonRequest__Output, _lethe_candidates_v1_ContactPerson__Output>
  UpsertStatus: MethodDefinition<_lethe_candidates_v1_UpsertStatusRequest, _lethe_candidates_v1_StatusDefinition, _lethe_candidates_v1_UpsertStatusRequest__Output, _lethe_candidates_v1_StatusDefinition__Output>
}

// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Activity as _lethe_candidates_v1_Activity, Activity__Output as _lethe_candidates_v1_Activity__Output } from '../../../lethe/candidates/v1/Activity';
import type { BulkCreateCandidatesRequest as _lethe_candidates_v1_BulkCreateCandidatesRequest, BulkCreateCandidatesRequest__Output as _lethe_candidates_v1_BulkCreateCandidatesRequest__Output } from '../../../lethe/candidates/v1/BulkCreateCandidatesRequest';
import type { BulkCreateCandidatesResponse as _lethe_candidates_v1_BulkCreateCandidatesResponse, BulkCreateCandidatesResponse__Output as _lethe_candidates_v1_BulkCreateCandidatesResponse__Output } from '../../../lethe/candidates/v1/BulkCreateCandidatesResponse';
import type { Candidate as _lethe_candidates_v1_Candidate, Candidate__Output as _lethe_candidates_v1_Candidate__Output } from '../../../lethe/candidates/v1/Candidate';
import type { CandidateFile as _lethe_candidates_v1_CandidateFile, CandidateFile__Output as _lethe_candidates_v1_CandidateFile__Output } from '../../../lethe/candidates/v1/CandidateFile';
import type { CandidateSettings as _lethe_candidates_v1_CandidateSettings, CandidateSettings__Output as _lethe_candidates_v1_CandidateSettings__Output } from '../../../lethe/candidates/v1/CandidateSettings';
import type { CheckDuplicatesRequest as _lethe_candidates_v1_CheckDuplicatesRequest, CheckDuplicatesRequest__Output as _lethe_candidates_v1_CheckDuplicatesRequest__Output } from '../../../lethe/candidates/v1/CheckDuplicatesRequest';
import type { CheckDuplicatesResponse as _lethe_candidates_v1_CheckDuplicatesResponse, CheckDuplicatesResponse__Output as _lethe_candidates_v1_CheckDuplicatesResponse__Output } from '../../../lethe/candidates/v1/CheckDuplicatesResponse';
import type { CreateCandidateRequest as _lethe_candidates_v1_CreateCandidateRequest, CreateCandidateRequest__Output as _lethe_candidates_v1_CreateCandidateRequest__Output } from '../../../lethe/candidates/v1/CreateCandidateRequest';
import type { CreateCandidateResponse as _lethe_candidates_v1_CreateCandidateResponse, CreateCandidateResponse__Output as _lethe_candidates_v1_CreateCandidateResponse__Output } from '../../../lethe/candidates/v1/CreateCandidateResponse';
import type { DeleteFileRequest as _lethe_candidates_v1_DeleteFileRequest, DeleteFileRequest__Output as _lethe_candidates_v1_DeleteFileRequest__Output } from '../../../lethe/candidates/v1/DeleteFileRequest';
import type { DeleteFileResponse as _lethe_candidates_v1_DeleteFileResponse, DeleteFileResponse__Output as _lethe_candidates_v1_DeleteFileResponse__Output } from '../../../lethe/candidates/v1/DeleteFileResponse';
import type { DownloadFileRequest as _lethe_candidates_v1_DownloadFileRequest, DownloadFileRequest__Output as _lethe_candidates_v1_DownloadFileRequest__Output } from '../../../lethe/candidates/v1/DownloadFileRequest';
import type { DownloadFileResponse as _lethe_candidates_v1_DownloadFileResponse, DownloadFileResponse__Output as _lethe_candidates_v1_DownloadFileResponse__Output } from '../../../lethe/candidates/v1/DownloadFileResponse';
import type { FindCandidatesByEmailRequest as _lethe_candidates_v1_FindCandidatesByEmailRequest, FindCandidatesByEmailRequest__Output as _lethe_candidates_v1_FindCandidatesByEmailRequest__Output } from '../../../lethe/candidates/v1/FindCandidatesByEmailRequest';
import type { FindCandidatesByNameRequest as _lethe_candidates_v1_FindCandidatesByNameRequest, FindCandidatesByNameRequest__Output as _lethe_candidates_v1_FindCandidatesByNameRequest__Output } from '../../../lethe/candidates/v1/FindCandidatesByNameRequest';
import type { GetCandidateRequest as _lethe_candidates_v1_GetCandidateRequest, GetCandidateRequest__Output as _lethe_candidates_v1_GetCandidateRequest__Output } from '../../../lethe/candidates/v1/GetCandidateRequest';
import type { GetSettingsRequest as _lethe_candidates_v1_GetSettingsRequest, GetSettingsRequest__Output as _lethe_candidates_v1_GetSettingsRequest__Output } from '../../../lethe/candidates/v1/GetSettingsRequest';
import type { ListActivitiesRequest as _lethe_candidates_v1_ListActivitiesRequest, ListActivitiesRequest__Output as _lethe_candidates_v1_ListActivitiesRequest__Output } from '../../../lethe/candidates/v1/ListActivitiesRequest';
import type { ListActivitiesResponse as _lethe_candidates_v1_ListActivitiesResponse, ListActivitiesResponse__Output as _lethe_candidates_v1_ListActivitiesResponse__Output } from '../../../lethe/candidates/v1/ListActivitiesResponse';
import type { ListCandidateIdsResponse as _lethe_candidates_v1_ListCandidateIdsResponse, ListCandidateIdsResponse__Output as _lethe_candidates_v1_ListCandidateIdsResponse__Output } from '../../../lethe/candidates/v1/ListCandidateIdsResponse';
import type { ListCandidatesRequest as _lethe_candidates_v1_ListCandidatesRequest, ListCandidatesRequest__Output as _lethe_candidates_v1_ListCandidatesRequest__Output } from '../../../lethe/candidates/v1/ListCandidatesRequest';
import type { ListCandidatesResponse as _lethe_candidates_v1_ListCandidatesResponse, ListCandidatesResponse__Output as _lethe_candidates_v1_ListCandidatesResponse__Output } from '../../../lethe/candidates/v1/ListCandidatesResponse';
import type { ListFilesRequest as _lethe_candidates_v1_ListFilesRequest, ListFilesRequest__Output as _lethe_candidates_v1_ListFilesRequest__Output } from '../../../lethe/candidates/v1/ListFilesRequest';
import type { ListFilesResponse as _lethe_candidates_v1_ListFilesResponse, ListFilesResponse__Output as _lethe_candidates_v1_ListFilesResponse__Output } from '../../../lethe/candidates/v1/ListFilesResponse';
import type { MergeCandidatesRequest as _lethe_candidates_v1_MergeCandidatesRequest, MergeCandidatesRequest__Output as _lethe_candidates_v1_MergeCandidatesRequest__Output } from '../../../lethe/candidates/v1/MergeCandidatesRequest';
import type { MergeCandidatesResponse as _lethe_candidates_v1_MergeCandidatesResponse, MergeCandidatesResponse__Output as _lethe_candidates_v1_MergeCandidatesResponse__Output } from '../../../lethe/candidates/v1/MergeCandidatesResponse';
import type { RecordActivityRequest as _lethe_candidates_v1_RecordActivityRequest, RecordActivityRequest__Output as _lethe_candidates_v1_RecordActivityRequest__Output } from '../../../lethe/candidates/v1/RecordActivityRequest';
import type { UpdateCandidateRequest as _lethe_candidates_v1_UpdateCandidateRequest, UpdateCandidateRequest__Output as _lethe_candidates_v1_UpdateCandidateRequest__Output } from '../../../lethe/candidates/v1/UpdateCandidateRequest';
import type { UpdateCandidateResponse as _lethe_candidates_v1_UpdateCandidateResponse, UpdateCandidateResponse__Output as _lethe_candidates_v1_UpdateCandidateResponse__Output } from '../../../lethe/candidates/v1/UpdateCandidateResponse';
import type { UpdateSettingsRequest as _lethe_candidates_v1_UpdateSettingsRequest, UpdateSettingsRequest__Output as _lethe_candidates_v1_UpdateSettingsRequest__Output } from '../../../lethe/candidates/v1/UpdateSettingsRequest';
import type { UploadFileRequest as _lethe_candidates_v1_UploadFileRequest, UploadFileRequest__Output as _lethe_candidates_v1_UploadFileRequest__Output } from '../../../lethe/candidates/v1/UploadFileRequest';

export interface CandidatesServiceClient extends grpc.Client {
  BulkCreateCandidates(argument: _lethe_candidates_v1_BulkCreateCandidatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_BulkCreateCandidatesResponse__Output>): grpc.ClientUnaryCall;
  BulkCreateCandidates(argument: _lethe_candidates_v1_BulkCreateCandidatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_BulkCreateCandidatesResponse__Output>): grpc.ClientUnaryCall;
  BulkCreateCandidates(argument: _lethe_candidates_v1_BulkCreateCandidatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_BulkCreateCandidatesResponse__Output>): grpc.ClientUnaryCall;
  BulkCreateCandidates(argument: _lethe_candidates_v1_BulkCreateCandidatesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_BulkCreateCandidatesResponse__Output>): grpc.ClientUnaryCall;
  bulkCreateCandidates(argument: _lethe_candidates_v1_BulkCreateCandidatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_BulkCreateCandidatesResponse__Output>): grpc.ClientUnaryCall;
  bulkCreateCandidates(argument: _lethe_candidates_v1_BulkCreateCandidatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_BulkCreateCandidatesResponse__Output>): grpc.ClientUnaryCall;
  bulkCreateCandidates(argument: _lethe_candidates_v1_BulkCreateCandidatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_BulkCreateCandidatesResponse__Output>): grpc.ClientUnaryCall;
  bulkCreateCandidates(argument: _lethe_candidates_v1_BulkCreateCandidatesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_BulkCreateCandidatesResponse__Output>): grpc.ClientUnaryCall;
  
  CheckDuplicates(argument: _lethe_candidates_v1_CheckDuplicatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  CheckDuplicates(argument: _lethe_candidates_v1_CheckDuplicatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  CheckDuplicates(argument: _lethe_candidates_v1_CheckDuplicatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  CheckDuplicates(argument: _lethe_candidates_v1_CheckDuplicatesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  checkDuplicates(argument: _lethe_candidates_v1_CheckDuplicatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  checkDuplicates(argument: _lethe_candidates_v1_CheckDuplicatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  checkDuplicates(argument: _lethe_candidates_v1_CheckDuplicatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  checkDuplicates(argument: _lethe_candidates_v1_CheckDuplicatesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  
  CreateCandidate(argument: _lethe_candidates_v1_CreateCandidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CreateCandidateResponse__Output>): grpc.ClientUnaryCall;
  CreateCandidate(argument: _lethe_candidates_v1_CreateCandidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_CreateCandidateResponse__Output>): grpc.ClientUnaryCall;
  CreateCandidate(argument: _lethe_candidates_v1_CreateCandidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CreateCandidateResponse__Output>): grpc.ClientUnaryCall;
  CreateCandidate(argument: _lethe_candidates_v1_CreateCandidateRequest, callback: grpc.requestCallback<_lethe_candidates_v1_CreateCandidateResponse__Output>): grpc.ClientUnaryCall;
  createCandidate(argument: _lethe_candidates_v1_CreateCandidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CreateCandidateResponse__Output>): grpc.ClientUnaryCall;
  createCandidate(argument: _lethe_candidates_v1_CreateCandidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_CreateCandidateResponse__Output>): grpc.ClientUnaryCall;
  createCandidate(argument: _lethe_candidates_v1_CreateCandidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CreateCandidateResponse__Output>): grpc.ClientUnaryCall;
  createCandidate(argument: _lethe_candidates_v1_CreateCandidateRequest, callback: grpc.requestCallback<_lethe_candidates_v1_CreateCandidateResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteFile(argument: _lethe_candidates_v1_DeleteFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  DeleteFile(argument: _lethe_candidates_v1_DeleteFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  DeleteFile(argument: _lethe_candidates_v1_DeleteFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  DeleteFile(argument: _lethe_candidates_v1_DeleteFileRequest, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  deleteFile(argument: _lethe_candidates_v1_DeleteFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  deleteFile(argument: _lethe_candidates_v1_DeleteFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  deleteFile(argument: _lethe_candidates_v1_DeleteFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  deleteFile(argument: _lethe_candidates_v1_DeleteFileRequest, callback: grpc.requestCallback<_lethe_candidates_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  
  DownloadFile(argument: _lethe_candidates_v1_DownloadFileRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_candidates_v1_DownloadFileResponse__Output>;
  DownloadFile(argument: _lethe_candidates_v1_DownloadFileRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_candidates_v1_DownloadFileResponse__Output>;
  downloadFile(argument: _lethe_candidates_v1_DownloadFileRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_candidates_v1_DownloadFileResponse__Output>;
  downloadFile(argument: _lethe_candidates_v1_DownloadFileRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_candidates_v1_DownloadFileResponse__Output>;
  
  FindCandidatesByEmail(argument: _lethe_candidates_v1_FindCandidatesByEmailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  FindCandidatesByEmail(argument: _lethe_candidates_v1_FindCandidatesByEmailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  FindCandidatesByEmail(argument: _lethe_candidates_v1_FindCandidatesByEmailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  FindCandidatesByEmail(argument: _lethe_candidates_v1_FindCandidatesByEmailRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  findCandidatesByEmail(argument: _lethe_candidates_v1_FindCandidatesByEmailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  findCandidatesByEmail(argument: _lethe_candidates_v1_FindCandidatesByEmailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  findCandidatesByEmail(argument: _lethe_candidates_v1_FindCandidatesByEmailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  findCandidatesByEmail(argument: _lethe_candidates_v1_FindCandidatesByEmailRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  
  FindCandidatesByName(argument: _lethe_candidates_v1_FindCandidatesByNameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  FindCandidatesByName(argument: _lethe_candidates_v1_FindCandidatesByNameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  FindCandidatesByName(argument: _lethe_candidates_v1_FindCandidatesByNameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  FindCandidatesByName(argument: _lethe_candidates_v1_FindCandidatesByNameRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  findCandidatesByName(argument: _lethe_candidates_v1_FindCandidatesByNameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  findCandidatesByName(argument: _lethe_candidates_v1_FindCandidatesByNameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  findCandidatesByName(argument: _lethe_candidates_v1_FindCandidatesByNameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  findCandidatesByName(argument: _lethe_candidates_v1_FindCandidatesByNameRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  
  GetCandidate(argument: _lethe_candidates_v1_GetCandidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Candidate__Output>): grpc.ClientUnaryCall;
  GetCandidate(argument: _lethe_candidates_v1_GetCandidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Candidate__Output>): grpc.ClientUnaryCall;
  GetCandidate(argument: _lethe_candidates_v1_GetCandidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Candidate__Output>): grpc.ClientUnaryCall;
  GetCandidate(argument: _lethe_candidates_v1_GetCandidateRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Candidate__Output>): grpc.ClientUnaryCall;
  getCandidate(argument: _lethe_candidates_v1_GetCandidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Candidate__Output>): grpc.ClientUnaryCall;
  getCandidate(argument: _lethe_candidates_v1_GetCandidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Candidate__Output>): grpc.ClientUnaryCall;
  getCandidate(argument: _lethe_candidates_v1_GetCandidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Candidate__Output>): grpc.ClientUnaryCall;
  getCandidate(argument: _lethe_candidates_v1_GetCandidateRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Candidate__Output>): grpc.ClientUnaryCall;
  
  GetSettings(argument: _lethe_candidates_v1_GetSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  GetSettings(argument: _lethe_candidates_v1_GetSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  GetSettings(argument: _lethe_candidates_v1_GetSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  GetSettings(argument: _lethe_candidates_v1_GetSettingsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  getSettings(argument: _lethe_candidates_v1_GetSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  getSettings(argument: _lethe_candidates_v1_GetSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  getSettings(argument: _lethe_candidates_v1_GetSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  getSettings(argument: _lethe_candidates_v1_GetSettingsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  
  ListActivities(argument: _lethe_candidates_v1_ListActivitiesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListActivitiesResponse__Output>): grpc.ClientUnaryCall;
  ListActivities(argument: _lethe_candidates_v1_ListActivitiesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListActivitiesResponse__Output>): grpc.ClientUnaryCall;
  ListActivities(argument: _lethe_candidates_v1_ListActivitiesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListActivitiesResponse__Output>): grpc.ClientUnaryCall;
  ListActivities(argument: _lethe_candidates_v1_ListActivitiesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListActivitiesResponse__Output>): grpc.ClientUnaryCall;
  listActivities(argument: _lethe_candidates_v1_ListActivitiesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListActivitiesResponse__Output>): grpc.ClientUnaryCall;
  listActivities(argument: _lethe_candidates_v1_ListActivitiesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListActivitiesResponse__Output>): grpc.ClientUnaryCall;
  listActivities(argument: _lethe_candidates_v1_ListActivitiesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListActivitiesResponse__Output>): grpc.ClientUnaryCall;
  listActivities(argument: _lethe_candidates_v1_ListActivitiesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListActivitiesResponse__Output>): grpc.ClientUnaryCall;
  
  ListCandidateIds(argument: _lethe_candidates_v1_ListCandidatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidateIdsResponse__Output>): grpc.ClientUnaryCall;
  ListCandidateIds(argument: _lethe_candidates_v1_ListCandidatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidateIdsResponse__Output>): grpc.ClientUnaryCall;
  ListCandidateIds(argument: _lethe_candidates_v1_ListCandidatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidateIdsResponse__Output>): grpc.ClientUnaryCall;
  ListCandidateIds(argument: _lethe_candidates_v1_ListCandidatesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidateIdsResponse__Output>): grpc.ClientUnaryCall;
  listCandidateIds(argument: _lethe_candidates_v1_ListCandidatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidateIdsResponse__Output>): grpc.ClientUnaryCall;
  listCandidateIds(argument: _lethe_candidates_v1_ListCandidatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidateIdsResponse__Output>): grpc.ClientUnaryCall;
  listCandidateIds(argument: _lethe_candidates_v1_ListCandidatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidateIdsResponse__Output>): grpc.ClientUnaryCall;
  listCandidateIds(argument: _lethe_candidates_v1_ListCandidatesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidateIdsResponse__Output>): grpc.ClientUnaryCall;
  
  ListCandidates(argument: _lethe_candidates_v1_ListCandidatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  ListCandidates(argument: _lethe_candidates_v1_ListCandidatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  ListCandidates(argument: _lethe_candidates_v1_ListCandidatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  ListCandidates(argument: _lethe_candidates_v1_ListCandidatesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  listCandidates(argument: _lethe_candidates_v1_ListCandidatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  listCandidates(argument: _lethe_candidates_v1_ListCandidatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  listCandidates(argument: _lethe_candidates_v1_ListCandidatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  listCandidates(argument: _lethe_candidates_v1_ListCandidatesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  
  ListFiles(argument: _lethe_candidates_v1_ListFilesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  ListFiles(argument: _lethe_candidates_v1_ListFilesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  ListFiles(argument: _lethe_candidates_v1_ListFilesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  ListFiles(argument: _lethe_candidates_v1_ListFilesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  listFiles(argument: _lethe_candidates_v1_ListFilesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  listFiles(argument: _lethe_candidates_v1_ListFilesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  listFiles(argument: _lethe_candidates_v1_ListFilesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  listFiles(argument: _lethe_candidates_v1_ListFilesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  
  MergeCandidates(argument: _lethe_candidates_v1_MergeCandidatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_MergeCandidatesResponse__Output>): grpc.ClientUnaryCall;
  MergeCandidates(argument: _lethe_candidates_v1_MergeCandidatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_MergeCandidatesResponse__Output>): grpc.ClientUnaryCall;
  MergeCandidates(argument: _lethe_candidates_v1_MergeCandidatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_MergeCandidatesResponse__Output>): grpc.ClientUnaryCall;
  MergeCandidates(argument: _lethe_candidates_v1_MergeCandidatesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_MergeCandidatesResponse__Output>): grpc.ClientUnaryCall;
  mergeCandidates(argument: _lethe_candidates_v1_MergeCandidatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_MergeCandidatesResponse__Output>): grpc.ClientUnaryCall;
  mergeCandidates(argument: _lethe_candidates_v1_MergeCandidatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_MergeCandidatesResponse__Output>): grpc.ClientUnaryCall;
  mergeCandidates(argument: _lethe_candidates_v1_MergeCandidatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_MergeCandidatesResponse__Output>): grpc.ClientUnaryCall;
  mergeCandidates(argument: _lethe_candidates_v1_MergeCandidatesRequest, callback: grpc.requestCallback<_lethe_candidates_v1_MergeCandidatesResponse__Output>): grpc.ClientUnaryCall;
  
  RecordActivity(argument: _lethe_candidates_v1_RecordActivityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Activity__Output>): grpc.ClientUnaryCall;
  RecordActivity(argument: _lethe_candidates_v1_RecordActivityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Activity__Output>): grpc.ClientUnaryCall;
  RecordActivity(argument: _lethe_candidates_v1_RecordActivityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Activity__Output>): grpc.ClientUnaryCall;
  RecordActivity(argument: _lethe_candidates_v1_RecordActivityRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Activity__Output>): grpc.ClientUnaryCall;
  recordActivity(argument: _lethe_candidates_v1_RecordActivityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Activity__Output>): grpc.ClientUnaryCall;
  recordActivity(argument: _lethe_candidates_v1_RecordActivityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_Activity__Output>): grpc.ClientUnaryCall;
  recordActivity(argument: _lethe_candidates_v1_RecordActivityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_Activity__Output>): grpc.ClientUnaryCall;
  recordActivity(argument: _lethe_candidates_v1_RecordActivityRequest, callback: grpc.requestCallback<_lethe_candidates_v1_Activity__Output>): grpc.ClientUnaryCall;
  
  UpdateCandidate(argument: _lethe_candidates_v1_UpdateCandidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_UpdateCandidateResponse__Output>): grpc.ClientUnaryCall;
  UpdateCandidate(argument: _lethe_candidates_v1_UpdateCandidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_UpdateCandidateResponse__Output>): grpc.ClientUnaryCall;
  UpdateCandidate(argument: _lethe_candidates_v1_UpdateCandidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_UpdateCandidateResponse__Output>): grpc.ClientUnaryCall;
  UpdateCandidate(argument: _lethe_candidates_v1_UpdateCandidateRequest, callback: grpc.requestCallback<_lethe_candidates_v1_UpdateCandidateResponse__Output>): grpc.ClientUnaryCall;
  updateCandidate(argument: _lethe_candidates_v1_UpdateCandidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_UpdateCandidateResponse__Output>): grpc.ClientUnaryCall;
  updateCandidate(argument: _lethe_candidates_v1_UpdateCandidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_UpdateCandidateResponse__Output>): grpc.ClientUnaryCall;
  updateCandidate(argument: _lethe_candidates_v1_UpdateCandidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_UpdateCandidateResponse__Output>): grpc.ClientUnaryCall;
  updateCandidate(argument: _lethe_candidates_v1_UpdateCandidateRequest, callback: grpc.requestCallback<_lethe_candidates_v1_UpdateCandidateResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateSettings(argument: _lethe_candidates_v1_UpdateSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  UpdateSettings(argument: _lethe_candidates_v1_UpdateSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  UpdateSettings(argument: _lethe_candidates_v1_UpdateSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  UpdateSettings(argument: _lethe_candidates_v1_UpdateSettingsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  updateSettings(argument: _lethe_candidates_v1_UpdateSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  updateSettings(argument: _lethe_candidates_v1_UpdateSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  updateSettings(argument: _lethe_candidates_v1_UpdateSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  updateSettings(argument: _lethe_candidates_v1_UpdateSettingsRequest, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateSettings__Output>): grpc.ClientUnaryCall;
  
  UploadFile(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateFile__Output>): grpc.ClientWritableStream<_lethe_candidates_v1_UploadFileRequest>;
  UploadFile(metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateFile__Output>): grpc.ClientWritableStream<_lethe_candidates_v1_UploadFileRequest>;
  UploadFile(options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateFile__Output>): grpc.ClientWritableStream<_lethe_candidates_v1_UploadFileRequest>;
  UploadFile(callback: grpc.requestCallback<_lethe_candidates_v1_CandidateFile__Output>): grpc.ClientWritableStream<_lethe_candidates_v1_UploadFileRequest>;
  uploadFile(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateFile__Output>): grpc.ClientWritableStream<_lethe_candidates_v1_UploadFileRequest>;
  uploadFile(metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateFile__Output>): grpc.ClientWritableStream<_lethe_candidates_v1_UploadFileRequest>;
  uploadFile(options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_candidates_v1_CandidateFile__Output>): grpc.ClientWritableStream<_lethe_candidates_v1_UploadFileRequest>;
  uploadFile(callback: grpc.requestCallback<_lethe_candidates_v1_CandidateFile__Output>): grpc.ClientWritableStream<_lethe_candidates_v1_UploadFileRequest>;
  
}

export interface CandidatesServiceHandlers extends grpc.UntypedServiceImplementation {
  BulkCreateCandidates: grpc.handleUnaryCall<_lethe_candidates_v1_BulkCreateCandidatesRequest__Output, _lethe_candidates_v1_BulkCreateCandidatesResponse>;
  
  CheckDuplicates: grpc.handleUnaryCall<_lethe_candidates_v1_CheckDuplicatesRequest__Output, _lethe_candidates_v1_CheckDuplicatesResponse>;
  
  CreateCandidate: grpc.handleUnaryCall<_lethe_candidates_v1_CreateCandidateRequest__Output, _lethe_candidates_v1_CreateCandidateResponse>;
  
  DeleteFile: grpc.handleUnaryCall<_lethe_candidates_v1_DeleteFileRequest__Output, _lethe_candidates_v1_DeleteFileResponse>;
  
  DownloadFile: grpc.handleServerStreamingCall<_lethe_candidates_v1_DownloadFileRequest__Output, _lethe_candidates_v1_DownloadFileResponse>;
  
  FindCandidatesByEmail: grpc.handleUnaryCall<_lethe_candidates_v1_FindCandidatesByEmailRequest__Output, _lethe_candidates_v1_ListCandidatesResponse>;
  
  FindCandidatesByName: grpc.handleUnaryCall<_lethe_candidates_v1_FindCandidatesByNameRequest__Output, _lethe_candidates_v1_ListCandidatesResponse>;
  
  GetCandidate: grpc.handleUnaryCall<_lethe_candidates_v1_GetCandidateRequest__Output, _lethe_candidates_v1_Candidate>;
  
  GetSettings: grpc.handleUnaryCall<_lethe_candidates_v1_GetSettingsRequest__Output, _lethe_candidates_v1_CandidateSettings>;
  
  ListActivities: grpc.handleUnaryCall<_lethe_candidates_v1_ListActivitiesRequest__Output, _lethe_candidates_v1_ListActivitiesResponse>;
  
  ListCandidateIds: grpc.handleUnaryCall<_lethe_candidates_v1_ListCandidatesRequest__Output, _lethe_candidates_v1_ListCandidateIdsResponse>;
  
  ListCandidates: grpc.handleUnaryCall<_lethe_candidates_v1_ListCandidatesRequest__Output, _lethe_candidates_v1_ListCandidatesResponse>;
  
  ListFiles: grpc.handleUnaryCall<_lethe_candidates_v1_ListFilesRequest__Output, _lethe_candidates_v1_ListFilesResponse>;
  
  MergeCandidates: grpc.handleUnaryCall<_lethe_candidates_v1_MergeCandidatesRequest__Output, _lethe_candidates_v1_MergeCandidatesResponse>;
  
  RecordActivity: grpc.handleUnaryCall<_lethe_candidates_v1_RecordActivityRequest__Output, _lethe_candidates_v1_Activity>;
  
  UpdateCandidate: grpc.handleUnaryCall<_lethe_candidates_v1_UpdateCandidateRequest__Output, _lethe_candidates_v1_UpdateCandidateResponse>;
  
  UpdateSettings: grpc.handleUnaryCall<_lethe_candidates_v1_UpdateSettingsRequest__Output, _lethe_candidates_v1_CandidateSettings>;
  
  UploadFile: grpc.handleClientStreamingCall<_lethe_candidates_v1_UploadFileRequest__Output, _lethe_candidates_v1_CandidateFile>;
  
}

export interface CandidatesServiceDefinition extends grpc.ServiceDefinition {
  BulkCreateCandidates: MethodDefinition<_lethe_candidates_v1_BulkCreateCandidatesRequest, _lethe_candidates_v1_BulkCreateCandidatesResponse, _lethe_candidates_v1_BulkCreateCandidatesRequest__Output, _lethe_candidates_v1_BulkCreateCandidatesResponse__Output>
  CheckDuplicates: MethodDefinition<_lethe_candidates_v1_CheckDuplicatesRequest, _lethe_candidates_v1_CheckDuplicatesResponse, _lethe_candidates_v1_CheckDuplicatesRequest__Output, _lethe_candidates_v1_CheckDuplicatesResponse__Output>
  CreateCandidate: MethodDefinition<_lethe_candidates_v1_CreateCandidateRequest, _lethe_candidates_v1_CreateCandidateResponse, _lethe_candidates_v1_CreateCandidateRequest__Output, _lethe_candidates_v1_CreateCandidateResponse__Output>
  DeleteFile: MethodDefinition<_lethe_candidates_v1_DeleteFileRequest, _lethe_candidates_v1_DeleteFileResponse, _lethe_candidates_v1_DeleteFileRequest__Output, _lethe_candidates_v1_DeleteFileResponse__Output>
  DownloadFile: MethodDefinition<_lethe_candidates_v1_DownloadFileRequest, _lethe_candidates_v1_DownloadFileResponse, _lethe_candidates_v1_DownloadFileRequest__Output, _lethe_candidates_v1_DownloadFileResponse__Output>
  FindCandidatesByEmail: MethodDefinition<_lethe_candidates_v1_FindCandidatesByEmailRequest, _lethe_candidates_v1_ListCandidatesResponse, _lethe_candidates_v1_FindCandidatesByEmailRequest__Output, _lethe_candidates_v1_ListCandidatesResponse__Output>
  FindCandidatesByName: MethodDefinition<_lethe_candidates_v1_FindCandidatesByNameRequest, _lethe_candidates_v1_ListCandidatesResponse, _lethe_candidates_v1_FindCandidatesByNameRequest__Output, _lethe_candidates_v1_ListCandidatesResponse__Output>
  GetCandidate: MethodDefinition<_lethe_candidates_v1_GetCandidateRequest, _lethe_candidates_v1_Candidate, _lethe_candidates_v1_GetCandidateRequest__Output, _lethe_candidates_v1_Candidate__Output>
  GetSettings: MethodDefinition<_lethe_candidates_v1_GetSettingsRequest, _lethe_candidates_v1_CandidateSettings, _lethe_candidates_v1_GetSettingsRequest__Output, _lethe_candidates_v1_CandidateSettings__Output>
  ListActivities: MethodDefinition<_lethe_candidates_v1_ListActivitiesRequest, _lethe_candidates_v1_ListActivitiesResponse, _lethe_candidates_v1_ListActivitiesRequest__Output, _lethe_candidates_v1_ListActivitiesResponse__Output>
  ListCandidateIds: MethodDefinition<_lethe_candidates_v1_ListCandidatesRequest, _lethe_candidates_v1_ListCandidateIdsResponse, _lethe_candidates_v1_ListCandidatesRequest__Output, _lethe_candidates_v1_ListCandidateIdsResponse__Output>
  ListCandidates: MethodDefinition<_lethe_candidates_v1_ListCandidatesRequest, _lethe_candidates_v1_ListCandidatesResponse, _lethe_candidates_v1_ListCandidatesRequest__Output, _lethe_candidates_v1_ListCandidatesResponse__Output>
  ListFiles: MethodDefinition<_lethe_candidates_v1_ListFilesRequest, _lethe_candidates_v1_ListFilesResponse, _lethe_candidates_v1_ListFilesRequest__Output, _lethe_candidates_v1_ListFilesResponse__Output>
  MergeCandidates: MethodDefinition<_lethe_candidates_v1_MergeCandidatesRequest, _lethe_candidates_v1_MergeCandidatesResponse, _lethe_candidates_v1_MergeCandidatesRequest__Output, _lethe_candidates_v1_MergeCandidatesResponse__Output>
  RecordActivity: MethodDefinition<_lethe_candidates_v1_RecordActivityRequest, _lethe_candidates_v1_Activity, _lethe_candidates_v1_RecordActivityRequest__Output, _lethe_candidates_v1_Activity__Output>
  UpdateCandidate: MethodDefinition<_lethe_candidates_v1_UpdateCandidateRequest, _lethe_candidates_v1_UpdateCandidateResponse, _lethe_candidates_v1_UpdateCandidateRequest__Output, _lethe_candidates_v1_UpdateCandidateResponse__Output>
  UpdateSettings: MethodDefinition<_lethe_candidates_v1_UpdateSettingsRequest, _lethe_candidates_v1_CandidateSettings, _lethe_candidates_v1_UpdateSettingsRequest__Output, _lethe_candidates_v1_CandidateSettings__Output>
  UploadFile: MethodDefinition<_lethe_candidates_v1_UploadFileRequest, _lethe_candidates_v1_CandidateFile, _lethe_candidates_v1_UploadFileRequest__Output, _lethe_candidates_v1_CandidateFile__Output>
}

// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddTalentNoteRequest as _lethe_talents_v1_AddTalentNoteRequest, AddTalentNoteRequest__Output as _lethe_talents_v1_AddTalentNoteRequest__Output } from '../../../lethe/talents/v1/AddTalentNoteRequest';
import type { AssignTalentToJobRequest as _lethe_talents_v1_AssignTalentToJobRequest, AssignTalentToJobRequest__Output as _lethe_talents_v1_AssignTalentToJobRequest__Output } from '../../../lethe/talents/v1/AssignTalentToJobRequest';
import type { CancelReminderRequest as _lethe_talents_v1_CancelReminderRequest, CancelReminderRequest__Output as _lethe_talents_v1_CancelReminderRequest__Output } from '../../../lethe/talents/v1/CancelReminderRequest';
import type { CompleteReminderRequest as _lethe_talents_v1_CompleteReminderRequest, CompleteReminderRequest__Output as _lethe_talents_v1_CompleteReminderRequest__Output } from '../../../lethe/talents/v1/CompleteReminderRequest';
import type { CreatePoolRequest as _lethe_talents_v1_CreatePoolRequest, CreatePoolRequest__Output as _lethe_talents_v1_CreatePoolRequest__Output } from '../../../lethe/talents/v1/CreatePoolRequest';
import type { CreateReminderRequest as _lethe_talents_v1_CreateReminderRequest, CreateReminderRequest__Output as _lethe_talents_v1_CreateReminderRequest__Output } from '../../../lethe/talents/v1/CreateReminderRequest';
import type { CreateRuleRequest as _lethe_talents_v1_CreateRuleRequest, CreateRuleRequest__Output as _lethe_talents_v1_CreateRuleRequest__Output } from '../../../lethe/talents/v1/CreateRuleRequest';
import type { CreateTalentFormRequest as _lethe_talents_v1_CreateTalentFormRequest, CreateTalentFormRequest__Output as _lethe_talents_v1_CreateTalentFormRequest__Output } from '../../../lethe/talents/v1/CreateTalentFormRequest';
import type { CreateTalentRequest as _lethe_talents_v1_CreateTalentRequest, CreateTalentRequest__Output as _lethe_talents_v1_CreateTalentRequest__Output } from '../../../lethe/talents/v1/CreateTalentRequest';
import type { DeleteRuleRequest as _lethe_talents_v1_DeleteRuleRequest, DeleteRuleRequest__Output as _lethe_talents_v1_DeleteRuleRequest__Output } from '../../../lethe/talents/v1/DeleteRuleRequest';
import type { ExportTalentsRequest as _lethe_talents_v1_ExportTalentsRequest, ExportTalentsRequest__Output as _lethe_talents_v1_ExportTalentsRequest__Output } from '../../../lethe/talents/v1/ExportTalentsRequest';
import type { FollowUpRequest as _lethe_talents_v1_FollowUpRequest, FollowUpRequest__Output as _lethe_talents_v1_FollowUpRequest__Output } from '../../../lethe/talents/v1/FollowUpRequest';
import type { GetTalentContactRequest as _lethe_talents_v1_GetTalentContactRequest, GetTalentContactRequest__Output as _lethe_talents_v1_GetTalentContactRequest__Output } from '../../../lethe/talents/v1/GetTalentContactRequest';
import type { GetTalentImportRequest as _lethe_talents_v1_GetTalentImportRequest, GetTalentImportRequest__Output as _lethe_talents_v1_GetTalentImportRequest__Output } from '../../../lethe/talents/v1/GetTalentImportRequest';
import type { GetTalentRequest as _lethe_talents_v1_GetTalentRequest, GetTalentRequest__Output as _lethe_talents_v1_GetTalentRequest__Output } from '../../../lethe/talents/v1/GetTalentRequest';
import type { GetTalentSettingsRequest as _lethe_talents_v1_GetTalentSettingsRequest, GetTalentSettingsRequest__Output as _lethe_talents_v1_GetTalentSettingsRequest__Output } from '../../../lethe/talents/v1/GetTalentSettingsRequest';
import type { IssueTalentLinkRequest as _lethe_talents_v1_IssueTalentLinkRequest, IssueTalentLinkRequest__Output as _lethe_talents_v1_IssueTalentLinkRequest__Output } from '../../../lethe/talents/v1/IssueTalentLinkRequest';
import type { JobAssignment as _lethe_talents_v1_JobAssignment, JobAssignment__Output as _lethe_talents_v1_JobAssignment__Output } from '../../../lethe/talents/v1/JobAssignment';
import type { ListAtsJobsRequest as _lethe_talents_v1_ListAtsJobsRequest, ListAtsJobsRequest__Output as _lethe_talents_v1_ListAtsJobsRequest__Output } from '../../../lethe/talents/v1/ListAtsJobsRequest';
import type { ListAtsJobsResponse as _lethe_talents_v1_ListAtsJobsResponse, ListAtsJobsResponse__Output as _lethe_talents_v1_ListAtsJobsResponse__Output } from '../../../lethe/talents/v1/ListAtsJobsResponse';
import type { ListPoolsRequest as _lethe_talents_v1_ListPoolsRequest, ListPoolsRequest__Output as _lethe_talents_v1_ListPoolsRequest__Output } from '../../../lethe/talents/v1/ListPoolsRequest';
import type { ListPoolsResponse as _lethe_talents_v1_ListPoolsResponse, ListPoolsResponse__Output as _lethe_talents_v1_ListPoolsResponse__Output } from '../../../lethe/talents/v1/ListPoolsResponse';
import type { ListRemindersRequest as _lethe_talents_v1_ListRemindersRequest, ListRemindersRequest__Output as _lethe_talents_v1_ListRemindersRequest__Output } from '../../../lethe/talents/v1/ListRemindersRequest';
import type { ListRemindersResponse as _lethe_talents_v1_ListRemindersResponse, ListRemindersResponse__Output as _lethe_talents_v1_ListRemindersResponse__Output } from '../../../lethe/talents/v1/ListRemindersResponse';
import type { ListRuleRunsRequest as _lethe_talents_v1_ListRuleRunsRequest, ListRuleRunsRequest__Output as _lethe_talents_v1_ListRuleRunsRequest__Output } from '../../../lethe/talents/v1/ListRuleRunsRequest';
import type { ListRuleRunsResponse as _lethe_talents_v1_ListRuleRunsResponse, ListRuleRunsResponse__Output as _lethe_talents_v1_ListRuleRunsResponse__Output } from '../../../lethe/talents/v1/ListRuleRunsResponse';
import type { ListRulesRequest as _lethe_talents_v1_ListRulesRequest, ListRulesRequest__Output as _lethe_talents_v1_ListRulesRequest__Output } from '../../../lethe/talents/v1/ListRulesRequest';
import type { ListRulesResponse as _lethe_talents_v1_ListRulesResponse, ListRulesResponse__Output as _lethe_talents_v1_ListRulesResponse__Output } from '../../../lethe/talents/v1/ListRulesResponse';
import type { ListTalentFormsRequest as _lethe_talents_v1_ListTalentFormsRequest, ListTalentFormsRequest__Output as _lethe_talents_v1_ListTalentFormsRequest__Output } from '../../../lethe/talents/v1/ListTalentFormsRequest';
import type { ListTalentFormsResponse as _lethe_talents_v1_ListTalentFormsResponse, ListTalentFormsResponse__Output as _lethe_talents_v1_ListTalentFormsResponse__Output } from '../../../lethe/talents/v1/ListTalentFormsResponse';
import type { ListTalentNotesRequest as _lethe_talents_v1_ListTalentNotesRequest, ListTalentNotesRequest__Output as _lethe_talents_v1_ListTalentNotesRequest__Output } from '../../../lethe/talents/v1/ListTalentNotesRequest';
import type { ListTalentNotesResponse as _lethe_talents_v1_ListTalentNotesResponse, ListTalentNotesResponse__Output as _lethe_talents_v1_ListTalentNotesResponse__Output } from '../../../lethe/talents/v1/ListTalentNotesResponse';
import type { ListTalentsRequest as _lethe_talents_v1_ListTalentsRequest, ListTalentsRequest__Output as _lethe_talents_v1_ListTalentsRequest__Output } from '../../../lethe/talents/v1/ListTalentsRequest';
import type { ListTalentsResponse as _lethe_talents_v1_ListTalentsResponse, ListTalentsResponse__Output as _lethe_talents_v1_ListTalentsResponse__Output } from '../../../lethe/talents/v1/ListTalentsResponse';
import type { Pool as _lethe_talents_v1_Pool, Pool__Output as _lethe_talents_v1_Pool__Output } from '../../../lethe/talents/v1/Pool';
import type { Reminder as _lethe_talents_v1_Reminder, Reminder__Output as _lethe_talents_v1_Reminder__Output } from '../../../lethe/talents/v1/Reminder';
import type { RequestFollowUpRequest as _lethe_talents_v1_RequestFollowUpRequest, RequestFollowUpRequest__Output as _lethe_talents_v1_RequestFollowUpRequest__Output } from '../../../lethe/talents/v1/RequestFollowUpRequest';
import type { Rule as _lethe_talents_v1_Rule, Rule__Output as _lethe_talents_v1_Rule__Output } from '../../../lethe/talents/v1/Rule';
import type { SendApplicationToAtsRequest as _lethe_talents_v1_SendApplicationToAtsRequest, SendApplicationToAtsRequest__Output as _lethe_talents_v1_SendApplicationToAtsRequest__Output } from '../../../lethe/talents/v1/SendApplicationToAtsRequest';
import type { StartTalentImportRequest as _lethe_talents_v1_StartTalentImportRequest, StartTalentImportRequest__Output as _lethe_talents_v1_StartTalentImportRequest__Output } from '../../../lethe/talents/v1/StartTalentImportRequest';
import type { Talent as _lethe_talents_v1_Talent, Talent__Output as _lethe_talents_v1_Talent__Output } from '../../../lethe/talents/v1/Talent';
import type { TalentContact as _lethe_talents_v1_TalentContact, TalentContact__Output as _lethe_talents_v1_TalentContact__Output } from '../../../lethe/talents/v1/TalentContact';
import type { TalentForm as _lethe_talents_v1_TalentForm, TalentForm__Output as _lethe_talents_v1_TalentForm__Output } from '../../../lethe/talents/v1/TalentForm';
import type { TalentImport as _lethe_talents_v1_TalentImport, TalentImport__Output as _lethe_talents_v1_TalentImport__Output } from '../../../lethe/talents/v1/TalentImport';
import type { TalentLink as _lethe_talents_v1_TalentLink, TalentLink__Output as _lethe_talents_v1_TalentLink__Output } from '../../../lethe/talents/v1/TalentLink';
import type { TalentNote as _lethe_talents_v1_TalentNote, TalentNote__Output as _lethe_talents_v1_TalentNote__Output } from '../../../lethe/talents/v1/TalentNote';
import type { TalentSettings as _lethe_talents_v1_TalentSettings, TalentSettings__Output as _lethe_talents_v1_TalentSettings__Output } from '../../../lethe/talents/v1/TalentSettings';
import type { TalentsFile as _lethe_talents_v1_TalentsFile, TalentsFile__Output as _lethe_talents_v1_TalentsFile__Output } from '../../../lethe/talents/v1/TalentsFile';
import type { UpdateRuleRequest as _lethe_talents_v1_UpdateRuleRequest, UpdateRuleRequest__Output as _lethe_talents_v1_UpdateRuleRequest__Output } from '../../../lethe/talents/v1/UpdateRuleRequest';
import type { UpdateTalentFormRequest as _lethe_talents_v1_UpdateTalentFormRequest, UpdateTalentFormRequest__Output as _lethe_talents_v1_UpdateTalentFormRequest__Output } from '../../../lethe/talents/v1/UpdateTalentFormRequest';
import type { UpdateTalentRequest as _lethe_talents_v1_UpdateTalentRequest, UpdateTalentRequest__Output as _lethe_talents_v1_UpdateTalentRequest__Output } from '../../../lethe/talents/v1/UpdateTalentRequest';
import type { UpdateTalentSettingsRequest as _lethe_talents_v1_UpdateTalentSettingsRequest, UpdateTalentSettingsRequest__Output as _lethe_talents_v1_UpdateTalentSettingsRequest__Output } from '../../../lethe/talents/v1/UpdateTalentSettingsRequest';

export interface TalentCrmServiceClient extends grpc.Client {
  AddTalentNote(argument: _lethe_talents_v1_AddTalentNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentNote__Output>): grpc.ClientUnaryCall;
  AddTalentNote(argument: _lethe_talents_v1_AddTalentNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentNote__Output>): grpc.ClientUnaryCall;
  AddTalentNote(argument: _lethe_talents_v1_AddTalentNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentNote__Output>): grpc.ClientUnaryCall;
  AddTalentNote(argument: _lethe_talents_v1_AddTalentNoteRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentNote__Output>): grpc.ClientUnaryCall;
  addTalentNote(argument: _lethe_talents_v1_AddTalentNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentNote__Output>): grpc.ClientUnaryCall;
  addTalentNote(argument: _lethe_talents_v1_AddTalentNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentNote__Output>): grpc.ClientUnaryCall;
  addTalentNote(argument: _lethe_talents_v1_AddTalentNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentNote__Output>): grpc.ClientUnaryCall;
  addTalentNote(argument: _lethe_talents_v1_AddTalentNoteRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentNote__Output>): grpc.ClientUnaryCall;
  
  AssignTalentToJob(argument: _lethe_talents_v1_AssignTalentToJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  AssignTalentToJob(argument: _lethe_talents_v1_AssignTalentToJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  AssignTalentToJob(argument: _lethe_talents_v1_AssignTalentToJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  AssignTalentToJob(argument: _lethe_talents_v1_AssignTalentToJobRequest, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  assignTalentToJob(argument: _lethe_talents_v1_AssignTalentToJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  assignTalentToJob(argument: _lethe_talents_v1_AssignTalentToJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  assignTalentToJob(argument: _lethe_talents_v1_AssignTalentToJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  assignTalentToJob(argument: _lethe_talents_v1_AssignTalentToJobRequest, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  
  CancelReminder(argument: _lethe_talents_v1_CancelReminderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  CancelReminder(argument: _lethe_talents_v1_CancelReminderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  CancelReminder(argument: _lethe_talents_v1_CancelReminderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  CancelReminder(argument: _lethe_talents_v1_CancelReminderRequest, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  cancelReminder(argument: _lethe_talents_v1_CancelReminderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  cancelReminder(argument: _lethe_talents_v1_CancelReminderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  cancelReminder(argument: _lethe_talents_v1_CancelReminderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  cancelReminder(argument: _lethe_talents_v1_CancelReminderRequest, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  
  CompleteReminder(argument: _lethe_talents_v1_CompleteReminderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  CompleteReminder(argument: _lethe_talents_v1_CompleteReminderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  CompleteReminder(argument: _lethe_talents_v1_CompleteReminderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  CompleteReminder(argument: _lethe_talents_v1_CompleteReminderRequest, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  completeReminder(argument: _lethe_talents_v1_CompleteReminderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  completeReminder(argument: _lethe_talents_v1_CompleteReminderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  completeReminder(argument: _lethe_talents_v1_CompleteReminderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  completeReminder(argument: _lethe_talents_v1_CompleteReminderRequest, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  
  CreatePool(argument: _lethe_talents_v1_CreatePoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Pool__Output>): grpc.ClientUnaryCall;
  CreatePool(argument: _lethe_talents_v1_CreatePoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Pool__Output>): grpc.ClientUnaryCall;
  CreatePool(argument: _lethe_talents_v1_CreatePoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Pool__Output>): grpc.ClientUnaryCall;
  CreatePool(argument: _lethe_talents_v1_CreatePoolRequest, callback: grpc.requestCallback<_lethe_talents_v1_Pool__Output>): grpc.ClientUnaryCall;
  createPool(argument: _lethe_talents_v1_CreatePoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Pool__Output>): grpc.ClientUnaryCall;
  createPool(argument: _lethe_talents_v1_CreatePoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Pool__Output>): grpc.ClientUnaryCall;
  createPool(argument: _lethe_talents_v1_CreatePoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Pool__Output>): grpc.ClientUnaryCall;
  createPool(argument: _lethe_talents_v1_CreatePoolRequest, callback: grpc.requestCallback<_lethe_talents_v1_Pool__Output>): grpc.ClientUnaryCall;
  
  CreateReminder(argument: _lethe_talents_v1_CreateReminderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  CreateReminder(argument: _lethe_talents_v1_CreateReminderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  CreateReminder(argument: _lethe_talents_v1_CreateReminderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  CreateReminder(argument: _lethe_talents_v1_CreateReminderRequest, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  createReminder(argument: _lethe_talents_v1_CreateReminderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  createReminder(argument: _lethe_talents_v1_CreateReminderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  createReminder(argument: _lethe_talents_v1_CreateReminderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  createReminder(argument: _lethe_talents_v1_CreateReminderRequest, callback: grpc.requestCallback<_lethe_talents_v1_Reminder__Output>): grpc.ClientUnaryCall;
  
  CreateRule(argument: _lethe_talents_v1_CreateRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  CreateRule(argument: _lethe_talents_v1_CreateRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  CreateRule(argument: _lethe_talents_v1_CreateRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  CreateRule(argument: _lethe_talents_v1_CreateRuleRequest, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  createRule(argument: _lethe_talents_v1_CreateRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  createRule(argument: _lethe_talents_v1_CreateRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  createRule(argument: _lethe_talents_v1_CreateRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  createRule(argument: _lethe_talents_v1_CreateRuleRequest, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  
  CreateTalent(argument: _lethe_talents_v1_CreateTalentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  CreateTalent(argument: _lethe_talents_v1_CreateTalentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  CreateTalent(argument: _lethe_talents_v1_CreateTalentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  CreateTalent(argument: _lethe_talents_v1_CreateTalentRequest, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  createTalent(argument: _lethe_talents_v1_CreateTalentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  createTalent(argument: _lethe_talents_v1_CreateTalentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  createTalent(argument: _lethe_talents_v1_CreateTalentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  createTalent(argument: _lethe_talents_v1_CreateTalentRequest, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  
  CreateTalentForm(argument: _lethe_talents_v1_CreateTalentFormRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  CreateTalentForm(argument: _lethe_talents_v1_CreateTalentFormRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  CreateTalentForm(argument: _lethe_talents_v1_CreateTalentFormRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  CreateTalentForm(argument: _lethe_talents_v1_CreateTalentFormRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  createTalentForm(argument: _lethe_talents_v1_CreateTalentFormRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  createTalentForm(argument: _lethe_talents_v1_CreateTalentFormRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  createTalentForm(argument: _lethe_talents_v1_CreateTalentFormRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  createTalentForm(argument: _lethe_talents_v1_CreateTalentFormRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  
  DeleteRule(argument: _lethe_talents_v1_DeleteRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  DeleteRule(argument: _lethe_talents_v1_DeleteRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  DeleteRule(argument: _lethe_talents_v1_DeleteRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  DeleteRule(argument: _lethe_talents_v1_DeleteRuleRequest, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  deleteRule(argument: _lethe_talents_v1_DeleteRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  deleteRule(argument: _lethe_talents_v1_DeleteRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  deleteRule(argument: _lethe_talents_v1_DeleteRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  deleteRule(argument: _lethe_talents_v1_DeleteRuleRequest, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  
  ExportTalents(argument: _lethe_talents_v1_ExportTalentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentsFile__Output>): grpc.ClientUnaryCall;
  ExportTalents(argument: _lethe_talents_v1_ExportTalentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentsFile__Output>): grpc.ClientUnaryCall;
  ExportTalents(argument: _lethe_talents_v1_ExportTalentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentsFile__Output>): grpc.ClientUnaryCall;
  ExportTalents(argument: _lethe_talents_v1_ExportTalentsRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentsFile__Output>): grpc.ClientUnaryCall;
  exportTalents(argument: _lethe_talents_v1_ExportTalentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentsFile__Output>): grpc.ClientUnaryCall;
  exportTalents(argument: _lethe_talents_v1_ExportTalentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentsFile__Output>): grpc.ClientUnaryCall;
  exportTalents(argument: _lethe_talents_v1_ExportTalentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentsFile__Output>): grpc.ClientUnaryCall;
  exportTalents(argument: _lethe_talents_v1_ExportTalentsRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentsFile__Output>): grpc.ClientUnaryCall;
  
  GetTalent(argument: _lethe_talents_v1_GetTalentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  GetTalent(argument: _lethe_talents_v1_GetTalentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  GetTalent(argument: _lethe_talents_v1_GetTalentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  GetTalent(argument: _lethe_talents_v1_GetTalentRequest, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  getTalent(argument: _lethe_talents_v1_GetTalentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  getTalent(argument: _lethe_talents_v1_GetTalentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  getTalent(argument: _lethe_talents_v1_GetTalentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  getTalent(argument: _lethe_talents_v1_GetTalentRequest, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  
  GetTalentContact(argument: _lethe_talents_v1_GetTalentContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentContact__Output>): grpc.ClientUnaryCall;
  GetTalentContact(argument: _lethe_talents_v1_GetTalentContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentContact__Output>): grpc.ClientUnaryCall;
  GetTalentContact(argument: _lethe_talents_v1_GetTalentContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentContact__Output>): grpc.ClientUnaryCall;
  GetTalentContact(argument: _lethe_talents_v1_GetTalentContactRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentContact__Output>): grpc.ClientUnaryCall;
  getTalentContact(argument: _lethe_talents_v1_GetTalentContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentContact__Output>): grpc.ClientUnaryCall;
  getTalentContact(argument: _lethe_talents_v1_GetTalentContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentContact__Output>): grpc.ClientUnaryCall;
  getTalentContact(argument: _lethe_talents_v1_GetTalentContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentContact__Output>): grpc.ClientUnaryCall;
  getTalentContact(argument: _lethe_talents_v1_GetTalentContactRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentContact__Output>): grpc.ClientUnaryCall;
  
  GetTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  GetTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  GetTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  GetTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  getTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  getTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  getTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  getTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  
  GetTalentSettings(argument: _lethe_talents_v1_GetTalentSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  GetTalentSettings(argument: _lethe_talents_v1_GetTalentSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  GetTalentSettings(argument: _lethe_talents_v1_GetTalentSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  GetTalentSettings(argument: _lethe_talents_v1_GetTalentSettingsRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  getTalentSettings(argument: _lethe_talents_v1_GetTalentSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  getTalentSettings(argument: _lethe_talents_v1_GetTalentSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  getTalentSettings(argument: _lethe_talents_v1_GetTalentSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  getTalentSettings(argument: _lethe_talents_v1_GetTalentSettingsRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  
  IssueTalentLink(argument: _lethe_talents_v1_IssueTalentLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentLink__Output>): grpc.ClientUnaryCall;
  IssueTalentLink(argument: _lethe_talents_v1_IssueTalentLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentLink__Output>): grpc.ClientUnaryCall;
  IssueTalentLink(argument: _lethe_talents_v1_IssueTalentLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentLink__Output>): grpc.ClientUnaryCall;
  IssueTalentLink(argument: _lethe_talents_v1_IssueTalentLinkRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentLink__Output>): grpc.ClientUnaryCall;
  issueTalentLink(argument: _lethe_talents_v1_IssueTalentLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentLink__Output>): grpc.ClientUnaryCall;
  issueTalentLink(argument: _lethe_talents_v1_IssueTalentLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentLink__Output>): grpc.ClientUnaryCall;
  issueTalentLink(argument: _lethe_talents_v1_IssueTalentLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentLink__Output>): grpc.ClientUnaryCall;
  issueTalentLink(argument: _lethe_talents_v1_IssueTalentLinkRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentLink__Output>): grpc.ClientUnaryCall;
  
  ListAtsJobs(argument: _lethe_talents_v1_ListAtsJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListAtsJobsResponse__Output>): grpc.ClientUnaryCall;
  ListAtsJobs(argument: _lethe_talents_v1_ListAtsJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListAtsJobsResponse__Output>): grpc.ClientUnaryCall;
  ListAtsJobs(argument: _lethe_talents_v1_ListAtsJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListAtsJobsResponse__Output>): grpc.ClientUnaryCall;
  ListAtsJobs(argument: _lethe_talents_v1_ListAtsJobsRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListAtsJobsResponse__Output>): grpc.ClientUnaryCall;
  listAtsJobs(argument: _lethe_talents_v1_ListAtsJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListAtsJobsResponse__Output>): grpc.ClientUnaryCall;
  listAtsJobs(argument: _lethe_talents_v1_ListAtsJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListAtsJobsResponse__Output>): grpc.ClientUnaryCall;
  listAtsJobs(argument: _lethe_talents_v1_ListAtsJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListAtsJobsResponse__Output>): grpc.ClientUnaryCall;
  listAtsJobs(argument: _lethe_talents_v1_ListAtsJobsRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListAtsJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPools(argument: _lethe_talents_v1_ListPoolsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListPoolsResponse__Output>): grpc.ClientUnaryCall;
  ListPools(argument: _lethe_talents_v1_ListPoolsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListPoolsResponse__Output>): grpc.ClientUnaryCall;
  ListPools(argument: _lethe_talents_v1_ListPoolsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListPoolsResponse__Output>): grpc.ClientUnaryCall;
  ListPools(argument: _lethe_talents_v1_ListPoolsRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListPoolsResponse__Output>): grpc.ClientUnaryCall;
  listPools(argument: _lethe_talents_v1_ListPoolsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListPoolsResponse__Output>): grpc.ClientUnaryCall;
  listPools(argument: _lethe_talents_v1_ListPoolsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListPoolsResponse__Output>): grpc.ClientUnaryCall;
  listPools(argument: _lethe_talents_v1_ListPoolsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListPoolsResponse__Output>): grpc.ClientUnaryCall;
  listPools(argument: _lethe_talents_v1_ListPoolsRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListPoolsResponse__Output>): grpc.ClientUnaryCall;
  
  ListReminders(argument: _lethe_talents_v1_ListRemindersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRemindersResponse__Output>): grpc.ClientUnaryCall;
  ListReminders(argument: _lethe_talents_v1_ListRemindersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListRemindersResponse__Output>): grpc.ClientUnaryCall;
  ListReminders(argument: _lethe_talents_v1_ListRemindersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRemindersResponse__Output>): grpc.ClientUnaryCall;
  ListReminders(argument: _lethe_talents_v1_ListRemindersRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListRemindersResponse__Output>): grpc.ClientUnaryCall;
  listReminders(argument: _lethe_talents_v1_ListRemindersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRemindersResponse__Output>): grpc.ClientUnaryCall;
  listReminders(argument: _lethe_talents_v1_ListRemindersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListRemindersResponse__Output>): grpc.ClientUnaryCall;
  listReminders(argument: _lethe_talents_v1_ListRemindersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRemindersResponse__Output>): grpc.ClientUnaryCall;
  listReminders(argument: _lethe_talents_v1_ListRemindersRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListRemindersResponse__Output>): grpc.ClientUnaryCall;
  
  ListRuleRuns(argument: _lethe_talents_v1_ListRuleRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRuleRunsResponse__Output>): grpc.ClientUnaryCall;
  ListRuleRuns(argument: _lethe_talents_v1_ListRuleRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListRuleRunsResponse__Output>): grpc.ClientUnaryCall;
  ListRuleRuns(argument: _lethe_talents_v1_ListRuleRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRuleRunsResponse__Output>): grpc.ClientUnaryCall;
  ListRuleRuns(argument: _lethe_talents_v1_ListRuleRunsRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListRuleRunsResponse__Output>): grpc.ClientUnaryCall;
  listRuleRuns(argument: _lethe_talents_v1_ListRuleRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRuleRunsResponse__Output>): grpc.ClientUnaryCall;
  listRuleRuns(argument: _lethe_talents_v1_ListRuleRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListRuleRunsResponse__Output>): grpc.ClientUnaryCall;
  listRuleRuns(argument: _lethe_talents_v1_ListRuleRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRuleRunsResponse__Output>): grpc.ClientUnaryCall;
  listRuleRuns(argument: _lethe_talents_v1_ListRuleRunsRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListRuleRunsResponse__Output>): grpc.ClientUnaryCall;
  
  ListRules(argument: _lethe_talents_v1_ListRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  ListRules(argument: _lethe_talents_v1_ListRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  ListRules(argument: _lethe_talents_v1_ListRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  ListRules(argument: _lethe_talents_v1_ListRulesRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  listRules(argument: _lethe_talents_v1_ListRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  listRules(argument: _lethe_talents_v1_ListRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  listRules(argument: _lethe_talents_v1_ListRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  listRules(argument: _lethe_talents_v1_ListRulesRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListRulesResponse__Output>): grpc.ClientUnaryCall;
  
  ListTalentForms(argument: _lethe_talents_v1_ListTalentFormsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentFormsResponse__Output>): grpc.ClientUnaryCall;
  ListTalentForms(argument: _lethe_talents_v1_ListTalentFormsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentFormsResponse__Output>): grpc.ClientUnaryCall;
  ListTalentForms(argument: _lethe_talents_v1_ListTalentFormsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentFormsResponse__Output>): grpc.ClientUnaryCall;
  ListTalentForms(argument: _lethe_talents_v1_ListTalentFormsRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentFormsResponse__Output>): grpc.ClientUnaryCall;
  listTalentForms(argument: _lethe_talents_v1_ListTalentFormsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentFormsResponse__Output>): grpc.ClientUnaryCall;
  listTalentForms(argument: _lethe_talents_v1_ListTalentFormsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentFormsResponse__Output>): grpc.ClientUnaryCall;
  listTalentForms(argument: _lethe_talents_v1_ListTalentFormsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentFormsResponse__Output>): grpc.ClientUnaryCall;
  listTalentForms(argument: _lethe_talents_v1_ListTalentFormsRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentFormsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTalentNotes(argument: _lethe_talents_v1_ListTalentNotesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentNotesResponse__Output>): grpc.ClientUnaryCall;
  ListTalentNotes(argument: _lethe_talents_v1_ListTalentNotesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentNotesResponse__Output>): grpc.ClientUnaryCall;
  ListTalentNotes(argument: _lethe_talents_v1_ListTalentNotesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentNotesResponse__Output>): grpc.ClientUnaryCall;
  ListTalentNotes(argument: _lethe_talents_v1_ListTalentNotesRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentNotesResponse__Output>): grpc.ClientUnaryCall;
  listTalentNotes(argument: _lethe_talents_v1_ListTalentNotesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentNotesResponse__Output>): grpc.ClientUnaryCall;
  listTalentNotes(argument: _lethe_talents_v1_ListTalentNotesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentNotesResponse__Output>): grpc.ClientUnaryCall;
  listTalentNotes(argument: _lethe_talents_v1_ListTalentNotesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentNotesResponse__Output>): grpc.ClientUnaryCall;
  listTalentNotes(argument: _lethe_talents_v1_ListTalentNotesRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentNotesResponse__Output>): grpc.ClientUnaryCall;
  
  ListTalents(argument: _lethe_talents_v1_ListTalentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentsResponse__Output>): grpc.ClientUnaryCall;
  ListTalents(argument: _lethe_talents_v1_ListTalentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentsResponse__Output>): grpc.ClientUnaryCall;
  ListTalents(argument: _lethe_talents_v1_ListTalentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentsResponse__Output>): grpc.ClientUnaryCall;
  ListTalents(argument: _lethe_talents_v1_ListTalentsRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentsResponse__Output>): grpc.ClientUnaryCall;
  listTalents(argument: _lethe_talents_v1_ListTalentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentsResponse__Output>): grpc.ClientUnaryCall;
  listTalents(argument: _lethe_talents_v1_ListTalentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentsResponse__Output>): grpc.ClientUnaryCall;
  listTalents(argument: _lethe_talents_v1_ListTalentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentsResponse__Output>): grpc.ClientUnaryCall;
  listTalents(argument: _lethe_talents_v1_ListTalentsRequest, callback: grpc.requestCallback<_lethe_talents_v1_ListTalentsResponse__Output>): grpc.ClientUnaryCall;
  
  RequestFollowUp(argument: _lethe_talents_v1_RequestFollowUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_FollowUpRequest__Output>): grpc.ClientUnaryCall;
  RequestFollowUp(argument: _lethe_talents_v1_RequestFollowUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_FollowUpRequest__Output>): grpc.ClientUnaryCall;
  RequestFollowUp(argument: _lethe_talents_v1_RequestFollowUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_FollowUpRequest__Output>): grpc.ClientUnaryCall;
  RequestFollowUp(argument: _lethe_talents_v1_RequestFollowUpRequest, callback: grpc.requestCallback<_lethe_talents_v1_FollowUpRequest__Output>): grpc.ClientUnaryCall;
  requestFollowUp(argument: _lethe_talents_v1_RequestFollowUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_FollowUpRequest__Output>): grpc.ClientUnaryCall;
  requestFollowUp(argument: _lethe_talents_v1_RequestFollowUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_FollowUpRequest__Output>): grpc.ClientUnaryCall;
  requestFollowUp(argument: _lethe_talents_v1_RequestFollowUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_FollowUpRequest__Output>): grpc.ClientUnaryCall;
  requestFollowUp(argument: _lethe_talents_v1_RequestFollowUpRequest, callback: grpc.requestCallback<_lethe_talents_v1_FollowUpRequest__Output>): grpc.ClientUnaryCall;
  
  SendApplicationToAts(argument: _lethe_talents_v1_SendApplicationToAtsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  SendApplicationToAts(argument: _lethe_talents_v1_SendApplicationToAtsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  SendApplicationToAts(argument: _lethe_talents_v1_SendApplicationToAtsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  SendApplicationToAts(argument: _lethe_talents_v1_SendApplicationToAtsRequest, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  sendApplicationToAts(argument: _lethe_talents_v1_SendApplicationToAtsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  sendApplicationToAts(argument: _lethe_talents_v1_SendApplicationToAtsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  sendApplicationToAts(argument: _lethe_talents_v1_SendApplicationToAtsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  sendApplicationToAts(argument: _lethe_talents_v1_SendApplicationToAtsRequest, callback: grpc.requestCallback<_lethe_talents_v1_JobAssignment__Output>): grpc.ClientUnaryCall;
  
  StartTalentImport(argument: _lethe_talents_v1_StartTalentImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  StartTalentImport(argument: _lethe_talents_v1_StartTalentImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  StartTalentImport(argument: _lethe_talents_v1_StartTalentImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  StartTalentImport(argument: _lethe_talents_v1_StartTalentImportRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  startTalentImport(argument: _lethe_talents_v1_StartTalentImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  startTalentImport(argument: _lethe_talents_v1_StartTalentImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  startTalentImport(argument: _lethe_talents_v1_StartTalentImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  startTalentImport(argument: _lethe_talents_v1_StartTalentImportRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentImport__Output>): grpc.ClientUnaryCall;
  
  UpdateRule(argument: _lethe_talents_v1_UpdateRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  UpdateRule(argument: _lethe_talents_v1_UpdateRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  UpdateRule(argument: _lethe_talents_v1_UpdateRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  UpdateRule(argument: _lethe_talents_v1_UpdateRuleRequest, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  updateRule(argument: _lethe_talents_v1_UpdateRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  updateRule(argument: _lethe_talents_v1_UpdateRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  updateRule(argument: _lethe_talents_v1_UpdateRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  updateRule(argument: _lethe_talents_v1_UpdateRuleRequest, callback: grpc.requestCallback<_lethe_talents_v1_Rule__Output>): grpc.ClientUnaryCall;
  
  UpdateTalent(argument: _lethe_talents_v1_UpdateTalentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  UpdateTalent(argument: _lethe_talents_v1_UpdateTalentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  UpdateTalent(argument: _lethe_talents_v1_UpdateTalentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  UpdateTalent(argument: _lethe_talents_v1_UpdateTalentRequest, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  updateTalent(argument: _lethe_talents_v1_UpdateTalentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  updateTalent(argument: _lethe_talents_v1_UpdateTalentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  updateTalent(argument: _lethe_talents_v1_UpdateTalentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  updateTalent(argument: _lethe_talents_v1_UpdateTalentRequest, callback: grpc.requestCallback<_lethe_talents_v1_Talent__Output>): grpc.ClientUnaryCall;
  
  UpdateTalentForm(argument: _lethe_talents_v1_UpdateTalentFormRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  UpdateTalentForm(argument: _lethe_talents_v1_UpdateTalentFormRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  UpdateTalentForm(argument: _lethe_talents_v1_UpdateTalentFormRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  UpdateTalentForm(argument: _lethe_talents_v1_UpdateTalentFormRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  updateTalentForm(argument: _lethe_talents_v1_UpdateTalentFormRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  updateTalentForm(argument: _lethe_talents_v1_UpdateTalentFormRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  updateTalentForm(argument: _lethe_talents_v1_UpdateTalentFormRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  updateTalentForm(argument: _lethe_talents_v1_UpdateTalentFormRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentForm__Output>): grpc.ClientUnaryCall;
  
  UpdateTalentSettings(argument: _lethe_talents_v1_UpdateTalentSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  UpdateTalentSettings(argument: _lethe_talents_v1_UpdateTalentSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  UpdateTalentSettings(argument: _lethe_talents_v1_UpdateTalentSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  UpdateTalentSettings(argument: _lethe_talents_v1_UpdateTalentSettingsRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  updateTalentSettings(argument: _lethe_talents_v1_UpdateTalentSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  updateTalentSettings(argument: _lethe_talents_v1_UpdateTalentSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  updateTalentSettings(argument: _lethe_talents_v1_UpdateTalentSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  updateTalentSettings(argument: _lethe_talents_v1_UpdateTalentSettingsRequest, callback: grpc.requestCallback<_lethe_talents_v1_TalentSettings__Output>): grpc.ClientUnaryCall;
  
  WatchTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_talents_v1_TalentImport__Output>;
  WatchTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_talents_v1_TalentImport__Output>;
  watchTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_talents_v1_TalentImport__Output>;
  watchTalentImport(argument: _lethe_talents_v1_GetTalentImportRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_lethe_talents_v1_TalentImport__Output>;
  
}

export interface TalentCrmServiceHandlers extends grpc.UntypedServiceImplementation {
  AddTalentNote: grpc.handleUnaryCall<_lethe_talents_v1_AddTalentNoteRequest__Output, _lethe_talents_v1_TalentNote>;
  
  AssignTalentToJob: grpc.handleUnaryCall<_lethe_talents_v1_AssignTalentToJobRequest__Output, _lethe_talents_v1_JobAssignment>;
  
  CancelReminder: grpc.handleUnaryCall<_lethe_talents_v1_CancelReminderRequest__Output, _lethe_talents_v1_Reminder>;
  
  CompleteReminder: grpc.handleUnaryCall<_lethe_talents_v1_CompleteReminderRequest__Output, _lethe_talents_v1_Reminder>;
  
  CreatePool: grpc.handleUnaryCall<_lethe_talents_v1_CreatePoolRequest__Output, _lethe_talents_v1_Pool>;
  
  CreateReminder: grpc.handleUnaryCall<_lethe_talents_v1_CreateReminderRequest__Output, _lethe_talents_v1_Reminder>;
  
  CreateRule: grpc.handleUnaryCall<_lethe_talents_v1_CreateRuleRequest__Output, _lethe_talents_v1_Rule>;
  
  CreateTalent: grpc.handleUnaryCall<_lethe_talents_v1_CreateTalentRequest__Output, _lethe_talents_v1_Talent>;
  
  CreateTalentForm: grpc.handleUnaryCall<_lethe_talents_v1_CreateTalentFormRequest__Output, _lethe_talents_v1_TalentForm>;
  
  DeleteRule: grpc.handleUnaryCall<_lethe_talents_v1_DeleteRuleRequest__Output, _lethe_talents_v1_Rule>;
  
  ExportTalents: grpc.handleUnaryCall<_lethe_talents_v1_ExportTalentsRequest__Output, _lethe_talents_v1_TalentsFile>;
  
  GetTalent: grpc.handleUnaryCall<_lethe_talents_v1_GetTalentRequest__Output, _lethe_talents_v1_Talent>;
  
  GetTalentContact: grpc.handleUnaryCall<_lethe_talents_v1_GetTalentContactRequest__Output, _lethe_talents_v1_TalentContact>;
  
  GetTalentImport: grpc.handleUnaryCall<_lethe_talents_v1_GetTalentImportRequest__Output, _lethe_talents_v1_TalentImport>;
  
  GetTalentSettings: grpc.handleUnaryCall<_lethe_talents_v1_GetTalentSettingsRequest__Output, _lethe_talents_v1_TalentSettings>;
  
  IssueTalentLink: grpc.handleUnaryCall<_lethe_talents_v1_IssueTalentLinkRequest__Output, _lethe_talents_v1_TalentLink>;
  
  ListAtsJobs: grpc.handleUnaryCall<_lethe_talents_v1_ListAtsJobsRequest__Output, _lethe_talents_v1_ListAtsJobsResponse>;
  
  ListPools: grpc.handleUnaryCall<_lethe_talents_v1_ListPoolsRequest__Output, _lethe_talents_v1_ListPoolsResponse>;
  
  ListReminders: grpc.handleUnaryCall<_lethe_talents_v1_ListRemindersRequest__Output, _lethe_talents_v1_ListRemindersResponse>;
  
  ListRuleRuns: grpc.handleUnaryCall<_lethe_talents_v1_ListRuleRunsRequest__Output, _lethe_talents_v1_ListRuleRunsResponse>;
  
  ListRules: grpc.handleUnaryCall<_lethe_talents_v1_ListRulesRequest__Output, _lethe_talents_v1_ListRulesResponse>;
  
  ListTalentForms: grpc.handleUnaryCall<_lethe_talents_v1_ListTalentFormsRequest__Output, _lethe_talents_v1_ListTalentFormsResponse>;
  
  ListTalentNotes: grpc.handleUnaryCall<_lethe_talents_v1_ListTalentNotesRequest__Output, _lethe_talents_v1_ListTalentNotesResponse>;
  
  ListTalents: grpc.handleUnaryCall<_lethe_talents_v1_ListTalentsRequest__Output, _lethe_talents_v1_ListTalentsResponse>;
  
  RequestFollowUp: grpc.handleUnaryCall<_lethe_talents_v1_RequestFollowUpRequest__Output, _lethe_talents_v1_FollowUpRequest>;
  
  SendApplicationToAts: grpc.handleUnaryCall<_lethe_talents_v1_SendApplicationToAtsRequest__Output, _lethe_talents_v1_JobAssignment>;
  
  StartTalentImport: grpc.handleUnaryCall<_lethe_talents_v1_StartTalentImportRequest__Output, _lethe_talents_v1_TalentImport>;
  
  UpdateRule: grpc.handleUnaryCall<_lethe_talents_v1_UpdateRuleRequest__Output, _lethe_talents_v1_Rule>;
  
  UpdateTalent: grpc.handleUnaryCall<_lethe_talents_v1_UpdateTalentRequest__Output, _lethe_talents_v1_Talent>;
  
  UpdateTalentForm: grpc.handleUnaryCall<_lethe_talents_v1_UpdateTalentFormRequest__Output, _lethe_talents_v1_TalentForm>;
  
  UpdateTalentSettings: grpc.handleUnaryCall<_lethe_talents_v1_UpdateTalentSettingsRequest__Output, _lethe_talents_v1_TalentSettings>;
  
  WatchTalentImport: grpc.handleServerStreamingCall<_lethe_talents_v1_GetTalentImportRequest__Output, _lethe_talents_v1_TalentImport>;
  
}

export interface TalentCrmServiceDefinition extends grpc.ServiceDefinition {
  AddTalentNote: MethodDefinition<_lethe_talents_v1_AddTalentNoteRequest, _lethe_talents_v1_TalentNote, _lethe_talents_v1_AddTalentNoteRequest__Output, _lethe_talents_v1_TalentNote__Output>
  AssignTalentToJob: MethodDefinition<_lethe_talents_v1_AssignTalentToJobRequest, _lethe_talents_v1_JobAssignment, _lethe_talents_v1_AssignTalentToJobRequest__Output, _lethe_talents_v1_JobAssignment__Output>
  CancelReminder: MethodDefinition<_lethe_talents_v1_CancelReminderRequest, _lethe_talents_v1_Reminder, _lethe_talents_v1_CancelReminderRequest__Output, _lethe_talents_v1_Reminder__Output>
  CompleteReminder: MethodDefinition<_lethe_talents_v1_CompleteReminderRequest, _lethe_talents_v1_Reminder, _lethe_talents_v1_CompleteReminderRequest__Output, _lethe_talents_v1_Reminder__Output>
  CreatePool: MethodDefinition<_lethe_talents_v1_CreatePoolRequest, _lethe_talents_v1_Pool, _lethe_talents_v1_CreatePoolRequest__Output, _lethe_talents_v1_Pool__Output>
  CreateReminder: MethodDefinition<_lethe_talents_v1_CreateReminderRequest, _lethe_talents_v1_Reminder, _lethe_talents_v1_CreateReminderRequest__Output, _lethe_talents_v1_Reminder__Output>
  CreateRule: MethodDefinition<_lethe_talents_v1_CreateRuleRequest, _lethe_talents_v1_Rule, _lethe_talents_v1_CreateRuleRequest__Output, _lethe_talents_v1_Rule__Output>
  CreateTalent: MethodDefinition<_lethe_talents_v1_CreateTalentRequest, _lethe_talents_v1_Talent, _lethe_talents_v1_CreateTalentRequest__Output, _lethe_talents_v1_Talent__Output>
  CreateTalentForm: MethodDefinition<_lethe_talents_v1_CreateTalentFormRequest, _lethe_talents_v1_TalentForm, _lethe_talents_v1_CreateTalentFormRequest__Output, _lethe_talents_v1_TalentForm__Output>
  DeleteRule: MethodDefinition<_lethe_talents_v1_DeleteRuleRequest, _lethe_talents_v1_Rule, _lethe_talents_v1_DeleteRuleRequest__Output, _lethe_talents_v1_Rule__Output>
  ExportTalents: MethodDefinition<_lethe_talents_v1_ExportTalentsRequest, _lethe_talents_v1_TalentsFile, _lethe_talents_v1_ExportTalentsRequest__Output, _lethe_talents_v1_TalentsFile__Output>
  GetTalent: MethodDefinition<_lethe_talents_v1_GetTalentRequest, _lethe_talents_v1_Talent, _lethe_talents_v1_GetTalentRequest__Output, _lethe_talents_v1_Talent__Output>
  GetTalentContact: MethodDefinition<_lethe_talents_v1_GetTalentContactRequest, _lethe_talents_v1_TalentContact, _lethe_talents_v1_GetTalentContactRequest__Output, _lethe_talents_v1_TalentContact__Output>
  GetTalentImport: MethodDefinition<_lethe_talents_v1_GetTalentImportRequest, _lethe_talents_v1_TalentImport, _lethe_talents_v1_GetTalentImportRequest__Output, _lethe_talents_v1_TalentImport__Output>
  GetTalentSettings: MethodDefinition<_lethe_talents_v1_GetTalentSettingsRequest, _lethe_talents_v1_TalentSettings, _lethe_talents_v1_GetTalentSettingsRequest__Output, _lethe_talents_v1_TalentSettings__Output>
  IssueTalentLink: MethodDefinition<_lethe_talents_v1_IssueTalentLinkRequest, _lethe_talents_v1_TalentLink, _lethe_talents_v1_IssueTalentLinkRequest__Output, _lethe_talents_v1_TalentLink__Output>
  ListAtsJobs: MethodDefinition<_lethe_talents_v1_ListAtsJobsRequest, _lethe_talents_v1_ListAtsJobsResponse, _lethe_talents_v1_ListAtsJobsRequest__Output, _lethe_talents_v1_ListAtsJobsResponse__Output>
  ListPools: MethodDefinition<_lethe_talents_v1_ListPoolsRequest, _lethe_talents_v1_ListPoolsResponse, _lethe_talents_v1_ListPoolsRequest__Output, _lethe_talents_v1_ListPoolsResponse__Output>
  ListReminders: MethodDefinition<_lethe_talents_v1_ListRemindersRequest, _lethe_talents_v1_ListRemindersResponse, _lethe_talents_v1_ListRemindersRequest__Output, _lethe_talents_v1_ListRemindersResponse__Output>
  ListRuleRuns: MethodDefinition<_lethe_talents_v1_ListRuleRunsRequest, _lethe_talents_v1_ListRuleRunsResponse, _lethe_talents_v1_ListRuleRunsRequest__Output, _lethe_talents_v1_ListRuleRunsResponse__Output>
  ListRules: MethodDefinition<_lethe_talents_v1_ListRulesRequest, _lethe_talents_v1_ListRulesResponse, _lethe_talents_v1_ListRulesRequest__Output, _lethe_talents_v1_ListRulesResponse__Output>
  ListTalentForms: MethodDefinition<_lethe_talents_v1_ListTalentFormsRequest, _lethe_talents_v1_ListTalentFormsResponse, _lethe_talents_v1_ListTalentFormsRequest__Output, _lethe_talents_v1_ListTalentFormsResponse__Output>
  ListTalentNotes: MethodDefinition<_lethe_talents_v1_ListTalentNotesRequest, _lethe_talents_v1_ListTalentNotesResponse, _lethe_talents_v1_ListTalentNotesRequest__Output, _lethe_talents_v1_ListTalentNotesResponse__Output>
  ListTalents: MethodDefinition<_lethe_talents_v1_ListTalentsRequest, _lethe_talents_v1_ListTalentsResponse, _lethe_talents_v1_ListTalentsRequest__Output, _lethe_talents_v1_ListTalentsResponse__Output>
  RequestFollowUp: MethodDefinition<_lethe_talents_v1_RequestFollowUpRequest, _lethe_talents_v1_FollowUpRequest, _lethe_talents_v1_RequestFollowUpRequest__Output, _lethe_talents_v1_FollowUpRequest__Output>
  SendApplicationToAts: MethodDefinition<_lethe_talents_v1_SendApplicationToAtsRequest, _lethe_talents_v1_JobAssignment, _lethe_talents_v1_SendApplicationToAtsRequest__Output, _lethe_talents_v1_JobAssignment__Output>
  StartTalentImport: MethodDefinition<_lethe_talents_v1_StartTalentImportRequest, _lethe_talents_v1_TalentImport, _lethe_talents_v1_StartTalentImportRequest__Output, _lethe_talents_v1_TalentImport__Output>
  UpdateRule: MethodDefinition<_lethe_talents_v1_UpdateRuleRequest, _lethe_talents_v1_Rule, _lethe_talents_v1_UpdateRuleRequest__Output, _lethe_talents_v1_Rule__Output>
  UpdateTalent: MethodDefinition<_lethe_talents_v1_UpdateTalentRequest, _lethe_talents_v1_Talent, _lethe_talents_v1_UpdateTalentRequest__Output, _lethe_talents_v1_Talent__Output>
  UpdateTalentForm: MethodDefinition<_lethe_talents_v1_UpdateTalentFormRequest, _lethe_talents_v1_TalentForm, _lethe_talents_v1_UpdateTalentFormRequest__Output, _lethe_talents_v1_TalentForm__Output>
  UpdateTalentSettings: MethodDefinition<_lethe_talents_v1_UpdateTalentSettingsRequest, _lethe_talents_v1_TalentSettings, _lethe_talents_v1_UpdateTalentSettingsRequest__Output, _lethe_talents_v1_TalentSettings__Output>
  WatchTalentImport: MethodDefinition<_lethe_talents_v1_GetTalentImportRequest, _lethe_talents_v1_TalentImport, _lethe_talents_v1_GetTalentImportRequest__Output, _lethe_talents_v1_TalentImport__Output>
}

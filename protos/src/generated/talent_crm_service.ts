import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { BadRequest as _lethe_common_v1_BadRequest, BadRequest__Output as _lethe_common_v1_BadRequest__Output } from './lethe/common/v1/BadRequest';
import type { ErrorInfo as _lethe_common_v1_ErrorInfo, ErrorInfo__Output as _lethe_common_v1_ErrorInfo__Output } from './lethe/common/v1/ErrorInfo';
import type { FieldViolation as _lethe_common_v1_FieldViolation, FieldViolation__Output as _lethe_common_v1_FieldViolation__Output } from './lethe/common/v1/FieldViolation';
import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from './lethe/common/v1/PageRequest';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from './lethe/common/v1/PageResponse';
import type { RequestContext as _lethe_common_v1_RequestContext, RequestContext__Output as _lethe_common_v1_RequestContext__Output } from './lethe/common/v1/RequestContext';
import type { AddTalentNoteRequest as _lethe_talents_v1_AddTalentNoteRequest, AddTalentNoteRequest__Output as _lethe_talents_v1_AddTalentNoteRequest__Output } from './lethe/talents/v1/AddTalentNoteRequest';
import type { AssignTalentToJobRequest as _lethe_talents_v1_AssignTalentToJobRequest, AssignTalentToJobRequest__Output as _lethe_talents_v1_AssignTalentToJobRequest__Output } from './lethe/talents/v1/AssignTalentToJobRequest';
import type { AtsField as _lethe_talents_v1_AtsField, AtsField__Output as _lethe_talents_v1_AtsField__Output } from './lethe/talents/v1/AtsField';
import type { AtsJob as _lethe_talents_v1_AtsJob, AtsJob__Output as _lethe_talents_v1_AtsJob__Output } from './lethe/talents/v1/AtsJob';
import type { CancelReminderRequest as _lethe_talents_v1_CancelReminderRequest, CancelReminderRequest__Output as _lethe_talents_v1_CancelReminderRequest__Output } from './lethe/talents/v1/CancelReminderRequest';
import type { ColumnMapping as _lethe_talents_v1_ColumnMapping, ColumnMapping__Output as _lethe_talents_v1_ColumnMapping__Output } from './lethe/talents/v1/ColumnMapping';
import type { CompleteReminderRequest as _lethe_talents_v1_CompleteReminderRequest, CompleteReminderRequest__Output as _lethe_talents_v1_CompleteReminderRequest__Output } from './lethe/talents/v1/CompleteReminderRequest';
import type { CreatePoolRequest as _lethe_talents_v1_CreatePoolRequest, CreatePoolRequest__Output as _lethe_talents_v1_CreatePoolRequest__Output } from './lethe/talents/v1/CreatePoolRequest';
import type { CreateReminderRequest as _lethe_talents_v1_CreateReminderRequest, CreateReminderRequest__Output as _lethe_talents_v1_CreateReminderRequest__Output } from './lethe/talents/v1/CreateReminderRequest';
import type { CreateRuleRequest as _lethe_talents_v1_CreateRuleRequest, CreateRuleRequest__Output as _lethe_talents_v1_CreateRuleRequest__Output } from './lethe/talents/v1/CreateRuleRequest';
import type { CreateTalentFormRequest as _lethe_talents_v1_CreateTalentFormRequest, CreateTalentFormRequest__Output as _lethe_talents_v1_CreateTalentFormRequest__Output } from './lethe/talents/v1/CreateTalentFormRequest';
import type { CreateTalentRequest as _lethe_talents_v1_CreateTalentRequest, CreateTalentRequest__Output as _lethe_talents_v1_CreateTalentRequest__Output } from './lethe/talents/v1/CreateTalentRequest';
import type { DeleteRuleRequest as _lethe_talents_v1_DeleteRuleRequest, DeleteRuleRequest__Output as _lethe_talents_v1_DeleteRuleRequest__Output } from './lethe/talents/v1/DeleteRuleRequest';
import type { ExportTalentsRequest as _lethe_talents_v1_ExportTalentsRequest, ExportTalentsRequest__Output as _lethe_talents_v1_ExportTalentsRequest__Output } from './lethe/talents/v1/ExportTalentsRequest';
import type { FollowUpRequest as _lethe_talents_v1_FollowUpRequest, FollowUpRequest__Output as _lethe_talents_v1_FollowUpRequest__Output } from './lethe/talents/v1/FollowUpRequest';
import type { GetTalentContactRequest as _lethe_talents_v1_GetTalentContactRequest, GetTalentContactRequest__Output as _lethe_talents_v1_GetTalentContactRequest__Output } from './lethe/talents/v1/GetTalentContactRequest';
import type { GetTalentImportRequest as _lethe_talents_v1_GetTalentImportRequest, GetTalentImportRequest__Output as _lethe_talents_v1_GetTalentImportRequest__Output } from './lethe/talents/v1/GetTalentImportRequest';
import type { GetTalentRequest as _lethe_talents_v1_GetTalentRequest, GetTalentRequest__Output as _lethe_talents_v1_GetTalentRequest__Output } from './lethe/talents/v1/GetTalentRequest';
import type { GetTalentSettingsRequest as _lethe_talents_v1_GetTalentSettingsRequest, GetTalentSettingsRequest__Output as _lethe_talents_v1_GetTalentSettingsRequest__Output } from './lethe/talents/v1/GetTalentSettingsRequest';
import type { ImportRowProblem as _lethe_talents_v1_ImportRowProblem, ImportRowProblem__Output as _lethe_talents_v1_ImportRowProblem__Output } from './lethe/talents/v1/ImportRowProblem';
import type { IssueTalentLinkRequest as _lethe_talents_v1_IssueTalentLinkRequest, IssueTalentLinkRequest__Output as _lethe_talents_v1_IssueTalentLinkRequest__Output } from './lethe/talents/v1/IssueTalentLinkRequest';
import type { JobAssignment as _lethe_talents_v1_JobAssignment, JobAssignment__Output as _lethe_talents_v1_JobAssignment__Output } from './lethe/talents/v1/JobAssignment';
import type { ListAtsJobsRequest as _lethe_talents_v1_ListAtsJobsRequest, ListAtsJobsRequest__Output as _lethe_talents_v1_ListAtsJobsRequest__Output } from './lethe/talents/v1/ListAtsJobsRequest';
import type { ListAtsJobsResponse as _lethe_talents_v1_ListAtsJobsResponse, ListAtsJobsResponse__Output as _lethe_talents_v1_ListAtsJobsResponse__Output } from './lethe/talents/v1/ListAtsJobsResponse';
import type { ListPoolsRequest as _lethe_talents_v1_ListPoolsRequest, ListPoolsRequest__Output as _lethe_talents_v1_ListPoolsRequest__Output } from './lethe/talents/v1/ListPoolsRequest';
import type { ListPoolsResponse as _lethe_talents_v1_ListPoolsResponse, ListPoolsResponse__Output as _lethe_talents_v1_ListPoolsResponse__Output } from './lethe/talents/v1/ListPoolsResponse';
import type { ListRemindersRequest as _lethe_talents_v1_ListRemindersRequest, ListRemindersRequest__Output as _lethe_talents_v1_ListRemindersRequest__Output } from './lethe/talents/v1/ListRemindersRequest';
import type { ListRemindersResponse as _lethe_talents_v1_ListRemindersResponse, ListRemindersResponse__Output as _lethe_talents_v1_ListRemindersResponse__Output } from './lethe/talents/v1/ListRemindersResponse';
import type { ListRuleRunsRequest as _lethe_talents_v1_ListRuleRunsRequest, ListRuleRunsRequest__Output as _lethe_talents_v1_ListRuleRunsRequest__Output } from './lethe/talents/v1/ListRuleRunsRequest';
import type { ListRuleRunsResponse as _lethe_talents_v1_ListRuleRunsResponse, ListRuleRunsResponse__Output as _lethe_talents_v1_ListRuleRunsResponse__Output } from './lethe/talents/v1/ListRuleRunsResponse';
import type { ListRulesRequest as _lethe_talents_v1_ListRulesRequest, ListRulesRequest__Output as _lethe_talents_v1_ListRulesRequest__Output } from './lethe/talents/v1/ListRulesRequest';
import type { ListRulesResponse as _lethe_talents_v1_ListRulesResponse, ListRulesResponse__Output as _lethe_talents_v1_ListRulesResponse__Output } from './lethe/talents/v1/ListRulesResponse';
import type { ListTalentFormsRequest as _lethe_talents_v1_ListTalentFormsRequest, ListTalentFormsRequest__Output as _lethe_talents_v1_ListTalentFormsRequest__Output } from './lethe/talents/v1/ListTalentFormsRequest';
import type { ListTalentFormsResponse as _lethe_talents_v1_ListTalentFormsResponse, ListTalentFormsResponse__Output as _lethe_talents_v1_ListTalentFormsResponse__Output } from './lethe/talents/v1/ListTalentFormsResponse';
import type { ListTalentNotesRequest as _lethe_talents_v1_ListTalentNotesRequest, ListTalentNotesRequest__Output as _lethe_talents_v1_ListTalentNotesRequest__Output } from './lethe/talents/v1/ListTalentNotesRequest';
import type { ListTalentNotesResponse as _lethe_talents_v1_ListTalentNotesResponse, ListTalentNotesResponse__Output as _lethe_talents_v1_ListTalentNotesResponse__Output } from './lethe/talents/v1/ListTalentNotesResponse';
import type { ListTalentsRequest as _lethe_talents_v1_ListTalentsRequest, ListTalentsRequest__Output as _lethe_talents_v1_ListTalentsRequest__Output } from './lethe/talents/v1/ListTalentsRequest';
import type { ListTalentsResponse as _lethe_talents_v1_ListTalentsResponse, ListTalentsResponse__Output as _lethe_talents_v1_ListTalentsResponse__Output } from './lethe/talents/v1/ListTalentsResponse';
import type { Pool as _lethe_talents_v1_Pool, Pool__Output as _lethe_talents_v1_Pool__Output } from './lethe/talents/v1/Pool';
import type { Reminder as _lethe_talents_v1_Reminder, Reminder__Output as _lethe_talents_v1_Reminder__Output } from './lethe/talents/v1/Reminder';
import type { RequestFollowUpRequest as _lethe_talents_v1_RequestFollowUpRequest, RequestFollowUpRequest__Output as _lethe_talents_v1_RequestFollowUpRequest__Output } from './lethe/talents/v1/RequestFollowUpRequest';
import type { Rule as _lethe_talents_v1_Rule, Rule__Output as _lethe_talents_v1_Rule__Output } from './lethe/talents/v1/Rule';
import type { RuleAction as _lethe_talents_v1_RuleAction, RuleAction__Output as _lethe_talents_v1_RuleAction__Output } from './lethe/talents/v1/RuleAction';
import type { RuleFilter as _lethe_talents_v1_RuleFilter, RuleFilter__Output as _lethe_talents_v1_RuleFilter__Output } from './lethe/talents/v1/RuleFilter';
import type { RuleRun as _lethe_talents_v1_RuleRun, RuleRun__Output as _lethe_talents_v1_RuleRun__Output } from './lethe/talents/v1/RuleRun';
import type { SendApplicationToAtsRequest as _lethe_talents_v1_SendApplicationToAtsRequest, SendApplicationToAtsRequest__Output as _lethe_talents_v1_SendApplicationToAtsRequest__Output } from './lethe/talents/v1/SendApplicationToAtsRequest';
import type { StartTalentImportRequest as _lethe_talents_v1_StartTalentImportRequest, StartTalentImportRequest__Output as _lethe_talents_v1_StartTalentImportRequest__Output } from './lethe/talents/v1/StartTalentImportRequest';
import type { Talent as _lethe_talents_v1_Talent, Talent__Output as _lethe_talents_v1_Talent__Output } from './lethe/talents/v1/Talent';
import type { TalentActivityRecorded as _lethe_talents_v1_TalentActivityRecorded, TalentActivityRecorded__Output as _lethe_talents_v1_TalentActivityRecorded__Output } from './lethe/talents/v1/TalentActivityRecorded';
import type { TalentContact as _lethe_talents_v1_TalentContact, TalentContact__Output as _lethe_talents_v1_TalentContact__Output } from './lethe/talents/v1/TalentContact';
import type { TalentCreated as _lethe_talents_v1_TalentCreated, TalentCreated__Output as _lethe_talents_v1_TalentCreated__Output } from './lethe/talents/v1/TalentCreated';
import type { TalentCrmServiceClient as _lethe_talents_v1_TalentCrmServiceClient, TalentCrmServiceDefinition as _lethe_talents_v1_TalentCrmServiceDefinition } from './lethe/talents/v1/TalentCrmService';
import type { TalentFilter as _lethe_talents_v1_TalentFilter, TalentFilter__Output as _lethe_talents_v1_TalentFilter__Output } from './lethe/talents/v1/TalentFilter';
import type { TalentForm as _lethe_talents_v1_TalentForm, TalentForm__Output as _lethe_talents_v1_TalentForm__Output } from './lethe/talents/v1/TalentForm';
import type { TalentImport as _lethe_talents_v1_TalentImport, TalentImport__Output as _lethe_talents_v1_TalentImport__Output } from './lethe/talents/v1/TalentImport';
import type { TalentLink as _lethe_talents_v1_TalentLink, TalentLink__Output as _lethe_talents_v1_TalentLink__Output } from './lethe/talents/v1/TalentLink';
import type { TalentLinkRequested as _lethe_talents_v1_TalentLinkRequested, TalentLinkRequested__Output as _lethe_talents_v1_TalentLinkRequested__Output } from './lethe/talents/v1/TalentLinkRequested';
import type { TalentNote as _lethe_talents_v1_TalentNote, TalentNote__Output as _lethe_talents_v1_TalentNote__Output } from './lethe/talents/v1/TalentNote';
import type { TalentProfile as _lethe_talents_v1_TalentProfile, TalentProfile__Output as _lethe_talents_v1_TalentProfile__Output } from './lethe/talents/v1/TalentProfile';
import type { TalentSettings as _lethe_talents_v1_TalentSettings, TalentSettings__Output as _lethe_talents_v1_TalentSettings__Output } from './lethe/talents/v1/TalentSettings';
import type { TalentSourceDeleted as _lethe_talents_v1_TalentSourceDeleted, TalentSourceDeleted__Output as _lethe_talents_v1_TalentSourceDeleted__Output } from './lethe/talents/v1/TalentSourceDeleted';
import type { TalentsFile as _lethe_talents_v1_TalentsFile, TalentsFile__Output as _lethe_talents_v1_TalentsFile__Output } from './lethe/talents/v1/TalentsFile';
import type { UpdateRuleRequest as _lethe_talents_v1_UpdateRuleRequest, UpdateRuleRequest__Output as _lethe_talents_v1_UpdateRuleRequest__Output } from './lethe/talents/v1/UpdateRuleRequest';
import type { UpdateTalentFormRequest as _lethe_talents_v1_UpdateTalentFormRequest, UpdateTalentFormRequest__Output as _lethe_talents_v1_UpdateTalentFormRequest__Output } from './lethe/talents/v1/UpdateTalentFormRequest';
import type { UpdateTalentRequest as _lethe_talents_v1_UpdateTalentRequest, UpdateTalentRequest__Output as _lethe_talents_v1_UpdateTalentRequest__Output } from './lethe/talents/v1/UpdateTalentRequest';
import type { UpdateTalentSettingsRequest as _lethe_talents_v1_UpdateTalentSettingsRequest, UpdateTalentSettingsRequest__Output as _lethe_talents_v1_UpdateTalentSettingsRequest__Output } from './lethe/talents/v1/UpdateTalentSettingsRequest';

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
    talents: {
      v1: {
        AddTalentNoteRequest: MessageTypeDefinition<_lethe_talents_v1_AddTalentNoteRequest, _lethe_talents_v1_AddTalentNoteRequest__Output>
        AssignTalentToJobRequest: MessageTypeDefinition<_lethe_talents_v1_AssignTalentToJobRequest, _lethe_talents_v1_AssignTalentToJobRequest__Output>
        AssignmentState: EnumTypeDefinition
        AtsField: MessageTypeDefinition<_lethe_talents_v1_AtsField, _lethe_talents_v1_AtsField__Output>
        AtsJob: MessageTypeDefinition<_lethe_talents_v1_AtsJob, _lethe_talents_v1_AtsJob__Output>
        CancelReminderRequest: MessageTypeDefinition<_lethe_talents_v1_CancelReminderRequest, _lethe_talents_v1_CancelReminderRequest__Output>
        ColumnMapping: MessageTypeDefinition<_lethe_talents_v1_ColumnMapping, _lethe_talents_v1_ColumnMapping__Output>
        CompleteReminderRequest: MessageTypeDefinition<_lethe_talents_v1_CompleteReminderRequest, _lethe_talents_v1_CompleteReminderRequest__Output>
        CreatePoolRequest: MessageTypeDefinition<_lethe_talents_v1_CreatePoolRequest, _lethe_talents_v1_CreatePoolRequest__Output>
        CreateReminderRequest: MessageTypeDefinition<_lethe_talents_v1_CreateReminderRequest, _lethe_talents_v1_CreateReminderRequest__Output>
        CreateRuleRequest: MessageTypeDefinition<_lethe_talents_v1_CreateRuleRequest, _lethe_talents_v1_CreateRuleRequest__Output>
        CreateTalentFormRequest: MessageTypeDefinition<_lethe_talents_v1_CreateTalentFormRequest, _lethe_talents_v1_CreateTalentFormRequest__Output>
        CreateTalentRequest: MessageTypeDefinition<_lethe_talents_v1_CreateTalentRequest, _lethe_talents_v1_CreateTalentRequest__Output>
        DeleteRuleRequest: MessageTypeDefinition<_lethe_talents_v1_DeleteRuleRequest, _lethe_talents_v1_DeleteRuleRequest__Output>
        ExportTalentsRequest: MessageTypeDefinition<_lethe_talents_v1_ExportTalentsRequest, _lethe_talents_v1_ExportTalentsRequest__Output>
        FollowUpRequest: MessageTypeDefinition<_lethe_talents_v1_FollowUpRequest, _lethe_talents_v1_FollowUpRequest__Output>
        FormField: EnumTypeDefinition
        GetTalentContactRequest: MessageTypeDefinition<_lethe_talents_v1_GetTalentContactRequest, _lethe_talents_v1_GetTalentContactRequest__Output>
        GetTalentImportRequest: MessageTypeDefinition<_lethe_talents_v1_GetTalentImportRequest, _lethe_talents_v1_GetTalentImportRequest__Output>
        GetTalentRequest: MessageTypeDefinition<_lethe_talents_v1_GetTalentRequest, _lethe_talents_v1_GetTalentRequest__Output>
        GetTalentSettingsRequest: MessageTypeDefinition<_lethe_talents_v1_GetTalentSettingsRequest, _lethe_talents_v1_GetTalentSettingsRequest__Output>
        ImportRowProblem: MessageTypeDefinition<_lethe_talents_v1_ImportRowProblem, _lethe_talents_v1_ImportRowProblem__Output>
        ImportState: EnumTypeDefinition
        IssueTalentLinkRequest: MessageTypeDefinition<_lethe_talents_v1_IssueTalentLinkRequest, _lethe_talents_v1_IssueTalentLinkRequest__Output>
        JobAssignment: MessageTypeDefinition<_lethe_talents_v1_JobAssignment, _lethe_talents_v1_JobAssignment__Output>
        ListAtsJobsRequest: MessageTypeDefinition<_lethe_talents_v1_ListAtsJobsRequest, _lethe_talents_v1_ListAtsJobsRequest__Output>
        ListAtsJobsResponse: MessageTypeDefinition<_lethe_talents_v1_ListAtsJobsResponse, _lethe_talents_v1_ListAtsJobsResponse__Output>
        ListPoolsRequest: MessageTypeDefinition<_lethe_talents_v1_ListPoolsRequest, _lethe_talents_v1_ListPoolsRequest__Output>
        ListPoolsResponse: MessageTypeDefinition<_lethe_talents_v1_ListPoolsResponse, _lethe_talents_v1_ListPoolsResponse__Output>
        ListRemindersRequest: MessageTypeDefinition<_lethe_talents_v1_ListRemindersRequest, _lethe_talents_v1_ListRemindersRequest__Output>
        ListRemindersResponse: MessageTypeDefinition<_lethe_talents_v1_ListRemindersResponse, _lethe_talents_v1_ListRemindersResponse__Output>
        ListRuleRunsRequest: MessageTypeDefinition<_lethe_talents_v1_ListRuleRunsRequest, _lethe_talents_v1_ListRuleRunsRequest__Output>
        ListRuleRunsResponse: MessageTypeDefinition<_lethe_talents_v1_ListRuleRunsResponse, _lethe_talents_v1_ListRuleRunsResponse__Output>
        ListRulesRequest: MessageTypeDefinition<_lethe_talents_v1_ListRulesRequest, _lethe_talents_v1_ListRulesRequest__Output>
        ListRulesResponse: MessageTypeDefinition<_lethe_talents_v1_ListRulesResponse, _lethe_talents_v1_ListRulesResponse__Output>
        ListTalentFormsRequest: MessageTypeDefinition<_lethe_talents_v1_ListTalentFormsRequest, _lethe_talents_v1_ListTalentFormsRequest__Output>
        ListTalentFormsResponse: MessageTypeDefinition<_lethe_talents_v1_ListTalentFormsResponse, _lethe_talents_v1_ListTalentFormsResponse__Output>
        ListTalentNotesRequest: MessageTypeDefinition<_lethe_talents_v1_ListTalentNotesRequest, _lethe_talents_v1_ListTalentNotesRequest__Output>
        ListTalentNotesResponse: MessageTypeDefinition<_lethe_talents_v1_ListTalentNotesResponse, _lethe_talents_v1_ListTalentNotesResponse__Output>
        ListTalentsRequest: MessageTypeDefinition<_lethe_talents_v1_ListTalentsRequest, _lethe_talents_v1_ListTalentsRequest__Output>
        ListTalentsResponse: MessageTypeDefinition<_lethe_talents_v1_ListTalentsResponse, _lethe_talents_v1_ListTalentsResponse__Output>
        Pool: MessageTypeDefinition<_lethe_talents_v1_Pool, _lethe_talents_v1_Pool__Output>
        Reminder: MessageTypeDefinition<_lethe_talents_v1_Reminder, _lethe_talents_v1_Reminder__Output>
        ReminderState: EnumTypeDefinition
        RequestFollowUpRequest: MessageTypeDefinition<_lethe_talents_v1_RequestFollowUpRequest, _lethe_talents_v1_RequestFollowUpRequest__Output>
        Rule: MessageTypeDefinition<_lethe_talents_v1_Rule, _lethe_talents_v1_Rule__Output>
        RuleAction: MessageTypeDefinition<_lethe_talents_v1_RuleAction, _lethe_talents_v1_RuleAction__Output>
        RuleActionKind: EnumTypeDefinition
        RuleFilter: MessageTypeDefinition<_lethe_talents_v1_RuleFilter, _lethe_talents_v1_RuleFilter__Output>
        RuleRun: MessageTypeDefinition<_lethe_talents_v1_RuleRun, _lethe_talents_v1_RuleRun__Output>
        RuleRunOutcome: EnumTypeDefinition
        RuleTrigger: EnumTypeDefinition
        SendApplicationToAtsRequest: MessageTypeDefinition<_lethe_talents_v1_SendApplicationToAtsRequest, _lethe_talents_v1_SendApplicationToAtsRequest__Output>
        StartTalentImportRequest: MessageTypeDefinition<_lethe_talents_v1_StartTalentImportRequest, _lethe_talents_v1_StartTalentImportRequest__Output>
        Talent: MessageTypeDefinition<_lethe_talents_v1_Talent, _lethe_talents_v1_Talent__Output>
        TalentActivityKind: EnumTypeDefinition
        TalentActivityRecorded: MessageTypeDefinition<_lethe_talents_v1_TalentActivityRecorded, _lethe_talents_v1_TalentActivityRecorded__Output>
        TalentContact: MessageTypeDefinition<_lethe_talents_v1_TalentContact, _lethe_talents_v1_TalentContact__Output>
        TalentCreated: MessageTypeDefinition<_lethe_talents_v1_TalentCreated, _lethe_talents_v1_TalentCreated__Output>
        TalentCrmService: SubtypeConstructor<typeof grpc.Client, _lethe_talents_v1_TalentCrmServiceClient> & { service: _lethe_talents_v1_TalentCrmServiceDefinition }
        TalentFilter: MessageTypeDefinition<_lethe_talents_v1_TalentFilter, _lethe_talents_v1_TalentFilter__Output>
        TalentForm: MessageTypeDefinition<_lethe_talents_v1_TalentForm, _lethe_talents_v1_TalentForm__Output>
        TalentImport: MessageTypeDefinition<_lethe_talents_v1_TalentImport, _lethe_talents_v1_TalentImport__Output>
        TalentLink: MessageTypeDefinition<_lethe_talents_v1_TalentLink, _lethe_talents_v1_TalentLink__Output>
        TalentLinkPurpose: EnumTypeDefinition
        TalentLinkRequested: MessageTypeDefinition<_lethe_talents_v1_TalentLinkRequested, _lethe_talents_v1_TalentLinkRequested__Output>
        TalentNote: MessageTypeDefinition<_lethe_talents_v1_TalentNote, _lethe_talents_v1_TalentNote__Output>
        TalentProfile: MessageTypeDefinition<_lethe_talents_v1_TalentProfile, _lethe_talents_v1_TalentProfile__Output>
        TalentSettings: MessageTypeDefinition<_lethe_talents_v1_TalentSettings, _lethe_talents_v1_TalentSettings__Output>
        TalentSource: EnumTypeDefinition
        TalentSourceDeleted: MessageTypeDefinition<_lethe_talents_v1_TalentSourceDeleted, _lethe_talents_v1_TalentSourceDeleted__Output>
        TalentStatus: EnumTypeDefinition
        TalentsFile: MessageTypeDefinition<_lethe_talents_v1_TalentsFile, _lethe_talents_v1_TalentsFile__Output>
        UpdateRuleRequest: MessageTypeDefinition<_lethe_talents_v1_UpdateRuleRequest, _lethe_talents_v1_UpdateRuleRequest__Output>
        UpdateTalentFormRequest: MessageTypeDefinition<_lethe_talents_v1_UpdateTalentFormRequest, _lethe_talents_v1_UpdateTalentFormRequest__Output>
        UpdateTalentRequest: MessageTypeDefinition<_lethe_talents_v1_UpdateTalentRequest, _lethe_talents_v1_UpdateTalentRequest__Output>
        UpdateTalentSettingsRequest: MessageTypeDefinition<_lethe_talents_v1_UpdateTalentSettingsRequest, _lethe_talents_v1_UpdateTalentSettingsRequest__Output>
      }
    }
  }
}


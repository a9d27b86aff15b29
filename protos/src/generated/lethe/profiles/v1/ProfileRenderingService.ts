// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateDraftRequest as _lethe_profiles_v1_CreateDraftRequest, CreateDraftRequest__Output as _lethe_profiles_v1_CreateDraftRequest__Output } from '../../../lethe/profiles/v1/CreateDraftRequest';
import type { Draft as _lethe_profiles_v1_Draft, Draft__Output as _lethe_profiles_v1_Draft__Output } from '../../../lethe/profiles/v1/Draft';
import type { GetDraftRequest as _lethe_profiles_v1_GetDraftRequest, GetDraftRequest__Output as _lethe_profiles_v1_GetDraftRequest__Output } from '../../../lethe/profiles/v1/GetDraftRequest';
import type { GetProfileSettingsRequest as _lethe_profiles_v1_GetProfileSettingsRequest, GetProfileSettingsRequest__Output as _lethe_profiles_v1_GetProfileSettingsRequest__Output } from '../../../lethe/profiles/v1/GetProfileSettingsRequest';
import type { ListSentProfilesRequest as _lethe_profiles_v1_ListSentProfilesRequest, ListSentProfilesRequest__Output as _lethe_profiles_v1_ListSentProfilesRequest__Output } from '../../../lethe/profiles/v1/ListSentProfilesRequest';
import type { ListSentProfilesResponse as _lethe_profiles_v1_ListSentProfilesResponse, ListSentProfilesResponse__Output as _lethe_profiles_v1_ListSentProfilesResponse__Output } from '../../../lethe/profiles/v1/ListSentProfilesResponse';
import type { PreviewDraftRequest as _lethe_profiles_v1_PreviewDraftRequest, PreviewDraftRequest__Output as _lethe_profiles_v1_PreviewDraftRequest__Output } from '../../../lethe/profiles/v1/PreviewDraftRequest';
import type { ProfilePdf as _lethe_profiles_v1_ProfilePdf, ProfilePdf__Output as _lethe_profiles_v1_ProfilePdf__Output } from '../../../lethe/profiles/v1/ProfilePdf';
import type { ProfileSettings as _lethe_profiles_v1_ProfileSettings, ProfileSettings__Output as _lethe_profiles_v1_ProfileSettings__Output } from '../../../lethe/profiles/v1/ProfileSettings';
import type { RenderDraftPdfRequest as _lethe_profiles_v1_RenderDraftPdfRequest, RenderDraftPdfRequest__Output as _lethe_profiles_v1_RenderDraftPdfRequest__Output } from '../../../lethe/profiles/v1/RenderDraftPdfRequest';
import type { RenderedProfile as _lethe_profiles_v1_RenderedProfile, RenderedProfile__Output as _lethe_profiles_v1_RenderedProfile__Output } from '../../../lethe/profiles/v1/RenderedProfile';
import type { SendProfileRequest as _lethe_profiles_v1_SendProfileRequest, SendProfileRequest__Output as _lethe_profiles_v1_SendProfileRequest__Output } from '../../../lethe/profiles/v1/SendProfileRequest';
import type { SentProfile as _lethe_profiles_v1_SentProfile, SentProfile__Output as _lethe_profiles_v1_SentProfile__Output } from '../../../lethe/profiles/v1/SentProfile';
import type { UpdateDraftRequest as _lethe_profiles_v1_UpdateDraftRequest, UpdateDraftRequest__Output as _lethe_profiles_v1_UpdateDraftRequest__Output } from '../../../lethe/profiles/v1/UpdateDraftRequest';
import type { UpdateProfileSettingsRequest as _lethe_profiles_v1_UpdateProfileSettingsRequest, UpdateProfileSettingsRequest__Output as _lethe_profiles_v1_UpdateProfileSettingsRequest__Output } from '../../../lethe/profiles/v1/UpdateProfileSettingsRequest';

export interface ProfileRenderingServiceClient extends grpc.Client {
  CreateDraft(argument: _lethe_profiles_v1_CreateDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  CreateDraft(argument: _lethe_profiles_v1_CreateDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  CreateDraft(argument: _lethe_profiles_v1_CreateDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  CreateDraft(argument: _lethe_profiles_v1_CreateDraftRequest, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  createDraft(argument: _lethe_profiles_v1_CreateDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  createDraft(argument: _lethe_profiles_v1_CreateDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  createDraft(argument: _lethe_profiles_v1_CreateDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  createDraft(argument: _lethe_profiles_v1_CreateDraftRequest, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  
  GetDraft(argument: _lethe_profiles_v1_GetDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  GetDraft(argument: _lethe_profiles_v1_GetDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  GetDraft(argument: _lethe_profiles_v1_GetDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  GetDraft(argument: _lethe_profiles_v1_GetDraftRequest, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  getDraft(argument: _lethe_profiles_v1_GetDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  getDraft(argument: _lethe_profiles_v1_GetDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  getDraft(argument: _lethe_profiles_v1_GetDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  getDraft(argument: _lethe_profiles_v1_GetDraftRequest, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  
  GetProfileSettings(argument: _lethe_profiles_v1_GetProfileSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  GetProfileSettings(argument: _lethe_profiles_v1_GetProfileSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  GetProfileSettings(argument: _lethe_profiles_v1_GetProfileSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  GetProfileSettings(argument: _lethe_profiles_v1_GetProfileSettingsRequest, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  getProfileSettings(argument: _lethe_profiles_v1_GetProfileSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  getProfileSettings(argument: _lethe_profiles_v1_GetProfileSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  getProfileSettings(argument: _lethe_profiles_v1_GetProfileSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  getProfileSettings(argument: _lethe_profiles_v1_GetProfileSettingsRequest, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  
  ListSentProfiles(argument: _lethe_profiles_v1_ListSentProfilesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ListSentProfilesResponse__Output>): grpc.ClientUnaryCall;
  ListSentProfiles(argument: _lethe_profiles_v1_ListSentProfilesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_ListSentProfilesResponse__Output>): grpc.ClientUnaryCall;
  ListSentProfiles(argument: _lethe_profiles_v1_ListSentProfilesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ListSentProfilesResponse__Output>): grpc.ClientUnaryCall;
  ListSentProfiles(argument: _lethe_profiles_v1_ListSentProfilesRequest, callback: grpc.requestCallback<_lethe_profiles_v1_ListSentProfilesResponse__Output>): grpc.ClientUnaryCall;
  listSentProfiles(argument: _lethe_profiles_v1_ListSentProfilesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ListSentProfilesResponse__Output>): grpc.ClientUnaryCall;
  listSentProfiles(argument: _lethe_profiles_v1_ListSentProfilesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_ListSentProfilesResponse__Output>): grpc.ClientUnaryCall;
  listSentProfiles(argument: _lethe_profiles_v1_ListSentProfilesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ListSentProfilesResponse__Output>): grpc.ClientUnaryCall;
  listSentProfiles(argument: _lethe_profiles_v1_ListSentProfilesRequest, callback: grpc.requestCallback<_lethe_profiles_v1_ListSentProfilesResponse__Output>): grpc.ClientUnaryCall;
  
  PreviewDraft(argument: _lethe_profiles_v1_PreviewDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_RenderedProfile__Output>): grpc.ClientUnaryCall;
  PreviewDraft(argument: _lethe_profiles_v1_PreviewDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_RenderedProfile__Output>): grpc.ClientUnaryCall;
  PreviewDraft(argument: _lethe_profiles_v1_PreviewDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_RenderedProfile__Output>): grpc.ClientUnaryCall;
  PreviewDraft(argument: _lethe_profiles_v1_PreviewDraftRequest, callback: grpc.requestCallback<_lethe_profiles_v1_RenderedProfile__Output>): grpc.ClientUnaryCall;
  previewDraft(argument: _lethe_profiles_v1_PreviewDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_RenderedProfile__Output>): grpc.ClientUnaryCall;
  previewDraft(argument: _lethe_profiles_v1_PreviewDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_RenderedProfile__Output>): grpc.ClientUnaryCall;
  previewDraft(argument: _lethe_profiles_v1_PreviewDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_RenderedProfile__Output>): grpc.ClientUnaryCall;
  previewDraft(argument: _lethe_profiles_v1_PreviewDraftRequest, callback: grpc.requestCallback<_lethe_profiles_v1_RenderedProfile__Output>): grpc.ClientUnaryCall;
  
  RenderDraftPdf(argument: _lethe_profiles_v1_RenderDraftPdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfilePdf__Output>): grpc.ClientUnaryCall;
  RenderDraftPdf(argument: _lethe_profiles_v1_RenderDraftPdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_ProfilePdf__Output>): grpc.ClientUnaryCall;
  RenderDraftPdf(argument: _lethe_profiles_v1_RenderDraftPdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfilePdf__Output>): grpc.ClientUnaryCall;
  RenderDraftPdf(argument: _lethe_profiles_v1_RenderDraftPdfRequest, callback: grpc.requestCallback<_lethe_profiles_v1_ProfilePdf__Output>): grpc.ClientUnaryCall;
  renderDraftPdf(argument: _lethe_profiles_v1_RenderDraftPdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfilePdf__Output>): grpc.ClientUnaryCall;
  renderDraftPdf(argument: _lethe_profiles_v1_RenderDraftPdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_ProfilePdf__Output>): grpc.ClientUnaryCall;
  renderDraftPdf(argument: _lethe_profiles_v1_RenderDraftPdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfilePdf__Output>): grpc.ClientUnaryCall;
  renderDraftPdf(argument: _lethe_profiles_v1_RenderDraftPdfRequest, callback: grpc.requestCallback<_lethe_profiles_v1_ProfilePdf__Output>): grpc.ClientUnaryCall;
  
  SendProfile(argument: _lethe_profiles_v1_SendProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_SentProfile__Output>): grpc.ClientUnaryCall;
  SendProfile(argument: _lethe_profiles_v1_SendProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_SentProfile__Output>): grpc.ClientUnaryCall;
  SendProfile(argument: _lethe_profiles_v1_SendProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_SentProfile__Output>): grpc.ClientUnaryCall;
  SendProfile(argument: _lethe_profiles_v1_SendProfileRequest, callback: grpc.requestCallback<_lethe_profiles_v1_SentProfile__Output>): grpc.ClientUnaryCall;
  sendProfile(argument: _lethe_profiles_v1_SendProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_SentProfile__Output>): grpc.ClientUnaryCall;
  sendProfile(argument: _lethe_profiles_v1_SendProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_SentProfile__Output>): grpc.ClientUnaryCall;
  sendProfile(argument: _lethe_profiles_v1_SendProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_SentProfile__Output>): grpc.ClientUnaryCall;
  sendProfile(argument: _lethe_profiles_v1_SendProfileRequest, callback: grpc.requestCallback<_lethe_profiles_v1_SentProfile__Output>): grpc.ClientUnaryCall;
  
  UpdateDraft(argument: _lethe_profiles_v1_UpdateDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  UpdateDraft(argument: _lethe_profiles_v1_UpdateDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  UpdateDraft(argument: _lethe_profiles_v1_UpdateDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  UpdateDraft(argument: _lethe_profiles_v1_UpdateDraftRequest, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  updateDraft(argument: _lethe_profiles_v1_UpdateDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  updateDraft(argument: _lethe_profiles_v1_UpdateDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  updateDraft(argument: _lethe_profiles_v1_UpdateDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  updateDraft(argument: _lethe_profiles_v1_UpdateDraftRequest, callback: grpc.requestCallback<_lethe_profiles_v1_Draft__Output>): grpc.ClientUnaryCall;
  
  UpdateProfileSettings(argument: _lethe_profiles_v1_UpdateProfileSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  UpdateProfileSettings(argument: _lethe_profiles_v1_UpdateProfileSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  UpdateProfileSettings(argument: _lethe_profiles_v1_UpdateProfileSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  UpdateProfileSettings(argument: _lethe_profiles_v1_UpdateProfileSettingsRequest, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  updateProfileSettings(argument: _lethe_profiles_v1_UpdateProfileSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  updateProfileSettings(argument: _lethe_profiles_v1_UpdateProfileSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  updateProfileSettings(argument: _lethe_profiles_v1_UpdateProfileSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  updateProfileSettings(argument: _lethe_profiles_v1_UpdateProfileSettingsRequest, callback: grpc.requestCallback<_lethe_profiles_v1_ProfileSettings__Output>): grpc.ClientUnaryCall;
  
}

export interface ProfileRenderingServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateDraft: grpc.handleUnaryCall<_lethe_profiles_v1_CreateDraftRequest__Output, _lethe_profiles_v1_Draft>;
  
  GetDraft: grpc.handleUnaryCall<_lethe_profiles_v1_GetDraftRequest__Output, _lethe_profiles_v1_Draft>;
  
  GetProfileSettings: grpc.handleUnaryCall<_lethe_profiles_v1_GetProfileSettingsRequest__Output, _lethe_profiles_v1_ProfileSettings>;
  
  ListSentProfiles: grpc.handleUnaryCall<_lethe_profiles_v1_ListSentProfilesRequest__Output, _lethe_profiles_v1_ListSentProfilesResponse>;
  
  PreviewDraft: grpc.handleUnaryCall<_lethe_profiles_v1_PreviewDraftRequest__Output, _lethe_profiles_v1_RenderedProfile>;
  
  RenderDraftPdf: grpc.handleUnaryCall<_lethe_profiles_v1_RenderDraftPdfRequest__Output, _lethe_profiles_v1_ProfilePdf>;
  
  SendProfile: grpc.handleUnaryCall<_lethe_profiles_v1_SendProfileRequest__Output, _lethe_profiles_v1_SentProfile>;
  
  UpdateDraft: grpc.handleUnaryCall<_lethe_profiles_v1_UpdateDraftRequest__Output, _lethe_profiles_v1_Draft>;
  
  UpdateProfileSettings: grpc.handleUnaryCall<_lethe_profiles_v1_UpdateProfileSettingsRequest__Output, _lethe_profiles_v1_ProfileSettings>;
  
}

export interface ProfileRenderingServiceDefinition extends grpc.ServiceDefinition {
  CreateDraft: MethodDefinition<_lethe_profiles_v1_CreateDraftRequest, _lethe_profiles_v1_Draft, _lethe_profiles_v1_CreateDraftRequest__Output, _lethe_profiles_v1_Draft__Output>
  GetDraft: MethodDefinition<_lethe_profiles_v1_GetDraftRequest, _lethe_profiles_v1_Draft, _lethe_profiles_v1_GetDraftRequest__Output, _lethe_profiles_v1_Draft__Output>
  GetProfileSettings: MethodDefinition<_lethe_profiles_v1_GetProfileSettingsRequest, _lethe_profiles_v1_ProfileSettings, _lethe_profiles_v1_GetProfileSettingsRequest__Output, _lethe_profiles_v1_ProfileSettings__Output>
  ListSentProfiles: MethodDefinition<_lethe_profiles_v1_ListSentProfilesRequest, _lethe_profiles_v1_ListSentProfilesResponse, _lethe_profiles_v1_ListSentProfilesRequest__Output, _lethe_profiles_v1_ListSentProfilesResponse__Output>
  PreviewDraft: MethodDefinition<_lethe_profiles_v1_PreviewDraftRequest, _lethe_profiles_v1_RenderedProfile, _lethe_profiles_v1_PreviewDraftRequest__Output, _lethe_profiles_v1_RenderedProfile__Output>
  RenderDraftPdf: MethodDefinition<_lethe_profiles_v1_RenderDraftPdfRequest, _lethe_profiles_v1_ProfilePdf, _lethe_profiles_v1_RenderDraftPdfRequest__Output, _lethe_profiles_v1_ProfilePdf__Output>
  SendProfile: MethodDefinition<_lethe_profiles_v1_SendProfileRequest, _lethe_profiles_v1_SentProfile, _lethe_profiles_v1_SendProfileRequest__Output, _lethe_profiles_v1_SentProfile__Output>
  UpdateDraft: MethodDefinition<_lethe_profiles_v1_UpdateDraftRequest, _lethe_profiles_v1_Draft, _lethe_profiles_v1_UpdateDraftRequest__Output, _lethe_profiles_v1_Draft__Output>
  UpdateProfileSettings: MethodDefinition<_lethe_profiles_v1_UpdateProfileSettingsRequest, _lethe_profiles_v1_ProfileSettings, _lethe_profiles_v1_UpdateProfileSettingsRequest__Output, _lethe_profiles_v1_ProfileSettings__Output>
}

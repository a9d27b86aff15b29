import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { BadRequest as _lethe_common_v1_BadRequest, BadRequest__Output as _lethe_common_v1_BadRequest__Output } from './lethe/common/v1/BadRequest';
import type { ErrorInfo as _lethe_common_v1_ErrorInfo, ErrorInfo__Output as _lethe_common_v1_ErrorInfo__Output } from './lethe/common/v1/ErrorInfo';
import type { FieldViolation as _lethe_common_v1_FieldViolation, FieldViolation__Output as _lethe_common_v1_FieldViolation__Output } from './lethe/common/v1/FieldViolation';
import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from './lethe/common/v1/PageRequest';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from './lethe/common/v1/PageResponse';
import type { RequestContext as _lethe_common_v1_RequestContext, RequestContext__Output as _lethe_common_v1_RequestContext__Output } from './lethe/common/v1/RequestContext';
import type { CreateDraftRequest as _lethe_profiles_v1_CreateDraftRequest, CreateDraftRequest__Output as _lethe_profiles_v1_CreateDraftRequest__Output } from './lethe/profiles/v1/CreateDraftRequest';
import type { Draft as _lethe_profiles_v1_Draft, Draft__Output as _lethe_profiles_v1_Draft__Output } from './lethe/profiles/v1/Draft';
import type { GetDraftRequest as _lethe_profiles_v1_GetDraftRequest, GetDraftRequest__Output as _lethe_profiles_v1_GetDraftRequest__Output } from './lethe/profiles/v1/GetDraftRequest';
import type { GetProfileSettingsRequest as _lethe_profiles_v1_GetProfileSettingsRequest, GetProfileSettingsRequest__Output as _lethe_profiles_v1_GetProfileSettingsRequest__Output } from './lethe/profiles/v1/GetProfileSettingsRequest';
import type { ListSentProfilesRequest as _lethe_profiles_v1_ListSentProfilesRequest, ListSentProfilesRequest__Output as _lethe_profiles_v1_ListSentProfilesRequest__Output } from './lethe/profiles/v1/ListSentProfilesRequest';
import type { ListSentProfilesResponse as _lethe_profiles_v1_ListSentProfilesResponse, ListSentProfilesResponse__Output as _lethe_profiles_v1_ListSentProfilesResponse__Output } from './lethe/profiles/v1/ListSentProfilesResponse';
import type { PreviewDraftRequest as _lethe_profiles_v1_PreviewDraftRequest, PreviewDraftRequest__Output as _lethe_profiles_v1_PreviewDraftRequest__Output } from './lethe/profiles/v1/PreviewDraftRequest';
import type { ProfileFact as _lethe_profiles_v1_ProfileFact, ProfileFact__Output as _lethe_profiles_v1_ProfileFact__Output } from './lethe/profiles/v1/ProfileFact';
import type { ProfilePdf as _lethe_profiles_v1_ProfilePdf, ProfilePdf__Output as _lethe_profiles_v1_ProfilePdf__Output } from './lethe/profiles/v1/ProfilePdf';
import type { ProfileRenderingServiceClient as _lethe_profiles_v1_ProfileRenderingServiceClient, ProfileRenderingServiceDefinition as _lethe_profiles_v1_ProfileRenderingServiceDefinition } from './lethe/profiles/v1/ProfileRenderingService';
import type { ProfileSection as _lethe_profiles_v1_ProfileSection, ProfileSection__Output as _lethe_profiles_v1_ProfileSection__Output } from './lethe/profiles/v1/ProfileSection';
import type { ProfileSettings as _lethe_profiles_v1_ProfileSettings, ProfileSettings__Output as _lethe_profiles_v1_ProfileSettings__Output } from './lethe/profiles/v1/ProfileSettings';
import type { RenderDraftPdfRequest as _lethe_profiles_v1_RenderDraftPdfRequest, RenderDraftPdfRequest__Output as _lethe_profiles_v1_RenderDraftPdfRequest__Output } from './lethe/profiles/v1/RenderDraftPdfRequest';
import type { RenderedProfile as _lethe_profiles_v1_RenderedProfile, RenderedProfile__Output as _lethe_profiles_v1_RenderedProfile__Output } from './lethe/profiles/v1/RenderedProfile';
import type { SendProfileRequest as _lethe_profiles_v1_SendProfileRequest, SendProfileRequest__Output as _lethe_profiles_v1_SendProfileRequest__Output } from './lethe/profiles/v1/SendProfileRequest';
import type { SentProfile as _lethe_profiles_v1_SentProfile, SentProfile__Output as _lethe_profiles_v1_SentProfile__Output } from './lethe/profiles/v1/SentProfile';
import type { UpdateDraftRequest as _lethe_profiles_v1_UpdateDraftRequest, UpdateDraftRequest__Output as _lethe_profiles_v1_UpdateDraftRequest__Output } from './lethe/profiles/v1/UpdateDraftRequest';
import type { UpdateProfileSettingsRequest as _lethe_profiles_v1_UpdateProfileSettingsRequest, UpdateProfileSettingsRequest__Output as _lethe_profiles_v1_UpdateProfileSettingsRequest__Output } from './lethe/profiles/v1/UpdateProfileSettingsRequest';

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
    profiles: {
      v1: {
        AnonymousLabelStyle: EnumTypeDefinition
        CreateDraftRequest: MessageTypeDefinition<_lethe_profiles_v1_CreateDraftRequest, _lethe_profiles_v1_CreateDraftRequest__Output>
        Draft: MessageTypeDefinition<_lethe_profiles_v1_Draft, _lethe_profiles_v1_Draft__Output>
        GetDraftRequest: MessageTypeDefinition<_lethe_profiles_v1_GetDraftRequest, _lethe_profiles_v1_GetDraftRequest__Output>
        GetProfileSettingsRequest: MessageTypeDefinition<_lethe_profiles_v1_GetProfileSettingsRequest, _lethe_profiles_v1_GetProfileSettingsRequest__Output>
        ListSentProfilesRequest: MessageTypeDefinition<_lethe_profiles_v1_ListSentProfilesRequest, _lethe_profiles_v1_ListSentProfilesRequest__Output>
        ListSentProfilesResponse: MessageTypeDefinition<_lethe_profiles_v1_ListSentProfilesResponse, _lethe_profiles_v1_ListSentProfilesResponse__Output>
        PreviewDraftRequest: MessageTypeDefinition<_lethe_profiles_v1_PreviewDraftRequest, _lethe_profiles_v1_PreviewDraftRequest__Output>
        ProfileFact: MessageTypeDefinition<_lethe_profiles_v1_ProfileFact, _lethe_profiles_v1_ProfileFact__Output>
        ProfileKind: EnumTypeDefinition
        ProfilePdf: MessageTypeDefinition<_lethe_profiles_v1_ProfilePdf, _lethe_profiles_v1_ProfilePdf__Output>
        ProfileRenderingService: SubtypeConstructor<typeof grpc.Client, _lethe_profiles_v1_ProfileRenderingServiceClient> & { service: _lethe_profiles_v1_ProfileRenderingServiceDefinition }
        ProfileSection: MessageTypeDefinition<_lethe_profiles_v1_ProfileSection, _lethe_profiles_v1_ProfileSection__Output>
        ProfileSettings: MessageTypeDefinition<_lethe_profiles_v1_ProfileSettings, _lethe_profiles_v1_ProfileSettings__Output>
        RenderDraftPdfRequest: MessageTypeDefinition<_lethe_profiles_v1_RenderDraftPdfRequest, _lethe_profiles_v1_RenderDraftPdfRequest__Output>
        RenderedProfile: MessageTypeDefinition<_lethe_profiles_v1_RenderedProfile, _lethe_profiles_v1_RenderedProfile__Output>
        SendProfileRequest: MessageTypeDefinition<_lethe_profiles_v1_SendProfileRequest, _lethe_profiles_v1_SendProfileRequest__Output>
        SentProfile: MessageTypeDefinition<_lethe_profiles_v1_SentProfile, _lethe_profiles_v1_SentProfile__Output>
        SentState: EnumTypeDefinition
        UpdateDraftRequest: MessageTypeDefinition<_lethe_profiles_v1_UpdateDraftRequest, _lethe_profiles_v1_UpdateDraftRequest__Output>
        UpdateProfileSettingsRequest: MessageTypeDefinition<_lethe_profiles_v1_UpdateProfileSettingsRequest, _lethe_profiles_v1_UpdateProfileSettingsRequest__Output>
      }
    }
  }
}


import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { BadRequest as _lethe_common_v1_BadRequest, BadRequest__Output as _lethe_common_v1_BadRequest__Output } from './lethe/common/v1/BadRequest';
import type { ErrorInfo as _lethe_common_v1_ErrorInfo, ErrorInfo__Output as _lethe_common_v1_ErrorInfo__Output } from './lethe/common/v1/ErrorInfo';
import type { FieldViolation as _lethe_common_v1_FieldViolation, FieldViolation__Output as _lethe_common_v1_FieldViolation__Output } from './lethe/common/v1/FieldViolation';
import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from './lethe/common/v1/PageRequest';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from './lethe/common/v1/PageResponse';
import type { RequestContext as _lethe_common_v1_RequestContext, RequestContext__Output as _lethe_common_v1_RequestContext__Output } from './lethe/common/v1/RequestContext';
import type { DeleteUserAddressRequest as _lethe_messaging_v1_DeleteUserAddressRequest, DeleteUserAddressRequest__Output as _lethe_messaging_v1_DeleteUserAddressRequest__Output } from './lethe/messaging/v1/DeleteUserAddressRequest';
import type { DeleteUserAddressResponse as _lethe_messaging_v1_DeleteUserAddressResponse, DeleteUserAddressResponse__Output as _lethe_messaging_v1_DeleteUserAddressResponse__Output } from './lethe/messaging/v1/DeleteUserAddressResponse';
import type { DeliveryAttempt as _lethe_messaging_v1_DeliveryAttempt, DeliveryAttempt__Output as _lethe_messaging_v1_DeliveryAttempt__Output } from './lethe/messaging/v1/DeliveryAttempt';
import type { GetMessageRequest as _lethe_messaging_v1_GetMessageRequest, GetMessageRequest__Output as _lethe_messaging_v1_GetMessageRequest__Output } from './lethe/messaging/v1/GetMessageRequest';
import type { GetMessagingSettingsRequest as _lethe_messaging_v1_GetMessagingSettingsRequest, GetMessagingSettingsRequest__Output as _lethe_messaging_v1_GetMessagingSettingsRequest__Output } from './lethe/messaging/v1/GetMessagingSettingsRequest';
import type { GetTemplateRequest as _lethe_messaging_v1_GetTemplateRequest, GetTemplateRequest__Output as _lethe_messaging_v1_GetTemplateRequest__Output } from './lethe/messaging/v1/GetTemplateRequest';
import type { ListMessagesRequest as _lethe_messaging_v1_ListMessagesRequest, ListMessagesRequest__Output as _lethe_messaging_v1_ListMessagesRequest__Output } from './lethe/messaging/v1/ListMessagesRequest';
import type { ListMessagesResponse as _lethe_messaging_v1_ListMessagesResponse, ListMessagesResponse__Output as _lethe_messaging_v1_ListMessagesResponse__Output } from './lethe/messaging/v1/ListMessagesResponse';
import type { ListTemplatesRequest as _lethe_messaging_v1_ListTemplatesRequest, ListTemplatesRequest__Output as _lethe_messaging_v1_ListTemplatesRequest__Output } from './lethe/messaging/v1/ListTemplatesRequest';
import type { ListTemplatesResponse as _lethe_messaging_v1_ListTemplatesResponse, ListTemplatesResponse__Output as _lethe_messaging_v1_ListTemplatesResponse__Output } from './lethe/messaging/v1/ListTemplatesResponse';
import type { Message as _lethe_messaging_v1_Message, Message__Output as _lethe_messaging_v1_Message__Output } from './lethe/messaging/v1/Message';
import type { MessagingServiceClient as _lethe_messaging_v1_MessagingServiceClient, MessagingServiceDefinition as _lethe_messaging_v1_MessagingServiceDefinition } from './lethe/messaging/v1/MessagingService';
import type { MessagingSettings as _lethe_messaging_v1_MessagingSettings, MessagingSettings__Output as _lethe_messaging_v1_MessagingSettings__Output } from './lethe/messaging/v1/MessagingSettings';
import type { PreviewTemplateRequest as _lethe_messaging_v1_PreviewTemplateRequest, PreviewTemplateRequest__Output as _lethe_messaging_v1_PreviewTemplateRequest__Output } from './lethe/messaging/v1/PreviewTemplateRequest';
import type { Recipient as _lethe_messaging_v1_Recipient, Recipient__Output as _lethe_messaging_v1_Recipient__Output } from './lethe/messaging/v1/Recipient';
import type { RenderedMessage as _lethe_messaging_v1_RenderedMessage, RenderedMessage__Output as _lethe_messaging_v1_RenderedMessage__Output } from './lethe/messaging/v1/RenderedMessage';
import type { SaveTemplateRequest as _lethe_messaging_v1_SaveTemplateRequest, SaveTemplateRequest__Output as _lethe_messaging_v1_SaveTemplateRequest__Output } from './lethe/messaging/v1/SaveTemplateRequest';
import type { SendMessageRequest as _lethe_messaging_v1_SendMessageRequest, SendMessageRequest__Output as _lethe_messaging_v1_SendMessageRequest__Output } from './lethe/messaging/v1/SendMessageRequest';
import type { SendMessageResponse as _lethe_messaging_v1_SendMessageResponse, SendMessageResponse__Output as _lethe_messaging_v1_SendMessageResponse__Output } from './lethe/messaging/v1/SendMessageResponse';
import type { SetUserAddressRequest as _lethe_messaging_v1_SetUserAddressRequest, SetUserAddressRequest__Output as _lethe_messaging_v1_SetUserAddressRequest__Output } from './lethe/messaging/v1/SetUserAddressRequest';
import type { Template as _lethe_messaging_v1_Template, Template__Output as _lethe_messaging_v1_Template__Output } from './lethe/messaging/v1/Template';
import type { UpdateMessagingSettingsRequest as _lethe_messaging_v1_UpdateMessagingSettingsRequest, UpdateMessagingSettingsRequest__Output as _lethe_messaging_v1_UpdateMessagingSettingsRequest__Output } from './lethe/messaging/v1/UpdateMessagingSettingsRequest';
import type { UserAddress as _lethe_messaging_v1_UserAddress, UserAddress__Output as _lethe_messaging_v1_UserAddress__Output } from './lethe/messaging/v1/UserAddress';

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
    messaging: {
      v1: {
        DeleteUserAddressRequest: MessageTypeDefinition<_lethe_messaging_v1_DeleteUserAddressRequest, _lethe_messaging_v1_DeleteUserAddressRequest__Output>
        DeleteUserAddressResponse: MessageTypeDefinition<_lethe_messaging_v1_DeleteUserAddressResponse, _lethe_messaging_v1_DeleteUserAddressResponse__Output>
        DeliveryAttempt: MessageTypeDefinition<_lethe_messaging_v1_DeliveryAttempt, _lethe_messaging_v1_DeliveryAttempt__Output>
        GetMessageRequest: MessageTypeDefinition<_lethe_messaging_v1_GetMessageRequest, _lethe_messaging_v1_GetMessageRequest__Output>
        GetMessagingSettingsRequest: MessageTypeDefinition<_lethe_messaging_v1_GetMessagingSettingsRequest, _lethe_messaging_v1_GetMessagingSettingsRequest__Output>
        GetTemplateRequest: MessageTypeDefinition<_lethe_messaging_v1_GetTemplateRequest, _lethe_messaging_v1_GetTemplateRequest__Output>
        ListMessagesRequest: MessageTypeDefinition<_lethe_messaging_v1_ListMessagesRequest, _lethe_messaging_v1_ListMessagesRequest__Output>
        ListMessagesResponse: MessageTypeDefinition<_lethe_messaging_v1_ListMessagesResponse, _lethe_messaging_v1_ListMessagesResponse__Output>
        ListTemplatesRequest: MessageTypeDefinition<_lethe_messaging_v1_ListTemplatesRequest, _lethe_messaging_v1_ListTemplatesRequest__Output>
        ListTemplatesResponse: MessageTypeDefinition<_lethe_messaging_v1_ListTemplatesResponse, _lethe_messaging_v1_ListTemplatesResponse__Output>
        Message: MessageTypeDefinition<_lethe_messaging_v1_Message, _lethe_messaging_v1_Message__Output>
        MessageAudience: EnumTypeDefinition
        MessageState: EnumTypeDefinition
        MessagingService: SubtypeConstructor<typeof grpc.Client, _lethe_messaging_v1_MessagingServiceClient> & { service: _lethe_messaging_v1_MessagingServiceDefinition }
        MessagingSettings: MessageTypeDefinition<_lethe_messaging_v1_MessagingSettings, _lethe_messaging_v1_MessagingSettings__Output>
        PreviewTemplateRequest: MessageTypeDefinition<_lethe_messaging_v1_PreviewTemplateRequest, _lethe_messaging_v1_PreviewTemplateRequest__Output>
        Recipient: MessageTypeDefinition<_lethe_messaging_v1_Recipient, _lethe_messaging_v1_Recipient__Output>
        RenderedMessage: MessageTypeDefinition<_lethe_messaging_v1_RenderedMessage, _lethe_messaging_v1_RenderedMessage__Output>
        SaveTemplateRequest: MessageTypeDefinition<_lethe_messaging_v1_SaveTemplateRequest, _lethe_messaging_v1_SaveTemplateRequest__Output>
        SendMessageRequest: MessageTypeDefinition<_lethe_messaging_v1_SendMessageRequest, _lethe_messaging_v1_SendMessageRequest__Output>
        SendMessageResponse: MessageTypeDefinition<_lethe_messaging_v1_SendMessageResponse, _lethe_messaging_v1_SendMessageResponse__Output>
        SetUserAddressRequest: MessageTypeDefinition<_lethe_messaging_v1_SetUserAddressRequest, _lethe_messaging_v1_SetUserAddressRequest__Output>
        Template: MessageTypeDefinition<_lethe_messaging_v1_Template, _lethe_messaging_v1_Template__Output>
        UpdateMessagingSettingsRequest: MessageTypeDefinition<_lethe_messaging_v1_UpdateMessagingSettingsRequest, _lethe_messaging_v1_UpdateMessagingSettingsRequest__Output>
        UserAddress: MessageTypeDefinition<_lethe_messaging_v1_UserAddress, _lethe_messaging_v1_UserAddress__Output>
      }
    }
  }
}


// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DeleteUserAddressRequest as _lethe_messaging_v1_DeleteUserAddressRequest, DeleteUserAddressRequest__Output as _lethe_messaging_v1_DeleteUserAddressRequest__Output } from '../../../lethe/messaging/v1/DeleteUserAddressRequest';
import type { DeleteUserAddressResponse as _lethe_messaging_v1_DeleteUserAddressResponse, DeleteUserAddressResponse__Output as _lethe_messaging_v1_DeleteUserAddressResponse__Output } from '../../../lethe/messaging/v1/DeleteUserAddressResponse';
import type { GetMessageRequest as _lethe_messaging_v1_GetMessageRequest, GetMessageRequest__Output as _lethe_messaging_v1_GetMessageRequest__Output } from '../../../lethe/messaging/v1/GetMessageRequest';
import type { GetMessagingSettingsRequest as _lethe_messaging_v1_GetMessagingSettingsRequest, GetMessagingSettingsRequest__Output as _lethe_messaging_v1_GetMessagingSettingsRequest__Output } from '../../../lethe/messaging/v1/GetMessagingSettingsRequest';
import type { GetTemplateRequest as _lethe_messaging_v1_GetTemplateRequest, GetTemplateRequest__Output as _lethe_messaging_v1_GetTemplateRequest__Output } from '../../../lethe/messaging/v1/GetTemplateRequest';
import type { ListMessagesRequest as _lethe_messaging_v1_ListMessagesRequest, ListMessagesRequest__Output as _lethe_messaging_v1_ListMessagesRequest__Output } from '../../../lethe/messaging/v1/ListMessagesRequest';
import type { ListMessagesResponse as _lethe_messaging_v1_ListMessagesResponse, ListMessagesResponse__Output as _lethe_messaging_v1_ListMessagesResponse__Output } from '../../../lethe/messaging/v1/ListMessagesResponse';
import type { ListTemplatesRequest as _lethe_messaging_v1_ListTemplatesRequest, ListTemplatesRequest__Output as _lethe_messaging_v1_ListTemplatesRequest__Output } from '../../../lethe/messaging/v1/ListTemplatesRequest';
import type { ListTemplatesResponse as _lethe_messaging_v1_ListTemplatesResponse, ListTemplatesResponse__Output as _lethe_messaging_v1_ListTemplatesResponse__Output } from '../../../lethe/messaging/v1/ListTemplatesResponse';
import type { Message as _lethe_messaging_v1_Message, Message__Output as _lethe_messaging_v1_Message__Output } from '../../../lethe/messaging/v1/Message';
import type { MessagingSettings as _lethe_messaging_v1_MessagingSettings, MessagingSettings__Output as _lethe_messaging_v1_MessagingSettings__Output } from '../../../lethe/messaging/v1/MessagingSettings';
import type { PreviewTemplateRequest as _lethe_messaging_v1_PreviewTemplateRequest, PreviewTemplateRequest__Output as _lethe_messaging_v1_PreviewTemplateRequest__Output } from '../../../lethe/messaging/v1/PreviewTemplateRequest';
import type { RenderedMessage as _lethe_messaging_v1_RenderedMessage, RenderedMessage__Output as _lethe_messaging_v1_RenderedMessage__Output } from '../../../lethe/messaging/v1/RenderedMessage';
import type { SaveTemplateRequest as _lethe_messaging_v1_SaveTemplateRequest, SaveTemplateRequest__Output as _lethe_messaging_v1_SaveTemplateRequest__Output } from '../../../lethe/messaging/v1/SaveTemplateRequest';
import type { SendMessageRequest as _lethe_messaging_v1_SendMessageRequest, SendMessageRequest__Output as _lethe_messaging_v1_SendMessageRequest__Output } from '../../../lethe/messaging/v1/SendMessageRequest';
import type { SendMessageResponse as _lethe_messaging_v1_SendMessageResponse, SendMessageResponse__Output as _lethe_messaging_v1_SendMessageResponse__Output } from '../../../lethe/messaging/v1/SendMessageResponse';
import type { SetUserAddressRequest as _lethe_messaging_v1_SetUserAddressRequest, SetUserAddressRequest__Output as _lethe_messaging_v1_SetUserAddressRequest__Output } from '../../../lethe/messaging/v1/SetUserAddressRequest';
import type { Template as _lethe_messaging_v1_Template, Template__Output as _lethe_messaging_v1_Template__Output } from '../../../lethe/messaging/v1/Template';
import type { UpdateMessagingSettingsRequest as _lethe_messaging_v1_UpdateMessagingSettingsRequest, UpdateMessagingSettingsRequest__Output as _lethe_messaging_v1_UpdateMessagingSettingsRequest__Output } from '../../../lethe/messaging/v1/UpdateMessagingSettingsRequest';
import type { UserAddress as _lethe_messaging_v1_UserAddress, UserAddress__Output as _lethe_messaging_v1_UserAddress__Output } from '../../../lethe/messaging/v1/UserAddress';

export interface MessagingServiceClient extends grpc.Client {
  DeleteUserAddress(argument: _lethe_messaging_v1_DeleteUserAddressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_DeleteUserAddressResponse__Output>): grpc.ClientUnaryCall;
  DeleteUserAddress(argument: _lethe_messaging_v1_DeleteUserAddressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_DeleteUserAddressResponse__Output>): grpc.ClientUnaryCall;
  DeleteUserAddress(argument: _lethe_messaging_v1_DeleteUserAddressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_DeleteUserAddressResponse__Output>): grpc.ClientUnaryCall;
  DeleteUserAddress(argument: _lethe_messaging_v1_DeleteUserAddressRequest, callback: grpc.requestCallback<_lethe_messaging_v1_DeleteUserAddressResponse__Output>): grpc.ClientUnaryCall;
  deleteUserAddress(argument: _lethe_messaging_v1_DeleteUserAddressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_DeleteUserAddressResponse__Output>): grpc.ClientUnaryCall;
  deleteUserAddress(argument: _lethe_messaging_v1_DeleteUserAddressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_DeleteUserAddressResponse__Output>): grpc.ClientUnaryCall;
  deleteUserAddress(argument: _lethe_messaging_v1_DeleteUserAddressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_DeleteUserAddressResponse__Output>): grpc.ClientUnaryCall;
  deleteUserAddress(argument: _lethe_messaging_v1_DeleteUserAddressRequest, callback: grpc.requestCallback<_lethe_messaging_v1_DeleteUserAddressResponse__Output>): grpc.ClientUnaryCall;
  
  GetMessage(argument: _lethe_messaging_v1_GetMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  GetMessage(argument: _lethe_messaging_v1_GetMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  GetMessage(argument: _lethe_messaging_v1_GetMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  GetMessage(argument: _lethe_messaging_v1_GetMessageRequest, callback: grpc.requestCallback<_lethe_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  getMessage(argument: _lethe_messaging_v1_GetMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  getMessage(argument: _lethe_messaging_v1_GetMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  getMessage(argument: _lethe_messaging_v1_GetMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  getMessage(argument: _lethe_messaging_v1_GetMessageRequest, callback: grpc.requestCallback<_lethe_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  
  GetMessagingSettings(argument: _lethe_messaging_v1_GetMessagingSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  GetMessagingSettings(argument: _lethe_messaging_v1_GetMessagingSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  GetMessagingSettings(argument: _lethe_messaging_v1_GetMessagingSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  GetMessagingSettings(argument: _lethe_messaging_v1_GetMessagingSettingsRequest, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  getMessagingSettings(argument: _lethe_messaging_v1_GetMessagingSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  getMessagingSettings(argument: _lethe_messaging_v1_GetMessagingSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  getMessagingSettings(argument: _lethe_messaging_v1_GetMessagingSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  getMessagingSettings(argument: _lethe_messaging_v1_GetMessagingSettingsRequest, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  
  GetTemplate(argument: _lethe_messaging_v1_GetTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  GetTemplate(argument: _lethe_messaging_v1_GetTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  GetTemplate(argument: _lethe_messaging_v1_GetTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  GetTemplate(argument: _lethe_messaging_v1_GetTemplateRequest, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _lethe_messaging_v1_GetTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _lethe_messaging_v1_GetTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _lethe_messaging_v1_GetTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _lethe_messaging_v1_GetTemplateRequest, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  
  ListMessages(argument: _lethe_messaging_v1_ListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _lethe_messaging_v1_ListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _lethe_messaging_v1_ListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _lethe_messaging_v1_ListMessagesRequest, callback: grpc.requestCallback<_lethe_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _lethe_messaging_v1_ListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _lethe_messaging_v1_ListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _lethe_messaging_v1_ListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _lethe_messaging_v1_ListMessagesRequest, callback: grpc.requestCallback<_lethe_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  ListTemplates(argument: _lethe_messaging_v1_ListTemplatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _lethe_messaging_v1_ListTemplatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _lethe_messaging_v1_ListTemplatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _lethe_messaging_v1_ListTemplatesRequest, callback: grpc.requestCallback<_lethe_messaging_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _lethe_messaging_v1_ListTemplatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _lethe_messaging_v1_ListTemplatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _lethe_messaging_v1_ListTemplatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _lethe_messaging_v1_ListTemplatesRequest, callback: grpc.requestCallback<_lethe_messaging_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  
  PreviewTemplate(argument: _lethe_messaging_v1_PreviewTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_RenderedMessage__Output>): grpc.ClientUnaryCall;
  PreviewTemplate(argument: _lethe_messaging_v1_PreviewTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_RenderedMessage__Output>): grpc.ClientUnaryCall;
  PreviewTemplate(argument: _lethe_messaging_v1_PreviewTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_RenderedMessage__Output>): grpc.ClientUnaryCall;
  PreviewTemplate(argument: _lethe_messaging_v1_PreviewTemplateRequest, callback: grpc.requestCallback<_lethe_messaging_v1_RenderedMessage__Output>): grpc.ClientUnaryCall;
  previewTemplate(argument: _lethe_messaging_v1_PreviewTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_RenderedMessage__Output>): grpc.ClientUnaryCall;
  previewTemplate(argument: _lethe_messaging_v1_PreviewTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_RenderedMessage__Output>): grpc.ClientUnaryCall;
  previewTemplate(argument: _lethe_messaging_v1_PreviewTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_RenderedMessage__Output>): grpc.ClientUnaryCall;
  previewTemplate(argument: _lethe_messaging_v1_PreviewTemplateRequest, callback: grpc.requestCallback<_lethe_messaging_v1_RenderedMessage__Output>): grpc.ClientUnaryCall;
  
  SaveTemplate(argument: _lethe_messaging_v1_SaveTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  SaveTemplate(argument: _lethe_messaging_v1_SaveTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  SaveTemplate(argument: _lethe_messaging_v1_SaveTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  SaveTemplate(argument: _lethe_messaging_v1_SaveTemplateRequest, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  saveTemplate(argument: _lethe_messaging_v1_SaveTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  saveTemplate(argument: _lethe_messaging_v1_SaveTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  saveTemplate(argument: _lethe_messaging_v1_SaveTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  saveTemplate(argument: _lethe_messaging_v1_SaveTemplateRequest, callback: grpc.requestCallback<_lethe_messaging_v1_Template__Output>): grpc.ClientUnaryCall;
  
  SendMessage(argument: _lethe_messaging_v1_SendMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _lethe_messaging_v1_SendMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _lethe_messaging_v1_SendMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _lethe_messaging_v1_SendMessageRequest, callback: grpc.requestCallback<_lethe_messaging_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _lethe_messaging_v1_SendMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _lethe_messaging_v1_SendMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _lethe_messaging_v1_SendMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _lethe_messaging_v1_SendMessageRequest, callback: grpc.requestCallback<_lethe_messaging_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  
  SetUserAddress(argument: _lethe_messaging_v1_SetUserAddressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_UserAddress__Output>): grpc.ClientUnaryCall;
  SetUserAddress(argument: _lethe_messaging_v1_SetUserAddressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_UserAddress__Output>): grpc.ClientUnaryCall;
  SetUserAddress(argument: _lethe_messaging_v1_SetUserAddressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_UserAddress__Output>): grpc.ClientUnaryCall;
  SetUserAddress(argument: _lethe_messaging_v1_SetUserAddressRequest, callback: grpc.requestCallback<_lethe_messaging_v1_UserAddress__Output>): grpc.ClientUnaryCall;
  setUserAddress(argument: _lethe_messaging_v1_SetUserAddressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_UserAddress__Output>): grpc.ClientUnaryCall;
  setUserAddress(argument: _lethe_messaging_v1_SetUserAddressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_UserAddress__Output>): grpc.ClientUnaryCall;
  setUserAddress(argument: _lethe_messaging_v1_SetUserAddressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_UserAddress__Output>): grpc.ClientUnaryCall;
  setUserAddress(argument: _lethe_messaging_v1_SetUserAddressRequest, callback: grpc.requestCallback<_lethe_messaging_v1_UserAddress__Output>): grpc.ClientUnaryCall;
  
  UpdateMessagingSettings(argument: _lethe_messaging_v1_UpdateMessagingSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  UpdateMessagingSettings(argument: _lethe_messaging_v1_UpdateMessagingSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  UpdateMessagingSettings(argument: _lethe_messaging_v1_UpdateMessagingSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  UpdateMessagingSettings(argument: _lethe_messaging_v1_UpdateMessagingSettingsRequest, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  updateMessagingSettings(argument: _lethe_messaging_v1_UpdateMessagingSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  updateMessagingSettings(argument: _lethe_messaging_v1_UpdateMessagingSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  updateMessagingSettings(argument: _lethe_messaging_v1_UpdateMessagingSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  updateMessagingSettings(argument: _lethe_messaging_v1_UpdateMessagingSettingsRequest, callback: grpc.requestCallback<_lethe_messaging_v1_MessagingSettings__Output>): grpc.ClientUnaryCall;
  
}

export interface MessagingServiceHandlers extends grpc.UntypedServiceImplementation {
  DeleteUserAddress: grpc.handleUnaryCall<_lethe_messaging_v1_DeleteUserAddressRequest__Output, _lethe_messaging_v1_DeleteUserAddressResponse>;
  
  GetMessage: grpc.handleUnaryCall<_lethe_messaging_v1_GetMessageRequest__Output, _lethe_messaging_v1_Message>;
  
  GetMessagingSettings: grpc.handleUnaryCall<_lethe_messaging_v1_GetMessagingSettingsRequest__Output, _lethe_messaging_v1_MessagingSettings>;
  
  GetTemplate: grpc.handleUnaryCall<_lethe_messaging_v1_GetTemplateRequest__Output, _lethe_messaging_v1_Template>;
  
  ListMessages: grpc.handleUnaryCall<_lethe_messaging_v1_ListMessagesRequest__Output, _lethe_messaging_v1_ListMessagesResponse>;
  
  ListTemplates: grpc.handleUnaryCall<_lethe_messaging_v1_ListTemplatesRequest__Output, _lethe_messaging_v1_ListTemplatesResponse>;
  
  PreviewTemplate: grpc.handleUnaryCall<_lethe_messaging_v1_PreviewTemplateRequest__Output, _lethe_messaging_v1_RenderedMessage>;
  
  SaveTemplate: grpc.handleUnaryCall<_lethe_messaging_v1_SaveTemplateRequest__Output, _lethe_messaging_v1_Template>;
  
  SendMessage: grpc.handleUnaryCall<_lethe_messaging_v1_SendMessageRequest__Output, _lethe_messaging_v1_SendMessageResponse>;
  
  SetUserAddress: grpc.handleUnaryCall<_lethe_messaging_v1_SetUserAddressRequest__Output, _lethe_messaging_v1_UserAddress>;
  
  UpdateMessagingSettings: grpc.handleUnaryCall<_lethe_messaging_v1_UpdateMessagingSettingsRequest__Output, _lethe_messaging_v1_MessagingSettings>;
  
}

export interface MessagingServiceDefinition extends grpc.ServiceDefinition {
  DeleteUserAddress: MethodDefinition<_lethe_messaging_v1_DeleteUserAddressRequest, _lethe_messaging_v1_DeleteUserAddressResponse, _lethe_messaging_v1_DeleteUserAddressRequest__Output, _lethe_messaging_v1_DeleteUserAddressResponse__Output>
  GetMessage: MethodDefinition<_lethe_messaging_v1_GetMessageRequest, _lethe_messaging_v1_Message, _lethe_messaging_v1_GetMessageRequest__Output, _lethe_messaging_v1_Message__Output>
  GetMessagingSettings: MethodDefinition<_lethe_messaging_v1_GetMessagingSettingsRequest, _lethe_messaging_v1_MessagingSettings, _lethe_messaging_v1_GetMessagingSettingsRequest__Output, _lethe_messaging_v1_MessagingSettings__Output>
  GetTemplate: MethodDefinition<_lethe_messaging_v1_GetTemplateRequest, _lethe_messaging_v1_Template, _lethe_messaging_v1_GetTemplateRequest__Output, _lethe_messaging_v1_Template__Output>
  ListMessages: MethodDefinition<_lethe_messaging_v1_ListMessagesRequest, _lethe_messaging_v1_ListMessagesResponse, _lethe_messaging_v1_ListMessagesRequest__Output, _lethe_messaging_v1_ListMessagesResponse__Output>
  ListTemplates: MethodDefinition<_lethe_messaging_v1_ListTemplatesRequest, _lethe_messaging_v1_ListTemplatesResponse, _lethe_messaging_v1_ListTemplatesRequest__Output, _lethe_messaging_v1_ListTemplatesResponse__Output>
  PreviewTemplate: MethodDefinition<_lethe_messaging_v1_PreviewTemplateRequest, _lethe_messaging_v1_RenderedMessage, _lethe_messaging_v1_PreviewTemplateRequest__Output, _lethe_messaging_v1_RenderedMessage__Output>
  SaveTemplate: MethodDefinition<_lethe_messaging_v1_SaveTemplateRequest, _lethe_messaging_v1_Template, _lethe_messaging_v1_SaveTemplateRequest__Output, _lethe_messaging_v1_Template__Output>
  SendMessage: MethodDefinition<_lethe_messaging_v1_SendMessageRequest, _lethe_messaging_v1_SendMessageResponse, _lethe_messaging_v1_SendMessageRequest__Output, _lethe_messaging_v1_SendMessageResponse__Output>
  SetUserAddress: MethodDefinition<_lethe_messaging_v1_SetUserAddressRequest, _lethe_messaging_v1_UserAddress, _lethe_messaging_v1_SetUserAddressRequest__Output, _lethe_messaging_v1_UserAddress__Output>
  UpdateMessagingSettings: MethodDefinition<_lethe_messaging_v1_UpdateMessagingSettingsRequest, _lethe_messaging_v1_MessagingSettings, _lethe_messaging_v1_UpdateMessagingSettingsRequest__Output, _lethe_messaging_v1_MessagingSettings__Output>
}

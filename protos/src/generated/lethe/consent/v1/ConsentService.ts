// Original file: proto/lethe/consent/v1/consent_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CheckConsentRequest as _lethe_consent_v1_CheckConsentRequest, CheckConsentRequest__Output as _lethe_consent_v1_CheckConsentRequest__Output } from '../../../lethe/consent/v1/CheckConsentRequest';
import type { CheckConsentResponse as _lethe_consent_v1_CheckConsentResponse, CheckConsentResponse__Output as _lethe_consent_v1_CheckConsentResponse__Output } from '../../../lethe/consent/v1/CheckConsentResponse';
import type { Consent as _lethe_consent_v1_Consent, Consent__Output as _lethe_consent_v1_Consent__Output } from '../../../lethe/consent/v1/Consent';
import type { ConsentReceipt as _lethe_consent_v1_ConsentReceipt, ConsentReceipt__Output as _lethe_consent_v1_ConsentReceipt__Output } from '../../../lethe/consent/v1/ConsentReceipt';
import type { ConsentSettings as _lethe_consent_v1_ConsentSettings, ConsentSettings__Output as _lethe_consent_v1_ConsentSettings__Output } from '../../../lethe/consent/v1/ConsentSettings';
import type { ConsentStatement as _lethe_consent_v1_ConsentStatement, ConsentStatement__Output as _lethe_consent_v1_ConsentStatement__Output } from '../../../lethe/consent/v1/ConsentStatement';
import type { ConsentText as _lethe_consent_v1_ConsentText, ConsentText__Output as _lethe_consent_v1_ConsentText__Output } from '../../../lethe/consent/v1/ConsentText';
import type { Controller as _lethe_consent_v1_Controller, Controller__Output as _lethe_consent_v1_Controller__Output } from '../../../lethe/consent/v1/Controller';
import type { DeclineRequest as _lethe_consent_v1_DeclineRequest, DeclineRequest__Output as _lethe_consent_v1_DeclineRequest__Output } from '../../../lethe/consent/v1/DeclineRequest';
import type { GetConsentReceiptRequest as _lethe_consent_v1_GetConsentReceiptRequest, GetConsentReceiptRequest__Output as _lethe_consent_v1_GetConsentReceiptRequest__Output } from '../../../lethe/consent/v1/GetConsentReceiptRequest';
import type { GetConsentSettingsRequest as _lethe_consent_v1_GetConsentSettingsRequest, GetConsentSettingsRequest__Output as _lethe_consent_v1_GetConsentSettingsRequest__Output } from '../../../lethe/consent/v1/GetConsentSettingsRequest';
import type { GetConsentStatementRequest as _lethe_consent_v1_GetConsentStatementRequest, GetConsentStatementRequest__Output as _lethe_consent_v1_GetConsentStatementRequest__Output } from '../../../lethe/consent/v1/GetConsentStatementRequest';
import type { GetControllerRequest as _lethe_consent_v1_GetControllerRequest, GetControllerRequest__Output as _lethe_consent_v1_GetControllerRequest__Output } from '../../../lethe/consent/v1/GetControllerRequest';
import type { GrantManuallyRequest as _lethe_consent_v1_GrantManuallyRequest, GrantManuallyRequest__Output as _lethe_consent_v1_GrantManuallyRequest__Output } from '../../../lethe/consent/v1/GrantManuallyRequest';
import type { IssueRequestLinkRequest as _lethe_consent_v1_IssueRequestLinkRequest, IssueRequestLinkRequest__Output as _lethe_consent_v1_IssueRequestLinkRequest__Output } from '../../../lethe/consent/v1/IssueRequestLinkRequest';
import type { IssuedLink as _lethe_consent_v1_IssuedLink, IssuedLink__Output as _lethe_consent_v1_IssuedLink__Output } from '../../../lethe/consent/v1/IssuedLink';
import type { ListConsentTextsRequest as _lethe_consent_v1_ListConsentTextsRequest, ListConsentTextsRequest__Output as _lethe_consent_v1_ListConsentTextsRequest__Output } from '../../../lethe/consent/v1/ListConsentTextsRequest';
import type { ListConsentTextsResponse as _lethe_consent_v1_ListConsentTextsResponse, ListConsentTextsResponse__Output as _lethe_consent_v1_ListConsentTextsResponse__Output } from '../../../lethe/consent/v1/ListConsentTextsResponse';
import type { ListConsentsRequest as _lethe_consent_v1_ListConsentsRequest, ListConsentsRequest__Output as _lethe_consent_v1_ListConsentsRequest__Output } from '../../../lethe/consent/v1/ListConsentsRequest';
import type { ListConsentsResponse as _lethe_consent_v1_ListConsentsResponse, ListConsentsResponse__Output as _lethe_consent_v1_ListConsentsResponse__Output } from '../../../lethe/consent/v1/ListConsentsResponse';
import type { PublishConsentTextRequest as _lethe_consent_v1_PublishConsentTextRequest, PublishConsentTextRequest__Output as _lethe_consent_v1_PublishConsentTextRequest__Output } from '../../../lethe/consent/v1/PublishConsentTextRequest';
import type { RecordFormConsentRequest as _lethe_consent_v1_RecordFormConsentRequest, RecordFormConsentRequest__Output as _lethe_consent_v1_RecordFormConsentRequest__Output } from '../../../lethe/consent/v1/RecordFormConsentRequest';
import type { RequestConsentRequest as _lethe_consent_v1_RequestConsentRequest, RequestConsentRequest__Output as _lethe_consent_v1_RequestConsentRequest__Output } from '../../../lethe/consent/v1/RequestConsentRequest';
import type { RequestConsentResponse as _lethe_consent_v1_RequestConsentResponse, RequestConsentResponse__Output as _lethe_consent_v1_RequestConsentResponse__Output } from '../../../lethe/consent/v1/RequestConsentResponse';
import type { UpdateConsentSettingsRequest as _lethe_consent_v1_UpdateConsentSettingsRequest, UpdateConsentSettingsRequest__Output as _lethe_consent_v1_UpdateConsentSettingsRequest__Output } from '../../../lethe/consent/v1/UpdateConsentSettingsRequest';
import type { UpdateControllerRequest as _lethe_consent_v1_UpdateControllerRequest, UpdateControllerRequest__Output as _lethe_consent_v1_UpdateControllerRequest__Output } from '../../../lethe/consent/v1/UpdateControllerRequest';
import type { WithdrawRequest as _lethe_consent_v1_WithdrawRequest, WithdrawRequest__Output as _lethe_consent_v1_WithdrawRequest__Output } from '../../../lethe/consent/v1/WithdrawRequest';
import type { WithdrawResponse as _lethe_consent_v1_WithdrawResponse, WithdrawResponse__Output as _lethe_consent_v1_WithdrawResponse__Output } from '../../../lethe/consent/v1/WithdrawResponse';

export interface ConsentServiceClient extends grpc.Client {
  CheckConsent(argument: _lethe_consent_v1_CheckConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_CheckConsentResponse__Output>): grpc.ClientUnaryCall;
  CheckConsent(argument: _lethe_consent_v1_CheckConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_CheckConsentResponse__Output>): grpc.ClientUnaryCall;
  CheckConsent(argument: _lethe_consent_v1_CheckConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_CheckConsentResponse__Output>): grpc.ClientUnaryCall;
  CheckConsent(argument: _lethe_consent_v1_CheckConsentRequest, callback: grpc.requestCallback<_lethe_consent_v1_CheckConsentResponse__Output>): grpc.ClientUnaryCall;
  checkConsent(argument: _lethe_consent_v1_CheckConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_CheckConsentResponse__Output>): grpc.ClientUnaryCall;
  checkConsent(argument: _lethe_consent_v1_CheckConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_CheckConsentResponse__Output>): grpc.ClientUnaryCall;
  checkConsent(argument: _lethe_consent_v1_CheckConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_CheckConsentResponse__Output>): grpc.ClientUnaryCall;
  checkConsent(argument: _lethe_consent_v1_CheckConsentRequest, callback: grpc.requestCallback<_lethe_consent_v1_CheckConsentResponse__Output>): grpc.ClientUnaryCall;
  
  Decline(argument: _lethe_consent_v1_DeclineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  Decline(argument: _lethe_consent_v1_DeclineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  Decline(argument: _lethe_consent_v1_DeclineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  Decline(argument: _lethe_consent_v1_DeclineRequest, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  decline(argument: _lethe_consent_v1_DeclineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  decline(argument: _lethe_consent_v1_DeclineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  decline(argument: _lethe_consent_v1_DeclineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  decline(argument: _lethe_consent_v1_DeclineRequest, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  
  GetConsentReceipt(argument: _lethe_consent_v1_GetConsentReceiptRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentReceipt__Output>): grpc.ClientUnaryCall;
  GetConsentReceipt(argument: _lethe_consent_v1_GetConsentReceiptRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ConsentReceipt__Output>): grpc.ClientUnaryCall;
  GetConsentReceipt(argument: _lethe_consent_v1_GetConsentReceiptRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentReceipt__Output>): grpc.ClientUnaryCall;
  GetConsentReceipt(argument: _lethe_consent_v1_GetConsentReceiptRequest, callback: grpc.requestCallback<_lethe_consent_v1_ConsentReceipt__Output>): grpc.ClientUnaryCall;
  getConsentReceipt(argument: _lethe_consent_v1_GetConsentReceiptRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentReceipt__Output>): grpc.ClientUnaryCall;
  getConsentReceipt(argument: _lethe_consent_v1_GetConsentReceiptRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ConsentReceipt__Output>): grpc.ClientUnaryCall;
  getConsentReceipt(argument: _lethe_consent_v1_GetConsentReceiptRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentReceipt__Output>): grpc.ClientUnaryCall;
  getConsentReceipt(argument: _lethe_consent_v1_GetConsentReceiptRequest, callback: grpc.requestCallback<_lethe_consent_v1_ConsentReceipt__Output>): grpc.ClientUnaryCall;
  
  GetConsentSettings(argument: _lethe_consent_v1_GetConsentSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  GetConsentSettings(argument: _lethe_consent_v1_GetConsentSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  GetConsentSettings(argument: _lethe_consent_v1_GetConsentSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  GetConsentSettings(argument: _lethe_consent_v1_GetConsentSettingsRequest, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  getConsentSettings(argument: _lethe_consent_v1_GetConsentSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  getConsentSettings(argument: _lethe_consent_v1_GetConsentSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  getConsentSettings(argument: _lethe_consent_v1_GetConsentSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  getConsentSettings(argument: _lethe_consent_v1_GetConsentSettingsRequest, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  
  GetConsentStatement(argument: _lethe_consent_v1_GetConsentStatementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentStatement__Output>): grpc.ClientUnaryCall;
  GetConsentStatement(argument: _lethe_consent_v1_GetConsentStatementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ConsentStatement__Output>): grpc.ClientUnaryCall;
  GetConsentStatement(argument: _lethe_consent_v1_GetConsentStatementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentStatement__Output>): grpc.ClientUnaryCall;
  GetConsentStatement(argument: _lethe_consent_v1_GetConsentStatementRequest, callback: grpc.requestCallback<_lethe_consent_v1_ConsentStatement__Output>): grpc.ClientUnaryCall;
  getConsentStatement(argument: _lethe_consent_v1_GetConsentStatementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentStatement__Output>): grpc.ClientUnaryCall;
  getConsentStatement(argument: _lethe_consent_v1_GetConsentStatementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ConsentStatement__Output>): grpc.ClientUnaryCall;
  getConsentStatement(argument: _lethe_consent_v1_GetConsentStatementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentStatement__Output>): grpc.ClientUnaryCall;
  getConsentStatement(argument: _lethe_consent_v1_GetConsentStatementRequest, callback: grpc.requestCallback<_lethe_consent_v1_ConsentStatement__Output>): grpc.ClientUnaryCall;
  
  GetController(argument: _lethe_consent_v1_GetControllerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  GetController(argument: _lethe_consent_v1_GetControllerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  GetController(argument: _lethe_consent_v1_GetControllerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  GetController(argument: _lethe_consent_v1_GetControllerRequest, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  getController(argument: _lethe_consent_v1_GetControllerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  getController(argument: _lethe_consent_v1_GetControllerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  getController(argument: _lethe_consent_v1_GetControllerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  getController(argument: _lethe_consent_v1_GetControllerRequest, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  
  GrantManually(argument: _lethe_consent_v1_GrantManuallyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  GrantManually(argument: _lethe_consent_v1_GrantManuallyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  GrantManually(argument: _lethe_consent_v1_GrantManuallyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  GrantManually(argument: _lethe_consent_v1_GrantManuallyRequest, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  grantManually(argument: _lethe_consent_v1_GrantManuallyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  grantManually(argument: _lethe_consent_v1_GrantManuallyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  grantManually(argument: _lethe_consent_v1_GrantManuallyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  grantManually(argument: _lethe_consent_v1_GrantManuallyRequest, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  
  IssueRequestLink(argument: _lethe_consent_v1_IssueRequestLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_IssuedLink__Output>): grpc.ClientUnaryCall;
  IssueRequestLink(argument: _lethe_consent_v1_IssueRequestLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_IssuedLink__Output>): grpc.ClientUnaryCall;
  IssueRequestLink(argument: _lethe_consent_v1_IssueRequestLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_IssuedLink__Output>): grpc.ClientUnaryCall;
  IssueRequestLink(argument: _lethe_consent_v1_IssueRequestLinkRequest, callback: grpc.requestCallback<_lethe_consent_v1_IssuedLink__Output>): grpc.ClientUnaryCall;
  issueRequestLink(argument: _lethe_consent_v1_IssueRequestLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_IssuedLink__Output>): grpc.ClientUnaryCall;
  issueRequestLink(argument: _lethe_consent_v1_IssueRequestLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_IssuedLink__Output>): grpc.ClientUnaryCall;
  issueRequestLink(argument: _lethe_consent_v1_IssueRequestLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_IssuedLink__Output>): grpc.ClientUnaryCall;
  issueRequestLink(argument: _lethe_consent_v1_IssueRequestLinkRequest, callback: grpc.requestCallback<_lethe_consent_v1_IssuedLink__Output>): grpc.ClientUnaryCall;
  
  ListConsentTexts(argument: _lethe_consent_v1_ListConsentTextsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentTextsResponse__Output>): grpc.ClientUnaryCall;
  ListConsentTexts(argument: _lethe_consent_v1_ListConsentTextsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentTextsResponse__Output>): grpc.ClientUnaryCall;
  ListConsentTexts(argument: _lethe_consent_v1_ListConsentTextsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentTextsResponse__Output>): grpc.ClientUnaryCall;
  ListConsentTexts(argument: _lethe_consent_v1_ListConsentTextsRequest, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentTextsResponse__Output>): grpc.ClientUnaryCall;
  listConsentTexts(argument: _lethe_consent_v1_ListConsentTextsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentTextsResponse__Output>): grpc.ClientUnaryCall;
  listConsentTexts(argument: _lethe_consent_v1_ListConsentTextsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentTextsResponse__Output>): grpc.ClientUnaryCall;
  listConsentTexts(argument: _lethe_consent_v1_ListConsentTextsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentTextsResponse__Output>): grpc.ClientUnaryCall;
  listConsentTexts(argument: _lethe_consent_v1_ListConsentTextsRequest, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentTextsResponse__Output>): grpc.ClientUnaryCall;
  
  ListConsents(argument: _lethe_consent_v1_ListConsentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  ListConsents(argument: _lethe_consent_v1_ListConsentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  ListConsents(argument: _lethe_consent_v1_ListConsentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  ListConsents(argument: _lethe_consent_v1_ListConsentsRequest, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  listConsents(argument: _lethe_consent_v1_ListConsentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  listConsents(argument: _lethe_consent_v1_ListConsentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  listConsents(argument: _lethe_consent_v1_ListConsentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  listConsents(argument: _lethe_consent_v1_ListConsentsRequest, callback: grpc.requestCallback<_lethe_consent_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  
  PublishConsentText(argument: _lethe_consent_v1_PublishConsentTextRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentText__Output>): grpc.ClientUnaryCall;
  PublishConsentText(argument: _lethe_consent_v1_PublishConsentTextRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ConsentText__Output>): grpc.ClientUnaryCall;
  PublishConsentText(argument: _lethe_consent_v1_PublishConsentTextRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentText__Output>): grpc.ClientUnaryCall;
  PublishConsentText(argument: _lethe_consent_v1_PublishConsentTextRequest, callback: grpc.requestCallback<_lethe_consent_v1_ConsentText__Output>): grpc.ClientUnaryCall;
  publishConsentText(argument: _lethe_consent_v1_PublishConsentTextRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentText__Output>): grpc.ClientUnaryCall;
  publishConsentText(argument: _lethe_consent_v1_PublishConsentTextRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ConsentText__Output>): grpc.ClientUnaryCall;
  publishConsentText(argument: _lethe_consent_v1_PublishConsentTextRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentText__Output>): grpc.ClientUnaryCall;
  publishConsentText(argument: _lethe_consent_v1_PublishConsentTextRequest, callback: grpc.requestCallback<_lethe_consent_v1_ConsentText__Output>): grpc.ClientUnaryCall;
  
  RecordFormConsent(argument: _lethe_consent_v1_RecordFormConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  RecordFormConsent(argument: _lethe_consent_v1_RecordFormConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  RecordFormConsent(argument: _lethe_consent_v1_RecordFormConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  RecordFormConsent(argument: _lethe_consent_v1_RecordFormConsentRequest, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  recordFormConsent(argument: _lethe_consent_v1_RecordFormConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  recordFormConsent(argument: _lethe_consent_v1_RecordFormConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  recordFormConsent(argument: _lethe_consent_v1_RecordFormConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  recordFormConsent(argument: _lethe_consent_v1_RecordFormConsentRequest, callback: grpc.requestCallback<_lethe_consent_v1_Consent__Output>): grpc.ClientUnaryCall;
  
  RequestConsent(argument: _lethe_consent_v1_RequestConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_RequestConsentResponse__Output>): grpc.ClientUnaryCall;
  RequestConsent(argument: _lethe_consent_v1_RequestConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_RequestConsentResponse__Output>): grpc.ClientUnaryCall;
  RequestConsent(argument: _lethe_consent_v1_RequestConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_RequestConsentResponse__Output>): grpc.ClientUnaryCall;
  RequestConsent(argument: _lethe_consent_v1_RequestConsentRequest, callback: grpc.requestCallback<_lethe_consent_v1_RequestConsentResponse__Output>): grpc.ClientUnaryCall;
  requestConsent(argument: _lethe_consent_v1_RequestConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_RequestConsentResponse__Output>): grpc.ClientUnaryCall;
  requestConsent(argument: _lethe_consent_v1_RequestConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_RequestConsentResponse__Output>): grpc.ClientUnaryCall;
  requestConsent(argument: _lethe_consent_v1_RequestConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_RequestConsentResponse__Output>): grpc.ClientUnaryCall;
  requestConsent(argument: _lethe_consent_v1_RequestConsentRequest, callback: grpc.requestCallback<_lethe_consent_v1_RequestConsentResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateConsentSettings(argument: _lethe_consent_v1_UpdateConsentSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  UpdateConsentSettings(argument: _lethe_consent_v1_UpdateConsentSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  UpdateConsentSettings(argument: _lethe_consent_v1_UpdateConsentSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  UpdateConsentSettings(argument: _lethe_consent_v1_UpdateConsentSettingsRequest, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  updateConsentSettings(argument: _lethe_consent_v1_UpdateConsentSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  updateConsentSettings(argument: _lethe_consent_v1_UpdateConsentSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  updateConsentSettings(argument: _lethe_consent_v1_UpdateConsentSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  updateConsentSettings(argument: _lethe_consent_v1_UpdateConsentSettingsRequest, callback: grpc.requestCallback<_lethe_consent_v1_ConsentSettings__Output>): grpc.ClientUnaryCall;
  
  UpdateController(argument: _lethe_consent_v1_UpdateControllerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  UpdateController(argument: _lethe_consent_v1_UpdateControllerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  UpdateController(argument: _lethe_consent_v1_UpdateControllerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  UpdateController(argument: _lethe_consent_v1_UpdateControllerRequest, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  updateController(argument: _lethe_consent_v1_UpdateControllerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  updateController(argument: _lethe_consent_v1_UpdateControllerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  updateController(argument: _lethe_consent_v1_UpdateControllerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  updateController(argument: _lethe_consent_v1_UpdateControllerRequest, callback: grpc.requestCallback<_lethe_consent_v1_Controller__Output>): grpc.ClientUnaryCall;
  
  Withdraw(argument: _lethe_consent_v1_WithdrawRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  Withdraw(argument: _lethe_consent_v1_WithdrawRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  Withdraw(argument: _lethe_consent_v1_WithdrawRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  Withdraw(argument: _lethe_consent_v1_WithdrawRequest, callback: grpc.requestCallback<_lethe_consent_v1_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  withdraw(argument: _lethe_consent_v1_WithdrawRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  withdraw(argument: _lethe_consent_v1_WithdrawRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_lethe_consent_v1_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  withdraw(argument: _lethe_consent_v1_WithdrawRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_lethe_consent_v1_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  withdraw(argument: _lethe_consent_v1_WithdrawRequest, callback: grpc.requestCallback<_lethe_consent_v1_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface ConsentServiceHandlers extends grpc.UntypedServiceImplementation {
  CheckConsent: grpc.handleUnaryCall<_lethe_consent_v1_CheckConsentRequest__Output, _lethe_consent_v1_CheckConsentResponse>;
  
  Decline: grpc.handleUnaryCall<_lethe_consent_v1_DeclineRequest__Output, _lethe_consent_v1_Consent>;
  
  GetConsentReceipt: grpc.handleUnaryCall<_lethe_consent_v1_GetConsentReceiptRequest__Output, _lethe_consent_v1_ConsentReceipt>;
  
  GetConsentSettings: grpc.handleUnaryCall<_lethe_consent_v1_GetConsentSettingsRequest__Output, _lethe_consent_v1_ConsentSettings>;
  
  GetConsentStatement: grpc.handleUnaryCall<_lethe_consent_v1_GetConsentStatementRequest__Output, _lethe_consent_v1_ConsentStatement>;
  
  GetController: grpc.handleUnaryCall<_lethe_consent_v1_GetControllerRequest__Output, _lethe_consent_v1_Controller>;
  
  GrantManually: grpc.handleUnaryCall<_lethe_consent_v1_GrantManuallyRequest__Output, _lethe_consent_v1_Consent>;
  
  IssueRequestLink: grpc.handleUnaryCall<_lethe_consent_v1_IssueRequestLinkRequest__Output, _lethe_consent_v1_IssuedLink>;
  
  ListConsentTexts: grpc.handleUnaryCall<_lethe_consent_v1_ListConsentTextsRequest__Output, _lethe_consent_v1_ListConsentTextsResponse>;
  
  ListConsents: grpc.handleUnaryCall<_lethe_consent_v1_ListConsentsRequest__Output, _lethe_consent_v1_ListConsentsResponse>;
  
  PublishConsentText: grpc.handleUnaryCall<_lethe_consent_v1_PublishConsentTextRequest__Output, _lethe_consent_v1_ConsentText>;
  
  RecordFormConsent: grpc.handleUnaryCall<_lethe_consent_v1_RecordFormConsentRequest__Output, _lethe_consent_v1_Consent>;
  
  RequestConsent: grpc.handleUnaryCall<_lethe_consent_v1_RequestConsentRequest__Output, _lethe_consent_v1_RequestConsentResponse>;
  
  UpdateConsentSettings: grpc.handleUnaryCall<_lethe_consent_v1_UpdateConsentSettingsRequest__Output, _lethe_consent_v1_ConsentSettings>;
  
  UpdateController: grpc.handleUnaryCall<_lethe_consent_v1_UpdateControllerRequest__Output, _lethe_consent_v1_Controller>;
  
  Withdraw: grpc.handleUnaryCall<_lethe_consent_v1_WithdrawRequest__Output, _lethe_consent_v1_WithdrawResponse>;
  
}

export interface ConsentServiceDefinition extends grpc.ServiceDefinition {
  CheckConsent: MethodDefinition<_lethe_consent_v1_CheckConsentRequest, _lethe_consent_v1_CheckConsentResponse, _lethe_consent_v1_CheckConsentRequest__Output, _lethe_consent_v1_CheckConsentResponse__Output>
  Decline: MethodDefinition<_lethe_consent_v1_DeclineRequest, _lethe_consent_v1_Consent, _lethe_consent_v1_DeclineRequest__Output, _lethe_consent_v1_Consent__Output>
  GetConsentReceipt: MethodDefinition<_lethe_consent_v1_GetConsentReceiptRequest, _lethe_consent_v1_ConsentReceipt, _lethe_consent_v1_GetConsentReceiptRequest__Output, _lethe_consent_v1_ConsentReceipt__Output>
  GetConsentSettings: MethodDefinition<_lethe_consent_v1_GetConsentSettingsRequest, _lethe_consent_v1_ConsentSettings, _lethe_consent_v1_GetConsentSettingsRequest__Output, _lethe_consent_v1_ConsentSettings__Output>
  GetConsentStatement: MethodDefinition<_lethe_consent_v1_GetConsentStatementRequest, _lethe_consent_v1_ConsentStatement, _lethe_consent_v1_GetConsentStatementRequest__Output, _lethe_consent_v1_ConsentStatement__Output>
  GetController: MethodDefinition<_lethe_consent_v1_GetControllerRequest, _lethe_consent_v1_Controller, _lethe_consent_v1_GetControllerRequest__Output, _lethe_consent_v1_Controller__Output>
  GrantManually: MethodDefinition<_lethe_consent_v1_GrantManuallyRequest, _lethe_consent_v1_Consent, _lethe_consent_v1_GrantManuallyRequest__Output, _lethe_consent_v1_Consent__Output>
  IssueRequestLink: MethodDefinition<_lethe_consent_v1_IssueRequestLinkRequest, _lethe_consent_v1_IssuedLink, _lethe_consent_v1_IssueRequestLinkRequest__Output, _lethe_consent_v1_IssuedLink__Output>
  ListConsentTexts: MethodDefinition<_lethe_consent_v1_ListConsentTextsRequest, _lethe_consent_v1_ListConsentTextsResponse, _lethe_consent_v1_ListConsentTextsRequest__Output, _lethe_consent_v1_ListConsentTextsResponse__Output>
  ListConsents: MethodDefinition<_lethe_consent_v1_ListConsentsRequest, _lethe_consent_v1_ListConsentsResponse, _lethe_consent_v1_ListConsentsRequest__Output, _lethe_consent_v1_ListConsentsResponse__Output>
  PublishConsentText: MethodDefinition<_lethe_consent_v1_PublishConsentTextRequest, _lethe_consent_v1_ConsentText, _lethe_consent_v1_PublishConsentTextRequest__Output, _lethe_consent_v1_ConsentText__Output>
  RecordFormConsent: MethodDefinition<_lethe_consent_v1_RecordFormConsentRequest, _lethe_consent_v1_Consent, _lethe_consent_v1_RecordFormConsentRequest__Output, _lethe_consent_v1_Consent__Output>
  RequestConsent: MethodDefinition<_lethe_consent_v1_RequestConsentRequest, _lethe_consent_v1_RequestConsentResponse, _lethe_consent_v1_RequestConsentRequest__Output, _lethe_consent_v1_RequestConsentResponse__Output>
  UpdateConsentSettings: MethodDefinition<_lethe_consent_v1_UpdateConsentSettingsRequest, _lethe_consent_v1_ConsentSettings, _lethe_consent_v1_UpdateConsentSettingsRequest__Output, _lethe_consent_v1_ConsentSettings__Output>
  UpdateController: MethodDefinition<_lethe_consent_v1_UpdateControllerRequest, _lethe_consent_v1_Controller, _lethe_consent_v1_UpdateControllerRequest__Output, _lethe_consent_v1_Controller__Output>
  Withdraw: MethodDefinition<_lethe_consent_v1_WithdrawRequest, _lethe_consent_v1_WithdrawResponse, _lethe_consent_v1_WithdrawRequest__Output, _lethe_consent_v1_WithdrawResponse__Output>
}

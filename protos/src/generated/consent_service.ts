import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { BadRequest as _lethe_common_v1_BadRequest, BadRequest__Output as _lethe_common_v1_BadRequest__Output } from './lethe/common/v1/BadRequest';
import type { ErrorInfo as _lethe_common_v1_ErrorInfo, ErrorInfo__Output as _lethe_common_v1_ErrorInfo__Output } from './lethe/common/v1/ErrorInfo';
import type { FieldViolation as _lethe_common_v1_FieldViolation, FieldViolation__Output as _lethe_common_v1_FieldViolation__Output } from './lethe/common/v1/FieldViolation';
import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from './lethe/common/v1/PageRequest';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from './lethe/common/v1/PageResponse';
import type { RequestContext as _lethe_common_v1_RequestContext, RequestContext__Output as _lethe_common_v1_RequestContext__Output } from './lethe/common/v1/RequestContext';
import type { CheckConsentRequest as _lethe_consent_v1_CheckConsentRequest, CheckConsentRequest__Output as _lethe_consent_v1_CheckConsentRequest__Output } from './lethe/consent/v1/CheckConsentRequest';
import type { CheckConsentResponse as _lethe_consent_v1_CheckConsentResponse, CheckConsentResponse__Output as _lethe_consent_v1_CheckConsentResponse__Output } from './lethe/consent/v1/CheckConsentResponse';
import type { Consent as _lethe_consent_v1_Consent, Consent__Output as _lethe_consent_v1_Consent__Output } from './lethe/consent/v1/Consent';
import type { ConsentDeclined as _lethe_consent_v1_ConsentDeclined, ConsentDeclined__Output as _lethe_consent_v1_ConsentDeclined__Output } from './lethe/consent/v1/ConsentDeclined';
import type { ConsentExpired as _lethe_consent_v1_ConsentExpired, ConsentExpired__Output as _lethe_consent_v1_ConsentExpired__Output } from './lethe/consent/v1/ConsentExpired';
import type { ConsentGranted as _lethe_consent_v1_ConsentGranted, ConsentGranted__Output as _lethe_consent_v1_ConsentGranted__Output } from './lethe/consent/v1/ConsentGranted';
import type { ConsentProof as _lethe_consent_v1_ConsentProof, ConsentProof__Output as _lethe_consent_v1_ConsentProof__Output } from './lethe/consent/v1/ConsentProof';
import type { ConsentReceipt as _lethe_consent_v1_ConsentReceipt, ConsentReceipt__Output as _lethe_consent_v1_ConsentReceipt__Output } from './lethe/consent/v1/ConsentReceipt';
import type { ConsentRequestClosed as _lethe_consent_v1_ConsentRequestClosed, ConsentRequestClosed__Output as _lethe_consent_v1_ConsentRequestClosed__Output } from './lethe/consent/v1/ConsentRequestClosed';
import type { ConsentRequestCreated as _lethe_consent_v1_ConsentRequestCreated, ConsentRequestCreated__Output as _lethe_consent_v1_ConsentRequestCreated__Output } from './lethe/consent/v1/ConsentRequestCreated';
import type { ConsentServiceClient as _lethe_consent_v1_ConsentServiceClient, ConsentServiceDefinition as _lethe_consent_v1_ConsentServiceDefinition } from './lethe/consent/v1/ConsentService';
import type { ConsentSettings as _lethe_consent_v1_ConsentSettings, ConsentSettings__Output as _lethe_consent_v1_ConsentSettings__Output } from './lethe/consent/v1/ConsentSettings';
import type { ConsentStatement as _lethe_consent_v1_ConsentStatement, ConsentStatement__Output as _lethe_consent_v1_ConsentStatement__Output } from './lethe/consent/v1/ConsentStatement';
import type { ConsentText as _lethe_consent_v1_ConsentText, ConsentText__Output as _lethe_consent_v1_ConsentText__Output } from './lethe/consent/v1/ConsentText';
import type { ConsentWithdrawn as _lethe_consent_v1_ConsentWithdrawn, ConsentWithdrawn__Output as _lethe_consent_v1_ConsentWithdrawn__Output } from './lethe/consent/v1/ConsentWithdrawn';
import type { Controller as _lethe_consent_v1_Controller, Controller__Output as _lethe_consent_v1_Controller__Output } from './lethe/consent/v1/Controller';
import type { DataProtectionContact as _lethe_consent_v1_DataProtectionContact, DataProtectionContact__Output as _lethe_consent_v1_DataProtectionContact__Output } from './lethe/consent/v1/DataProtectionContact';
import type { DeclineRequest as _lethe_consent_v1_DeclineRequest, DeclineRequest__Output as _lethe_consent_v1_DeclineRequest__Output } from './lethe/consent/v1/DeclineRequest';
import type { GetConsentReceiptRequest as _lethe_consent_v1_GetConsentReceiptRequest, GetConsentReceiptRequest__Output as _lethe_consent_v1_GetConsentReceiptRequest__Output } from './lethe/consent/v1/GetConsentReceiptRequest';
import type { GetConsentSettingsRequest as _lethe_consent_v1_GetConsentSettingsRequest, GetConsentSettingsRequest__Output as _lethe_consent_v1_GetConsentSettingsRequest__Output } from './lethe/consent/v1/GetConsentSettingsRequest';
import type { GetConsentStatementRequest as _lethe_consent_v1_GetConsentStatementRequest, GetConsentStatementRequest__Output as _lethe_consent_v1_GetConsentStatementRequest__Output } from './lethe/consent/v1/GetConsentStatementRequest';
import type { GetControllerRequest as _lethe_consent_v1_GetControllerRequest, GetControllerRequest__Output as _lethe_consent_v1_GetControllerRequest__Output } from './lethe/consent/v1/GetControllerRequest';
import type { GrantManuallyRequest as _lethe_consent_v1_GrantManuallyRequest, GrantManuallyRequest__Output as _lethe_consent_v1_GrantManuallyRequest__Output } from './lethe/consent/v1/GrantManuallyRequest';
import type { IssueRequestLinkRequest as _lethe_consent_v1_IssueRequestLinkRequest, IssueRequestLinkRequest__Output as _lethe_consent_v1_IssueRequestLinkRequest__Output } from './lethe/consent/v1/IssueRequestLinkRequest';
import type { IssuedLink as _lethe_consent_v1_IssuedLink, IssuedLink__Output as _lethe_consent_v1_IssuedLink__Output } from './lethe/consent/v1/IssuedLink';
import type { ListConsentTextsRequest as _lethe_consent_v1_ListConsentTextsRequest, ListConsentTextsRequest__Output as _lethe_consent_v1_ListConsentTextsRequest__Output } from './lethe/consent/v1/ListConsentTextsRequest';
import type { ListConsentTextsResponse as _lethe_consent_v1_ListConsentTextsResponse, ListConsentTextsResponse__Output as _lethe_consent_v1_ListConsentTextsResponse__Output } from './lethe/consent/v1/ListConsentTextsResponse';
import type { ListConsentsRequest as _lethe_consent_v1_ListConsentsRequest, ListConsentsRequest__Output as _lethe_consent_v1_ListConsentsRequest__Output } from './lethe/consent/v1/ListConsentsRequest';
import type { ListConsentsResponse as _lethe_consent_v1_ListConsentsResponse, ListConsentsResponse__Output as _lethe_consent_v1_ListConsentsResponse__Output } from './lethe/consent/v1/ListConsentsResponse';
import type { PostalAddress as _lethe_consent_v1_PostalAddress, PostalAddress__Output as _lethe_consent_v1_PostalAddress__Output } from './lethe/consent/v1/PostalAddress';
import type { PublishConsentTextRequest as _lethe_consent_v1_PublishConsentTextRequest, PublishConsentTextRequest__Output as _lethe_consent_v1_PublishConsentTextRequest__Output } from './lethe/consent/v1/PublishConsentTextRequest';
import type { RecordFormConsentRequest as _lethe_consent_v1_RecordFormConsentRequest, RecordFormConsentRequest__Output as _lethe_consent_v1_RecordFormConsentRequest__Output } from './lethe/consent/v1/RecordFormConsentRequest';
import type { RequestConsentRequest as _lethe_consent_v1_RequestConsentRequest, RequestConsentRequest__Output as _lethe_consent_v1_RequestConsentRequest__Output } from './lethe/consent/v1/RequestConsentRequest';
import type { RequestConsentResponse as _lethe_consent_v1_RequestConsentResponse, RequestConsentResponse__Output as _lethe_consent_v1_RequestConsentResponse__Output } from './lethe/consent/v1/RequestConsentResponse';
import type { UpdateConsentSettingsRequest as _lethe_consent_v1_UpdateConsentSettingsRequest, UpdateConsentSettingsRequest__Output as _lethe_consent_v1_UpdateConsentSettingsRequest__Output } from './lethe/consent/v1/UpdateConsentSettingsRequest';
import type { UpdateControllerRequest as _lethe_consent_v1_UpdateControllerRequest, UpdateControllerRequest__Output as _lethe_consent_v1_UpdateControllerRequest__Output } from './lethe/consent/v1/UpdateControllerRequest';
import type { WithdrawRequest as _lethe_consent_v1_WithdrawRequest, WithdrawRequest__Output as _lethe_consent_v1_WithdrawRequest__Output } from './lethe/consent/v1/WithdrawRequest';
import type { WithdrawResponse as _lethe_consent_v1_WithdrawResponse, WithdrawResponse__Output as _lethe_consent_v1_WithdrawResponse__Output } from './lethe/consent/v1/WithdrawResponse';

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
    consent: {
      v1: {
        CheckConsentRequest: MessageTypeDefinition<_lethe_consent_v1_CheckConsentRequest, _lethe_consent_v1_CheckConsentRequest__Output>
        CheckConsentResponse: MessageTypeDefinition<_lethe_consent_v1_CheckConsentResponse, _lethe_consent_v1_CheckConsentResponse__Output>
        Consent: MessageTypeDefinition<_lethe_consent_v1_Consent, _lethe_consent_v1_Consent__Output>
        ConsentDeclined: MessageTypeDefinition<_lethe_consent_v1_ConsentDeclined, _lethe_consent_v1_ConsentDeclined__Output>
        ConsentExpired: MessageTypeDefinition<_lethe_consent_v1_ConsentExpired, _lethe_consent_v1_ConsentExpired__Output>
        ConsentGranted: MessageTypeDefinition<_lethe_consent_v1_ConsentGranted, _lethe_consent_v1_ConsentGranted__Output>
        ConsentKind: EnumTypeDefinition
        ConsentProof: MessageTypeDefinition<_lethe_consent_v1_ConsentProof, _lethe_consent_v1_ConsentProof__Output>
        ConsentReceipt: MessageTypeDefinition<_lethe_consent_v1_ConsentReceipt, _lethe_consent_v1_ConsentReceipt__Output>
        ConsentRequestClosed: MessageTypeDefinition<_lethe_consent_v1_ConsentRequestClosed, _lethe_consent_v1_ConsentRequestClosed__Output>
        ConsentRequestCreated: MessageTypeDefinition<_lethe_consent_v1_ConsentRequestCreated, _lethe_consent_v1_ConsentRequestCreated__Output>
        ConsentService: SubtypeConstructor<typeof grpc.Client, _lethe_consent_v1_ConsentServiceClient> & { service: _lethe_consent_v1_ConsentServiceDefinition }
        ConsentSettings: MessageTypeDefinition<_lethe_consent_v1_ConsentSettings, _lethe_consent_v1_ConsentSettings__Output>
        ConsentState: EnumTypeDefinition
        ConsentStatement: MessageTypeDefinition<_lethe_consent_v1_ConsentStatement, _lethe_consent_v1_ConsentStatement__Output>
        ConsentText: MessageTypeDefinition<_lethe_consent_v1_ConsentText, _lethe_consent_v1_ConsentText__Output>
        ConsentWithdrawn: MessageTypeDefinition<_lethe_consent_v1_ConsentWithdrawn, _lethe_consent_v1_ConsentWithdrawn__Output>
        Controller: MessageTypeDefinition<_lethe_consent_v1_Controller, _lethe_consent_v1_Controller__Output>
        DataProtectionContact: MessageTypeDefinition<_lethe_consent_v1_DataProtectionContact, _lethe_consent_v1_DataProtectionContact__Output>
        DataSharingPolicy: EnumTypeDefinition
        DeclineRequest: MessageTypeDefinition<_lethe_consent_v1_DeclineRequest, _lethe_consent_v1_DeclineRequest__Output>
        GetConsentReceiptRequest: MessageTypeDefinition<_lethe_consent_v1_GetConsentReceiptRequest, _lethe_consent_v1_GetConsentReceiptRequest__Output>
        GetConsentSettingsRequest: MessageTypeDefinition<_lethe_consent_v1_GetConsentSettingsRequest, _lethe_consent_v1_GetConsentSettingsRequest__Output>
        GetConsentStatementRequest: MessageTypeDefinition<_lethe_consent_v1_GetConsentStatementRequest, _lethe_consent_v1_GetConsentStatementRequest__Output>
        GetControllerRequest: MessageTypeDefinition<_lethe_consent_v1_GetControllerRequest, _lethe_consent_v1_GetControllerRequest__Output>
        GrantManuallyRequest: MessageTypeDefinition<_lethe_consent_v1_GrantManuallyRequest, _lethe_consent_v1_GrantManuallyRequest__Output>
        GrantMethod: EnumTypeDefinition
        IssueRequestLinkRequest: MessageTypeDefinition<_lethe_consent_v1_IssueRequestLinkRequest, _lethe_consent_v1_IssueRequestLinkRequest__Output>
        IssuedLink: MessageTypeDefinition<_lethe_consent_v1_IssuedLink, _lethe_consent_v1_IssuedLink__Output>
        ListConsentTextsRequest: MessageTypeDefinition<_lethe_consent_v1_ListConsentTextsRequest, _lethe_consent_v1_ListConsentTextsRequest__Output>
        ListConsentTextsResponse: MessageTypeDefinition<_lethe_consent_v1_ListConsentTextsResponse, _lethe_consent_v1_ListConsentTextsResponse__Output>
        ListConsentsRequest: MessageTypeDefinition<_lethe_consent_v1_ListConsentsRequest, _lethe_consent_v1_ListConsentsRequest__Output>
        ListConsentsResponse: MessageTypeDefinition<_lethe_consent_v1_ListConsentsResponse, _lethe_consent_v1_ListConsentsResponse__Output>
        PostalAddress: MessageTypeDefinition<_lethe_consent_v1_PostalAddress, _lethe_consent_v1_PostalAddress__Output>
        PublishConsentTextRequest: MessageTypeDefinition<_lethe_consent_v1_PublishConsentTextRequest, _lethe_consent_v1_PublishConsentTextRequest__Output>
        RecordFormConsentRequest: MessageTypeDefinition<_lethe_consent_v1_RecordFormConsentRequest, _lethe_consent_v1_RecordFormConsentRequest__Output>
        RequestClosedBecause: EnumTypeDefinition
        RequestConsentRequest: MessageTypeDefinition<_lethe_consent_v1_RequestConsentRequest, _lethe_consent_v1_RequestConsentRequest__Output>
        RequestConsentResponse: MessageTypeDefinition<_lethe_consent_v1_RequestConsentResponse, _lethe_consent_v1_RequestConsentResponse__Output>
        UpdateConsentSettingsRequest: MessageTypeDefinition<_lethe_consent_v1_UpdateConsentSettingsRequest, _lethe_consent_v1_UpdateConsentSettingsRequest__Output>
        UpdateControllerRequest: MessageTypeDefinition<_lethe_consent_v1_UpdateControllerRequest, _lethe_consent_v1_UpdateControllerRequest__Output>
        WithdrawRequest: MessageTypeDefinition<_lethe_consent_v1_WithdrawRequest, _lethe_consent_v1_WithdrawRequest__Output>
        WithdrawResponse: MessageTypeDefinition<_lethe_consent_v1_WithdrawResponse, _lethe_consent_v1_WithdrawResponse__Output>
      }
    }
  }
}


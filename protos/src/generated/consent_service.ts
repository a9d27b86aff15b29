import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto';
import type { EnumDescriptorProto as _google_protobuf_EnumDescriptorProto, EnumDescriptorProto__Output as _google_protobuf_EnumDescriptorProto__Output } from './google/protobuf/EnumDescriptorProto';
import type { EnumOptions as _google_protobuf_EnumOptions, EnumOptions__Output as _google_protobuf_EnumOptions__Output } from './google/protobuf/EnumOptions';
import type { EnumValueDescriptorProto as _google_protobuf_EnumValueDescriptorProto, EnumValueDescriptorProto__Output as _google_protobuf_EnumValueDescriptorProto__Output } from './google/protobuf/EnumValueDescriptorProto';
import type { EnumValueOptions as _google_protobuf_EnumValueOptions, EnumValueOptions__Output as _google_protobuf_EnumValueOptions__Output } from './google/protobuf/EnumValueOptions';
import type { ExtensionRangeOptions as _google_protobuf_ExtensionRangeOptions, ExtensionRangeOptions__Output as _google_protobuf_ExtensionRangeOptions__Output } from './google/protobuf/ExtensionRangeOptions';
import type { FeatureSet as _google_protobuf_FeatureSet, FeatureSet__Output as _google_protobuf_FeatureSet__Output } from './google/protobuf/FeatureSet';
import type { FeatureSetDefaults as _google_protobuf_FeatureSetDefaults, FeatureSetDefaults__Output as _google_protobuf_FeatureSetDefaults__Output } from './google/protobuf/FeatureSetDefaults';
import type { FieldDescriptorProto as _google_protobuf_FieldDescriptorProto, FieldDescriptorProto__Output as _google_protobuf_FieldDescriptorProto__Output } from './google/protobuf/FieldDescriptorProto';
import type { FieldOptions as _google_protobuf_FieldOptions, FieldOptions__Output as _google_protobuf_FieldOptions__Output } from './google/protobuf/FieldOptions';
import type { FileDescriptorProto as _google_protobuf_FileDescriptorProto, FileDescriptorProto__Output as _google_protobuf_FileDescriptorProto__Output } from './google/protobuf/FileDescriptorProto';
import type { FileDescriptorSet as _google_protobuf_FileDescriptorSet, FileDescriptorSet__Output as _google_protobuf_FileDescriptorSet__Output } from './google/protobuf/FileDescriptorSet';
import type { FileOptions as _google_protobuf_FileOptions, FileOptions__Output as _google_protobuf_FileOptions__Output } from './google/protobuf/FileOptions';
import type { GeneratedCodeInfo as _google_protobuf_GeneratedCodeInfo, GeneratedCodeInfo__Output as _google_protobuf_GeneratedCodeInfo__Output } from './google/protobuf/GeneratedCodeInfo';
import type { MessageOptions as _google_protobuf_MessageOptions, MessageOptions__Output as _google_protobuf_MessageOptions__Output } from './google/protobuf/MessageOptions';
import type { MethodDescriptorProto as _google_protobuf_MethodDescriptorProto, MethodDescriptorProto__Output as _google_protobuf_MethodDescriptorProto__Output } from './google/protobuf/MethodDescriptorProto';
import type { MethodOptions as _google_protobuf_MethodOptions, MethodOptions__Output as _google_protobuf_MethodOptions__Output } from './google/protobuf/MethodOptions';
import type { OneofDescriptorProto as _google_protobuf_OneofDescriptorProto, OneofDescriptorProto__Output as _google_protobuf_OneofDescriptorProto__Output } from './google/protobuf/OneofDescriptorProto';
import type { OneofOptions as _google_protobuf_OneofOptions, OneofOptions__Output as _google_protobuf_OneofOptions__Output } from './google/protobuf/OneofOptions';
import type { ServiceDescriptorProto as _google_protobuf_ServiceDescriptorProto, ServiceDescriptorProto__Output as _google_protobuf_ServiceDescriptorProto__Output } from './google/protobuf/ServiceDescriptorProto';
import type { ServiceOptions as _google_protobuf_ServiceOptions, ServiceOptions__Output as _google_protobuf_ServiceOptions__Output } from './google/protobuf/ServiceOptions';
import type { SourceCodeInfo as _google_protobuf_SourceCodeInfo, SourceCodeInfo__Output as _google_protobuf_SourceCodeInfo__Output } from './google/protobuf/SourceCodeInfo';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { UninterpretedOption as _google_protobuf_UninterpretedOption, UninterpretedOption__Output as _google_protobuf_UninterpretedOption__Output } from './google/protobuf/UninterpretedOption';
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
import type { ConsentRequestCreated as _lethe_consent_v1_ConsentRequestCreated, ConsentRequestCreated__Output as _lethe_consent_v1_ConsentRequestCreated__Output } from './lethe/consent/v1/ConsentRequestCreated';
import type { ConsentServiceClient as _lethe_consent_v1_ConsentServiceClient, ConsentServiceDefinition as _lethe_consent_v1_ConsentServiceDefinition } from './lethe/consent/v1/ConsentService';
import type { ConsentSettings as _lethe_consent_v1_ConsentSettings, ConsentSettings__Output as _lethe_consent_v1_ConsentSettings__Output } from './lethe/consent/v1/ConsentSettings';
import type { ConsentText as _lethe_consent_v1_ConsentText, ConsentText__Output as _lethe_consent_v1_ConsentText__Output } from './lethe/consent/v1/ConsentText';
import type { ConsentWithdrawn as _lethe_consent_v1_ConsentWithdrawn, ConsentWithdrawn__Output as _lethe_consent_v1_ConsentWithdrawn__Output } from './lethe/consent/v1/ConsentWithdrawn';
import type { DeclineRequest as _lethe_consent_v1_DeclineRequest, DeclineRequest__Output as _lethe_consent_v1_DeclineRequest__Output } from './lethe/consent/v1/DeclineRequest';
import type { GetConsentReceiptRequest as _lethe_consent_v1_GetConsentReceiptRequest, GetConsentReceiptRequest__Output as _lethe_consent_v1_GetConsentReceiptRequest__Output } from './lethe/consent/v1/GetConsentReceiptRequest';
import type { GetConsentSettingsRequest as _lethe_consent_v1_GetConsentSettingsRequest, GetConsentSettingsRequest__Output as _lethe_consent_v1_GetConsentSettingsRequest__Output } from './lethe/consent/v1/GetConsentSettingsRequest';
import type { GrantManuallyRequest as _lethe_consent_v1_GrantManuallyRequest, GrantManuallyRequest__Output as _lethe_consent_v1_GrantManuallyRequest__Output } from './lethe/consent/v1/GrantManuallyRequest';
import type { ListConsentTextsRequest as _lethe_consent_v1_ListConsentTextsRequest, ListConsentTextsRequest__Output as _lethe_consent_v1_ListConsentTextsRequest__Output } from './lethe/consent/v1/ListConsentTextsRequest';
import type { ListConsentTextsResponse as _lethe_consent_v1_ListConsentTextsResponse, ListConsentTextsResponse__Output as _lethe_consent_v1_ListConsentTextsResponse__Output } from './lethe/consent/v1/ListConsentTextsResponse';
import type { ListConsentsRequest as _lethe_consent_v1_ListConsentsRequest, ListConsentsRequest__Output as _lethe_consent_v1_ListConsentsRequest__Output } from './lethe/consent/v1/ListConsentsRequest';
import type { ListConsentsResponse as _lethe_consent_v1_ListConsentsResponse, ListConsentsResponse__Output as _lethe_consent_v1_ListConsentsResponse__Output } from './lethe/consent/v1/ListConsentsResponse';
import type { PublishConsentTextRequest as _lethe_consent_v1_PublishConsentTextRequest, PublishConsentTextRequest__Output as _lethe_consent_v1_PublishConsentTextRequest__Output } from './lethe/consent/v1/PublishConsentTextRequest';
import type { RequestConsentRequest as _lethe_consent_v1_RequestConsentRequest, RequestConsentRequest__Output as _lethe_consent_v1_RequestConsentRequest__Output } from './lethe/consent/v1/RequestConsentRequest';
import type { RequestConsentResponse as _lethe_consent_v1_RequestConsentResponse, RequestConsentResponse__Output as _lethe_consent_v1_RequestConsentResponse__Output } from './lethe/consent/v1/RequestConsentResponse';
import type { UpdateConsentSettingsRequest as _lethe_consent_v1_UpdateConsentSettingsRequest, UpdateConsentSettingsRequest__Output as _lethe_consent_v1_UpdateConsentSettingsRequest__Output } from './lethe/consent/v1/UpdateConsentSettingsRequest';
import type { WithdrawRequest as _lethe_consent_v1_WithdrawRequest, WithdrawRequest__Output as _lethe_consent_v1_WithdrawRequest__Output } from './lethe/consent/v1/WithdrawRequest';
import type { WithdrawResponse as _lethe_consent_v1_WithdrawResponse, WithdrawResponse__Output as _lethe_consent_v1_WithdrawResponse__Output } from './lethe/consent/v1/WithdrawResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      Edition: EnumTypeDefinition
      EnumDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumDescriptorProto, _google_protobuf_EnumDescriptorProto__Output>
      EnumOptions: MessageTypeDefinition<_google_protobuf_EnumOptions, _google_protobuf_EnumOptions__Output>
      EnumValueDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumValueDescriptorProto, _google_protobuf_EnumValueDescriptorProto__Output>
      EnumValueOptions: MessageTypeDefinition<_google_protobuf_EnumValueOptions, _google_protobuf_EnumValueOptions__Output>
      ExtensionRangeOptions: MessageTypeDefinition<_google_protobuf_ExtensionRangeOptions, _google_protobuf_ExtensionRangeOptions__Output>
      FeatureSet: MessageTypeDefinition<_google_protobuf_FeatureSet, _google_protobuf_FeatureSet__Output>
      FeatureSetDefaults: MessageTypeDefinition<_google_protobuf_FeatureSetDefaults, _google_protobuf_FeatureSetDefaults__Output>
      FieldDescriptorProto: MessageTypeDefinition<_google_protobuf_FieldDescriptorProto, _google_protobuf_FieldDescriptorProto__Output>
      FieldOptions: MessageTypeDefinition<_google_protobuf_FieldOptions, _google_protobuf_FieldOptions__Output>
      FileDescriptorProto: MessageTypeDefinition<_google_protobuf_FileDescriptorProto, _google_protobuf_FileDescriptorProto__Output>
      FileDescriptorSet: MessageTypeDefinition<_google_protobuf_FileDescriptorSet, _google_protobuf_FileDescriptorSet__Output>
      FileOptions: MessageTypeDefinition<_google_protobuf_FileOptions, _google_protobuf_FileOptions__Output>
      GeneratedCodeInfo: MessageTypeDefinition<_google_protobuf_GeneratedCodeInfo, _google_protobuf_GeneratedCodeInfo__Output>
      MessageOptions: MessageTypeDefinition<_google_protobuf_MessageOptions, _google_protobuf_MessageOptions__Output>
      MethodDescriptorProto: MessageTypeDefinition<_google_protobuf_MethodDescriptorProto, _google_protobuf_MethodDescriptorProto__Output>
      MethodOptions: MessageTypeDefinition<_google_protobuf_MethodOptions, _google_protobuf_MethodOptions__Output>
      OneofDescriptorProto: MessageTypeDefinition<_google_protobuf_OneofDescriptorProto, _google_protobuf_OneofDescriptorProto__Output>
      OneofOptions: MessageTypeDefinition<_google_protobuf_OneofOptions, _google_protobuf_OneofOptions__Output>
      ServiceDescriptorProto: MessageTypeDefinition<_google_protobuf_ServiceDescriptorProto, _google_protobuf_ServiceDescriptorProto__Output>
      ServiceOptions: MessageTypeDefinition<_google_protobuf_ServiceOptions, _google_protobuf_ServiceOptions__Output>
      SourceCodeInfo: MessageTypeDefinition<_google_protobuf_SourceCodeInfo, _google_protobuf_SourceCodeInfo__Output>
      SymbolVisibility: EnumTypeDefinition
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
      UninterpretedOption: MessageTypeDefinition<_google_protobuf_UninterpretedOption, _google_protobuf_UninterpretedOption__Output>
    }
  }
  lethe: {
    common: {
      v1: {
        ActorKind: EnumTypeDefinition
        BadRequest: MessageTypeDefinition<_lethe_common_v1_BadRequest, _lethe_common_v1_BadRequest__Output>
        ErrorInfo: MessageTypeDefinition<_lethe_common_v1_ErrorInfo, _lethe_common_v1_ErrorInfo__Output>
        FieldViolation: MessageTypeDefinition<_lethe_common_v1_FieldViolation, _lethe_common_v1_FieldViolation__Output>
        PageRequest: MessageTypeDefinition<_lethe_common_v1_PageRequest, _lethe_common_v1_PageRequest__Output>
        PageResponse: MessageTypeDefinition<_lethe_common_v1_PageResponse, _lethe_common_v1_PageResponse__Output>
        RequestContext: MessageTypeDefinition<_lethe_common_v1_RequestContext, _lethe_common_v1_RequestContext__Output>
      }
    }
    consent: {
      v1: {
        Channel: EnumTypeDefinition
        CheckConsentRequest: MessageTypeDefinition<_lethe_consent_v1_CheckConsentRequest, _lethe_consent_v1_CheckConsentRequest__Output>
        CheckConsentResponse: MessageTypeDefinition<_lethe_consent_v1_CheckConsentResponse, _lethe_consent_v1_CheckConsentResponse__Output>
        Consent: MessageTypeDefinition<_lethe_consent_v1_Consent, _lethe_consent_v1_Consent__Output>
        ConsentDeclined: MessageTypeDefinition<_lethe_consent_v1_ConsentDeclined, _lethe_consent_v1_ConsentDeclined__Output>
        ConsentExpired: MessageTypeDefinition<_lethe_consent_v1_ConsentExpired, _lethe_consent_v1_ConsentExpired__Output>
        ConsentGranted: MessageTypeDefinition<_lethe_consent_v1_ConsentGranted, _lethe_consent_v1_ConsentGranted__Output>
        ConsentKind: EnumTypeDefinition
        ConsentProof: MessageTypeDefinition<_lethe_consent_v1_ConsentProof, _lethe_consent_v1_ConsentProof__Output>
        ConsentReceipt: MessageTypeDefinition<_lethe_consent_v1_ConsentReceipt, _lethe_consent_v1_ConsentReceipt__Output>
        ConsentRequestCreated: MessageTypeDefinition<_lethe_consent_v1_ConsentRequestCreated, _lethe_consent_v1_ConsentRequestCreated__Output>
        ConsentService: SubtypeConstructor<typeof grpc.Client, _lethe_consent_v1_ConsentServiceClient> & { service: _lethe_consent_v1_ConsentServiceDefinition }
        ConsentSettings: MessageTypeDefinition<_lethe_consent_v1_ConsentSettings, _lethe_consent_v1_ConsentSettings__Output>
        ConsentState: EnumTypeDefinition
        ConsentText: MessageTypeDefinition<_lethe_consent_v1_ConsentText, _lethe_consent_v1_ConsentText__Output>
        ConsentWithdrawn: MessageTypeDefinition<_lethe_consent_v1_ConsentWithdrawn, _lethe_consent_v1_ConsentWithdrawn__Output>
        DataSharingPolicy: EnumTypeDefinition
        DeclineRequest: MessageTypeDefinition<_lethe_consent_v1_DeclineRequest, _lethe_consent_v1_DeclineRequest__Output>
        GetConsentReceiptRequest: MessageTypeDefinition<_lethe_consent_v1_GetConsentReceiptRequest, _lethe_consent_v1_GetConsentReceiptRequest__Output>
        GetConsentSettingsRequest: MessageTypeDefinition<_lethe_consent_v1_GetConsentSettingsRequest, _lethe_consent_v1_GetConsentSettingsRequest__Output>
        GrantManuallyRequest: MessageTypeDefinition<_lethe_consent_v1_GrantManuallyRequest, _lethe_consent_v1_GrantManuallyRequest__Output>
        GrantMethod: EnumTypeDefinition
        ListConsentTextsRequest: MessageTypeDefinition<_lethe_consent_v1_ListConsentTextsRequest, _lethe_consent_v1_ListConsentTextsRequest__Output>
        ListConsentTextsResponse: MessageTypeDefinition<_lethe_consent_v1_ListConsentTextsResponse, _lethe_consent_v1_ListConsentTextsResponse__Output>
        ListConsentsRequest: MessageTypeDefinition<_lethe_consent_v1_ListConsentsRequest, _lethe_consent_v1_ListConsentsRequest__Output>
        ListConsentsResponse: MessageTypeDefinition<_lethe_consent_v1_ListConsentsResponse, _lethe_consent_v1_ListConsentsResponse__Output>
        PublishConsentTextRequest: MessageTypeDefinition<_lethe_consent_v1_PublishConsentTextRequest, _lethe_consent_v1_PublishConsentTextRequest__Output>
        RequestConsentRequest: MessageTypeDefinition<_lethe_consent_v1_RequestConsentRequest, _lethe_consent_v1_RequestConsentRequest__Output>
        RequestConsentResponse: MessageTypeDefinition<_lethe_consent_v1_RequestConsentResponse, _lethe_consent_v1_RequestConsentResponse__Output>
        UpdateConsentSettingsRequest: MessageTypeDefinition<_lethe_consent_v1_UpdateConsentSettingsRequest, _lethe_consent_v1_UpdateConsentSettingsRequest__Output>
        WithdrawRequest: MessageTypeDefinition<_lethe_consent_v1_WithdrawRequest, _lethe_consent_v1_WithdrawRequest__Output>
        WithdrawResponse: MessageTypeDefinition<_lethe_consent_v1_WithdrawResponse, _lethe_consent_v1_WithdrawResponse__Output>
      }
    }
    events: {
      v1: {
      }
    }
  }
}


// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { FormField as _lethe_talents_v1_FormField, FormField__Output as _lethe_talents_v1_FormField__Output } from '../../../lethe/talents/v1/FormField';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface TalentForm {
  'id'?: (string);
  'title'?: (string);
  'description'?: (string);
  'language'?: (string);
  'fields'?: (_lethe_talents_v1_FormField)[];
  'twoStep'?: (boolean);
  'detailFields'?: (_lethe_talents_v1_FormField)[];
  'poolIds'?: (string)[];
  'tags'?: (string)[];
  'interestOptions'?: (string)[];
  'storageConsentMonths'?: (number);
  'active'?: (boolean);
  'version'?: (number);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
}

export interface TalentForm__Output {
  'id': (string);
  'title': (string);
  'description': (string);
  'language': (string);
  'fields': (_lethe_talents_v1_FormField__Output)[];
  'twoStep': (boolean);
  'detailFields': (_lethe_talents_v1_FormField__Output)[];
  'poolIds': (string)[];
  'tags': (string)[];
  'interestOptions': (string)[];
  'storageConsentMonths': (number);
  'active': (boolean);
  'version': (number);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
}

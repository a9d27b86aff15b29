// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { AtsField as _lethe_talents_v1_AtsField, AtsField__Output as _lethe_talents_v1_AtsField__Output } from '../../../lethe/talents/v1/AtsField';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface TalentSettings {
  'atsFields'?: (_lethe_talents_v1_AtsField)[];
  'followUpLinkDays'?: (number);
  'version'?: (number);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'updatedBy'?: (string);
}

export interface TalentSettings__Output {
  'atsFields': (_lethe_talents_v1_AtsField__Output)[];
  'followUpLinkDays': (number);
  'version': (number);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'updatedBy': (string);
}

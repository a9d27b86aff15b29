// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { ColumnMapping as _lethe_talents_v1_ColumnMapping, ColumnMapping__Output as _lethe_talents_v1_ColumnMapping__Output } from '../../../lethe/talents/v1/ColumnMapping';

export interface StartTalentImportRequest {
  'xlsx'?: (Buffer | Uint8Array | string);
  'fileName'?: (string);
  'columns'?: (_lethe_talents_v1_ColumnMapping)[];
  'poolIds'?: (string)[];
  'tags'?: (string)[];
  'recruiterId'?: (string);
  'dryRun'?: (boolean);
}

export interface StartTalentImportRequest__Output {
  'xlsx': (Buffer);
  'fileName': (string);
  'columns': (_lethe_talents_v1_ColumnMapping__Output)[];
  'poolIds': (string)[];
  'tags': (string)[];
  'recruiterId': (string);
  'dryRun': (boolean);
}

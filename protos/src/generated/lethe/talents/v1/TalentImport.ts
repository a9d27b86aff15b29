// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { ImportState as _lethe_talents_v1_ImportState, ImportState__Output as _lethe_talents_v1_ImportState__Output } from '../../../lethe/talents/v1/ImportState';
import type { ImportRowProblem as _lethe_talents_v1_ImportRowProblem, ImportRowProblem__Output as _lethe_talents_v1_ImportRowProblem__Output } from '../../../lethe/talents/v1/ImportRowProblem';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface TalentImport {
  'id'?: (string);
  'state'?: (_lethe_talents_v1_ImportState);
  'fileName'?: (string);
  'totalRows'?: (number);
  'processedRows'?: (number);
  'created'?: (number);
  'refused'?: (number);
  'duplicates'?: (number);
  'problems'?: (_lethe_talents_v1_ImportRowProblem)[];
  'dryRun'?: (boolean);
  'failure'?: (string);
  'startedAt'?: (_google_protobuf_Timestamp | null);
  'finishedAt'?: (_google_protobuf_Timestamp | null);
  'startedBy'?: (string);
  'problemsOmitted'?: (number);
}

export interface TalentImport__Output {
  'id': (string);
  'state': (_lethe_talents_v1_ImportState__Output);
  'fileName': (string);
  'totalRows': (number);
  'processedRows': (number);
  'created': (number);
  'refused': (number);
  'duplicates': (number);
  'problems': (_lethe_talents_v1_ImportRowProblem__Output)[];
  'dryRun': (boolean);
  'failure': (string);
  'startedAt': (_google_protobuf_Timestamp__Output | null);
  'finishedAt': (_google_protobuf_Timestamp__Output | null);
  'startedBy': (string);
  'problemsOmitted': (number);
}

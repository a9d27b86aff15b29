// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { StatusKind as _lethe_candidates_v1_StatusKind, StatusKind__Output as _lethe_candidates_v1_StatusKind__Output } from '../../../lethe/candidates/v1/StatusKind';
import type { MetaStatus as _lethe_candidates_v1_MetaStatus, MetaStatus__Output as _lethe_candidates_v1_MetaStatus__Output } from '../../../lethe/candidates/v1/MetaStatus';
import type { FinalOutcome as _lethe_candidates_v1_FinalOutcome, FinalOutcome__Output as _lethe_candidates_v1_FinalOutcome__Output } from '../../../lethe/candidates/v1/FinalOutcome';
import type { StatusAction as _lethe_candidates_v1_StatusAction, StatusAction__Output as _lethe_candidates_v1_StatusAction__Output } from '../../../lethe/candidates/v1/StatusAction';

export interface StatusDefinition {
  'kind'?: (_lethe_candidates_v1_StatusKind);
  'key'?: (string);
  'label'?: (string);
  'metaStatus'?: (_lethe_candidates_v1_MetaStatus);
  'finalOutcome'?: (_lethe_candidates_v1_FinalOutcome);
  'alwaysSelectable'?: (boolean);
  'selectableAfter'?: (string)[];
  'position'?: (number);
  'actions'?: (_lethe_candidates_v1_StatusAction)[];
}

export interface StatusDefinition__Output {
  'kind': (_lethe_candidates_v1_StatusKind__Output);
  'key': (string);
  'label': (string);
  'metaStatus': (_lethe_candidates_v1_MetaStatus__Output);
  'finalOutcome': (_lethe_candidates_v1_FinalOutcome__Output);
  'alwaysSelectable': (boolean);
  'selectableAfter': (string)[];
  'position': (number);
  'actions': (_lethe_candidates_v1_StatusAction__Output)[];
}

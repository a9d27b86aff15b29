// Original file: proto/lethe/retention/v1/retention_service.proto

import type { MassAction as _lethe_retention_v1_MassAction, MassAction__Output as _lethe_retention_v1_MassAction__Output } from '../../../lethe/retention/v1/MassAction';
import type { MassActionFilter as _lethe_retention_v1_MassActionFilter, MassActionFilter__Output as _lethe_retention_v1_MassActionFilter__Output } from '../../../lethe/retention/v1/MassActionFilter';

export interface RunMassActionRequest {
  'action'?: (_lethe_retention_v1_MassAction);
  'filter'?: (_lethe_retention_v1_MassActionFilter | null);
  'dryRun'?: (boolean);
  'inBackground'?: (boolean);
}

export interface RunMassActionRequest__Output {
  'action': (_lethe_retention_v1_MassAction__Output);
  'filter': (_lethe_retention_v1_MassActionFilter__Output | null);
  'dryRun': (boolean);
  'inBackground': (boolean);
}

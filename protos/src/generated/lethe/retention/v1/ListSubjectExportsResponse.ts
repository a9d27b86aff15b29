// Original file: proto/lethe/retention/v1/retention_service.proto

import type { SubjectExport as _lethe_retention_v1_SubjectExport, SubjectExport__Output as _lethe_retention_v1_SubjectExport__Output } from '../../../lethe/retention/v1/SubjectExport';

export interface ListSubjectExportsResponse {
  'exports'?: (_lethe_retention_v1_SubjectExport)[];
}

export interface ListSubjectExportsResponse__Output {
  'exports': (_lethe_retention_v1_SubjectExport__Output)[];
}

// Original file: proto/lethe/retention/v1/retention_service.proto

import type { DeletionLogEntry as _lethe_retention_v1_DeletionLogEntry, DeletionLogEntry__Output as _lethe_retention_v1_DeletionLogEntry__Output } from '../../../lethe/retention/v1/DeletionLogEntry';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListDeletionLogResponse {
  'entries'?: (_lethe_retention_v1_DeletionLogEntry)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListDeletionLogResponse__Output {
  'entries': (_lethe_retention_v1_DeletionLogEntry__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}

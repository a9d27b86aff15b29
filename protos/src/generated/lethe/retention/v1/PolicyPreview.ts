// Original file: proto/lethe/retention/v1/retention_service.proto

import type { PreviewMonth as _lethe_retention_v1_PreviewMonth, PreviewMonth__Output as _lethe_retention_v1_PreviewMonth__Output } from '../../../lethe/retention/v1/PreviewMonth';

export interface PolicyPreview {
  'subjects'?: (number);
  'dueNowReductions'?: (number);
  'dueNowDeletions'?: (number);
  'months'?: (_lethe_retention_v1_PreviewMonth)[];
  'onHold'?: (number);
  'currentDueNowDeletions'?: (number);
}

export interface PolicyPreview__Output {
  'subjects': (number);
  'dueNowReductions': (number);
  'dueNowDeletions': (number);
  'months': (_lethe_retention_v1_PreviewMonth__Output)[];
  'onHold': (number);
  'currentDueNowDeletions': (number);
}

// Original file: proto/lethe/retention/v1/retention_events.proto

import type { DueSubject as _lethe_retention_v1_DueSubject, DueSubject__Output as _lethe_retention_v1_DueSubject__Output } from '../../../lethe/retention/v1/DueSubject';

export interface OwnerNoticeDigest {
  'digestId'?: (string);
  'ownerId'?: (string);
  'digestDate'?: (string);
  'subjects'?: (_lethe_retention_v1_DueSubject)[];
}

export interface OwnerNoticeDigest__Output {
  'digestId': (string);
  'ownerId': (string);
  'digestDate': (string);
  'subjects': (_lethe_retention_v1_DueSubject__Output)[];
}

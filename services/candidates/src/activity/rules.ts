import type { ActivityKind } from '@lethe/protos';

/**
 * Whether an activity restarts the retention clock. Everything done with or by the candidate does
 * (profile, tags, skills, notes, files, messages, statuses, profile exports, asking for longer
 * storage or to be forgotten); automated workflow messages and the system's own entries do not. A
 * data export moves the clock where it is made, in retention, which knows who asked (a recruiter's
 * restarts it, the candidate's own does not): its activity here is a record only.
 */
/** What became of a status's actions: the status change they came with restarts the clock, not they. */
const STATUS_ACTION_RECORDS: ReadonlySet<ActivityKind> = new Set(['ACTIVITY_KIND_STATUS_ACTION_REQUESTED', 'ACTIVITY_KIND_STATUS_ACTION_SKIPPED']);

/**
 * A consent's request, answer, withdrawal or end is not in the list of what restarts the clock,
 * except a storage consent granted: that is the candidate asking for longer storage and is recorded
 * as LONGER_STORAGE_REQUESTED. The message carrying a request is an activity of its own.
 */
const CONSENT_RECORDS: ReadonlySet<ActivityKind> = new Set([
  'ACTIVITY_KIND_CONSENT_REQUESTED',
  'ACTIVITY_KIND_CONSENT_GRANTED',
  'ACTIVITY_KIND_CONSENT_DECLINED',
  'ACTIVITY_KIND_CONSENT_WITHDRAWN',
  'ACTIVITY_KIND_CONSENT_EXPIRED',
]);

export function restartsRetentionClock(kind: ActivityKind): boolean {
  return kind !== 'ACTIVITY_KIND_AUTOMATED_MESSAGE_SENT' && kind !== 'ACTIVITY_KIND_SYSTEM' && kind !== 'ACTIVITY_KIND_UNSPECIFIED' && kind !== 'ACTIVITY_KIND_PERSONAL_DATA_EXPORTED' && !STATUS_ACTION_RECORDS.has(kind) && !CONSENT_RECORDS.has(kind);
}

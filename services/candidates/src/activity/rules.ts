import type { ActivityKind } from '@lethe/protos';

/**
 * Whether an activity restarts the retention clock. Everything done with or by the candidate does
 * (profile, tags, skills, notes, files, messages, statuses, exports, asking for longer storage or to
 * be forgotten); automated workflow messages and the system's own entries do not.
 */
export function restartsRetentionClock(kind: ActivityKind): boolean {
  return kind !== 'ACTIVITY_KIND_AUTOMATED_MESSAGE_SENT' && kind !== 'ACTIVITY_KIND_SYSTEM' && kind !== 'ACTIVITY_KIND_UNSPECIFIED';
}

import type { ActivityKind } from '@lethe/protos';

export interface ActivityToRecord {
  tenantId: string;
  candidateId: string;
  kind: ActivityKind;
  actorId: string;
  occurredAt: Date;
  /** Ids of what the activity is about (application, presentation, file, job order), never personal data. */
  refs?: Record<string, string>;
}

/**
 * The per-candidate activity log. Recording an activity that restarts the retention clock
 * (seed 002) also publishes `ActivityRecorded` through the outbox.
 */
export interface ActivityLog {
  record(activity: ActivityToRecord): Promise<void>;
}

import type { ErasureReason } from '@lethe/protos';
import type { ErasureModeName } from '@lethe/platform/erasure';

/** Why and by whom an erasure was started; recorded in the deletion log (ids only). */
export interface ErasureTrigger {
  kind: 'retention-clock' | 'reduction-due' | 'mark' | 'erasure-request' | 'delete-now' | 'merge' | 'missing-consent' | 'source-deleted' | 'manual' | 'status-action';
  actorId?: string;
  /** When the user decided it (the mark, the erasure request); unset: when it was issued. */
  at?: Date;
  /** The mark, erasure request or status action that led to it. */
  sourceId?: string;
  /** A legal hold kept the erasure waiting until then (set by the orchestrator). */
  heldUntil?: Date;
}

export interface ErasureToIssue {
  tenantId: string;
  subjectId: string;
  mode: ErasureModeName;
  reason: ErasureReason;
  /** Reduce only: the skeleton fields that stay. */
  keepFields?: readonly string[];
  trigger: ErasureTrigger;
}

/** Starts the erasure protocol for one subject: publishes the command and tracks acknowledgements. */
export interface ErasureIssuer {
  /** Idempotent per (tenant, subject, mode) while an erasure of that kind is pending. */
  issue(erasure: ErasureToIssue): Promise<{ erasureId: string; created: boolean }>;
}

import { protoEnum, type SubjectExportState } from '@lethe/protos';
import type { Requester } from '../requests/rules';

/** An export runs until every service answered (ready) or one did not (failed); a ready package expires. */
export const EXPORT_STATE = protoEnum({
  running: 'SUBJECT_EXPORT_STATE_RUNNING',
  ready: 'SUBJECT_EXPORT_STATE_READY',
  failed: 'SUBJECT_EXPORT_STATE_FAILED',
  expired: 'SUBJECT_EXPORT_STATE_EXPIRED',
} as const satisfies Record<string, SubjectExportState>);
export type ExportStateName = (typeof EXPORT_STATE.names)[number];

/** One service's part of an export. */
export type PartState = 'pending' | 'answered' | 'failed';

export interface ExportTimes {
  state: ExportStateName;
  requestedAt: Date;
  expiresAt?: Date;
}

const DAY_MS = 24 * 3600_000;

/** What a stored export reads as at `now`: a package past its expiry is gone, a run that outlived `runLimitMs` was interrupted. */
export function exportStateAt({ state, requestedAt, expiresAt }: ExportTimes, now: Date, runLimitMs: number): ExportStateName {
  if (state === 'ready' && expiresAt && expiresAt <= now) return 'expired';
  if (state === 'running' && requestedAt.getTime() + runLimitMs <= now.getTime()) return 'failed';
  return state;
}

/** Why an export reads as failed without a service to blame: its run stopped (the process ended) before it finished. */
export const INTERRUPTED = 'the export was interrupted before every service answered; request a new one';

/**
 * How long a run may take before it counts as interrupted: every service has its deadline, then
 * the package is assembled and stored; twice the deadline and a minute leave room for both.
 */
export function runLimitMs(serviceTimeoutMs: number): number {
  return 2 * serviceTimeoutMs + 60_000;
}

/** When a package made at `now` is deleted. */
export function packageExpiry(now: Date, validDays: number): Date {
  return new Date(now.getTime() + validDays * DAY_MS);
}

/** Why a package cannot be downloaded in `state`, or undefined when it can. */
export function downloadRefusal(state: ExportStateName): 'EXPORT_NOT_READY' | 'EXPORT_EXPIRED' | undefined {
  if (state === 'ready') return undefined;
  return state === 'expired' ? 'EXPORT_EXPIRED' : 'EXPORT_NOT_READY';
}

/** A recruiter's export is an activity on the person's record (it restarts the retention clock); the candidate's own is not. */
export function exportRestartsClock(requestedBy: Requester): boolean {
  return requestedBy === 'recruiter';
}

/** A failure's reason as it is stored and shown: one line, bounded. */
export function failureText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 500 ? `${line.slice(0, 499)}…` : line;
}

import { ERASURE_OUTCOME, type ErasureOutcomeName } from '@lethe/platform/erasure';
import { backoffDelay } from '@lethe/platform/retry';
import { protoEnum, type ErasureState } from '@lethe/protos';

/** An erasure waits for confirmations (`pending`), has them all (`done`), or keeps being re-issued without them (`stuck`). */
export const ERASURE_STATE = protoEnum({
  pending: 'ERASURE_STATE_PENDING',
  done: 'ERASURE_STATE_DONE',
  stuck: 'ERASURE_STATE_STUCK',
} as const satisfies Record<string, ErasureState>);
export type ErasureStateName = (typeof ERASURE_STATE.names)[number];

/** Where one service stands with an erasure: no answer yet, or its last acknowledgement's outcome. */
export type ServiceState = 'pending' | ErasureOutcomeName;

/** Fields a service kept on purpose through the erasure (names, never values), and why. */
export interface Retained {
  fields: string[];
  reason: string;
}

export interface ServiceProgress {
  state: ServiceState;
  at?: Date;
  counts?: Record<string, number>;
  failureReason?: string;
  retained?: Retained;
}

/** What of an acknowledgement counts here. */
export interface Acknowledgement {
  service: string;
  /** The proto outcome; anything unknown counts as failed. */
  outcome: unknown;
  counts?: Record<string, number>;
  failureReason?: string;
  retainedFields?: string[];
  retainedReason?: string;
}

const confirmed = (state: ServiceState) => state === 'done' || state === 'nothing-held';

/** Every service waiting, before the command goes out. */
export function awaiting(services: readonly string[]): Record<string, ServiceProgress> {
  return Object.fromEntries(services.map((service) => [service, { state: 'pending' as const }]));
}

/**
 * The services' progress after one acknowledgement, and whether every service has now confirmed;
 * undefined when it changes nothing: a service that is not asked, or one that confirmed already
 * (its first confirmation stands; its answer to a re-issued command finds nothing left to do).
 */
export function acknowledged(services: Readonly<Record<string, ServiceProgress>>, ack: Acknowledgement, at: Date): { services: Record<string, ServiceProgress>; complete: boolean } | undefined {
  // Own properties only: a service named like a property of every object ("constructor") is not asked.
  const previous = Object.hasOwn(services, ack.service) ? services[ack.service] : undefined;
  if (!previous || confirmed(previous.state)) return undefined;
  const state = ERASURE_OUTCOME.fromProto(ack.outcome) ?? 'failed';
  const retained = ack.retainedFields?.length ? { retained: { fields: [...ack.retainedFields].sort(), reason: ack.retainedReason ?? '' } } : {};
  const next = { ...services, [ack.service]: { state, at, counts: ack.counts ?? {}, ...(ack.failureReason ? { failureReason: ack.failureReason } : {}), ...retained } };
  return { services: next, complete: Object.values(next).every((service) => confirmed(service.state)) };
}

/** The services an erasure still waits for. */
export function waitingFor(services: Readonly<Record<string, ServiceProgress>>): string[] {
  return Object.entries(services)
    .filter(([, progress]) => !confirmed(progress.state))
    .map(([name]) => name)
    .sort();
}

export interface ReissuePolicy {
  /** The first wait for acknowledgements; each re-issue waits twice as long as the one before. */
  reissueAfterMs: number;
  /** Attempts after which an erasure shows as stuck (it keeps being re-issued). */
  stuckAfterAttempts: number;
  /** The longest wait between two issues. */
  maxDelayMs: number;
}

/** The command issued again: its attempt number, when it is issued next if still unanswered, and the erasure's state. */
export function reissue(attempt: number, now: Date, policy: ReissuePolicy): { attempt: number; reissueAt: Date; state: Exclude<ErasureStateName, 'done'> } {
  const next = attempt + 1;
  const delay = backoffDelay(next, { initialMs: policy.reissueAfterMs, maxMs: policy.maxDelayMs });
  return { attempt: next, reissueAt: new Date(now.getTime() + delay), state: next > policy.stuckAfterAttempts ? 'stuck' : 'pending' };
}

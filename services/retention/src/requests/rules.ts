import { protoEnum, type ErasureRequestState, type RequestedBy } from '@lethe/protos';
import { addMonths } from '@lethe/platform/service';
import type { RetentionPolicyValues } from '../policy/policy';

/** An erasure request is open until it is withdrawn or, at its deadline, executed. */
export const REQUEST_STATE = protoEnum({
  open: 'ERASURE_REQUEST_STATE_OPEN',
  withdrawn: 'ERASURE_REQUEST_STATE_WITHDRAWN',
  executed: 'ERASURE_REQUEST_STATE_EXECUTED',
} as const satisfies Record<string, ErasureRequestState>);
export type RequestStateName = (typeof REQUEST_STATE.names)[number];

/** Who opened or withdrew a request: the candidate (through a link) or a recruiter. */
export const REQUESTED_BY = protoEnum({
  candidate: 'REQUESTED_BY_CANDIDATE',
  recruiter: 'REQUESTED_BY_RECRUITER',
} as const satisfies Record<string, RequestedBy>);
export type Requester = (typeof REQUESTED_BY.names)[number];

export interface Actor {
  kind: Requester;
  actorId: string;
}

/** The person asked to be forgotten: a reduction would keep personal data, so it is never one. */
export function erasureRequestMode(policy: Pick<RetentionPolicyValues, 'defaultMode'>): 'delete' | 'anonymise' {
  return policy.defaultMode === 'anonymise' ? 'anonymise' : 'delete';
}

/** The final deletion date of a request: the tenant's delete period, counted from the request. */
export function requestDeadline(openedAt: Date, policy: Pick<RetentionPolicyValues, 'deleteAfterMonths'>): Date {
  return addMonths(openedAt, policy.deleteAfterMonths);
}

/**
 * What opening or withdrawing does to a request in `state`: an open request opened again (or a
 * withdrawn one withdrawn again) stays as it is, an executed one is final, a withdrawn one may be
 * opened anew; only an open request can be withdrawn.
 */
export function requestTransition(state: RequestStateName | undefined, to: 'open' | 'withdrawn'): 'apply' | 'unchanged' | 'executed' | 'not-open' {
  if (state === 'executed') return 'executed';
  if (state === to) return 'unchanged';
  if (to === 'withdrawn' && state !== 'open') return 'not-open';
  return 'apply';
}

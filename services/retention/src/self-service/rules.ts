import type { SubjectClock } from '../clock/schedule';
import type { Actor, RequestStateName } from '../requests/rules';
import type { SelfServicePurposeName } from './links';

/** The longest reason a candidate may give for an erasure request (as a recruiter may). */
export const REASON_MAX_CHARS = 2000;

/** The candidate acting through their own link. */
export const candidateActor = (subjectId: string) => ({ kind: 'candidate', actorId: `candidate:${subjectId}` }) as const satisfies Actor;

/**
 * Whether the person is still in a recruiting process: an application or a presentation to a client
 * whose current status is active (not final, not on hold). Such a person is not deleted at once on
 * their own click; the erasure request, with its grace period, is the way for them.
 */
export function hasActiveApplication(clock: Pick<SubjectClock, 'statuses'> | null | undefined): boolean {
  return Object.values(clock?.statuses ?? {}).some((status) => status.meta === 'active');
}

/** What a page form asks for. */
export type SelfServiceAction = 'open-request' | 'withdraw-request' | 'delete-now' | 'request-export';

/**
 * The actions a link of each purpose allows. "Delete now" also allows the erasure request: the page
 * offers it instead when an application is still active.
 */
export const ACTIONS_OF: Readonly<Record<SelfServicePurposeName, readonly SelfServiceAction[]>> = {
  'erasure-request-open': ['open-request'],
  'erasure-request-withdraw': ['withdraw-request'],
  'delete-now': ['delete-now', 'open-request'],
  'data-export-request': ['request-export'],
};

/** What the page of a link shows, by its purpose and the person's state. */
export type PageOffer =
  | 'open-form'
  | 'already-open'
  | 'withdraw-form'
  | 'nothing-to-withdraw'
  | 'delete-form'
  | 'active-application'
  | 'deletion-held'
  | 'export-form';

export interface SubjectState {
  /** The state of the person's erasure request, if they ever had one. */
  requestState?: RequestStateName;
  activeApplication: boolean;
  /** Nothing of the person may be deleted now (a legal hold); the page does not say why. */
  deletionHeld?: boolean;
}

/**
 * The page of a link: an open request is not opened twice, only an open one is withdrawn, and a
 * person with an active application is offered the erasure request (unless one is open already)
 * instead of the deletion at once, as is a person whose deletion is held (the erasure request is
 * then due no earlier than the hold's end).
 */
export function pageOffer(purpose: SelfServicePurposeName, state: SubjectState): PageOffer {
  const open = state.requestState === 'open';
  switch (purpose) {
    case 'erasure-request-open':
      return open ? 'already-open' : 'open-form';
    case 'erasure-request-withdraw':
      return open ? 'withdraw-form' : 'nothing-to-withdraw';
    case 'delete-now':
      if (!state.activeApplication && !state.deletionHeld) return 'delete-form';
      if (open) return 'already-open';
      return state.activeApplication ? 'active-application' : 'deletion-held';
    case 'data-export-request':
      return 'export-form';
  }
}

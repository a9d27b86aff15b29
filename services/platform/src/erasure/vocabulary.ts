import { protoEnum, type AnonymisedNotes, type ErasureMode, type ErasureOutcome } from '@lethe/protos';

/**
 * The erasure protocol's words, as Lethe's code names them and as the protos do; every service,
 * and retention's API, maps between the two only through these.
 */
export const ERASURE_MODE = protoEnum({
  /** Everything about the subject goes. */
  delete: 'ERASURE_MODE_DELETE',
  /** Personal data goes; records kept for statistics stay, without it. */
  anonymise: 'ERASURE_MODE_ANONYMISE',
  /** Only the skeleton fields named by the command stay, under a new key. */
  reduce: 'ERASURE_MODE_REDUCE',
} as const satisfies Record<string, ErasureMode>);
export type ErasureModeName = (typeof ERASURE_MODE.names)[number];

/** What an anonymisation does with notes about the person; the tenant's retention policy decides. */
export const ANONYMISED_NOTES = protoEnum({
  keep: 'ANONYMISED_NOTES_KEEP',
  empty: 'ANONYMISED_NOTES_EMPTY',
  delete: 'ANONYMISED_NOTES_DELETE',
} as const satisfies Record<string, AnonymisedNotes>);
export type AnonymisedNotesName = (typeof ANONYMISED_NOTES.names)[number];

/** Notes may hold personal data: unless the policy says otherwise, their text goes. */
export const DEFAULT_ANONYMISED_NOTES: AnonymisedNotesName = 'empty';

/** A service's answer to an erasure command. */
export const ERASURE_OUTCOME = protoEnum({
  done: 'ERASURE_OUTCOME_DONE',
  'nothing-held': 'ERASURE_OUTCOME_NOTHING_HELD',
  failed: 'ERASURE_OUTCOME_FAILED',
} as const satisfies Record<string, ErasureOutcome>);
export type ErasureOutcomeName = (typeof ERASURE_OUTCOME.names)[number];

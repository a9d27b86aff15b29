import { protoEnum, type MassAction } from '@lethe/protos';
import { scheduleOf, type SubjectClock } from '../clock/schedule';
import type { RetentionPolicyValues } from '../policy/policy';
import type { CandidateSearchFilter } from './candidate-search';

/** What a mass action does to every subject it selects. */
export const MASS_ACTION = protoEnum({
  reduce: 'MASS_ACTION_REDUCE',
  anonymise: 'MASS_ACTION_ANONYMISE',
  mark: 'MASS_ACTION_MARK_FOR_DELETION',
} as const satisfies Record<string, MassAction>);
export type MassActionKind = (typeof MASS_ACTION.names)[number];

export interface MassActionFilter {
  subjectIds: string[];
  anchorBefore?: Date;
  onlyFinal: boolean;
  /** A candidates search: its candidates, among the ids and clock conditions when given. */
  candidates?: CandidateSearchFilter;
}

/** Ids alone select those ids; an anchor date or `onlyFinal` select by the subjects' clocks (among the ids, when given). */
export function selectsByClock(filter: MassActionFilter): boolean {
  return filter.anchorBefore !== undefined || filter.onlyFinal;
}

/** Whether a subject's clock matches a filter that selects by clock; a clock whose deletion went out never does. */
export function clockMatches(
  clock: SubjectClock & { subjectId: string; deleteIssuedAt?: Date },
  filter: MassActionFilter,
  policy: RetentionPolicyValues,
  ids: ReadonlySet<string> = new Set(filter.subjectIds),
): boolean {
  if (clock.deleteIssuedAt) return false;
  if (ids.size > 0 && !ids.has(clock.subjectId)) return false;
  const schedule = scheduleOf(clock, policy);
  if (filter.onlyFinal && schedule.anchor !== 'final-status') return false;
  if (filter.anchorBefore && !(schedule.anchorAt && schedule.anchorAt < filter.anchorBefore)) return false;
  return true;
}

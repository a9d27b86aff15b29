import type { TalentActivityKind__Output } from '@lethe/protos';

/**
 * Whether a talent's activity restarts the retention clock. Everything done with or by the talent
 * does (profile, tags, pools, status, notes, follow-ups, jobs, applications, the ATS's updates); a
 * rule's automated action is no contact with the person and does not.
 */
export function talentActivityRestartsClock(kind: TalentActivityKind__Output): boolean {
  return kind !== 'TALENT_ACTIVITY_KIND_AUTOMATION' && kind !== 'TALENT_ACTIVITY_KIND_UNSPECIFIED';
}

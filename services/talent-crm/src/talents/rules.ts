import { z } from 'zod';
import { PreconditionError } from '@lethe/platform/errors';
import { fields } from '@lethe/platform/validation';
import { PROFILE_FIELDS } from './profile';
import type { TalentActivityKindName, TalentChange, TalentChangeTriggerKind, Talent, TalentProfile, TalentStatusName } from './talent';

export const MAX_TAGS = 50;
export const MAX_TAG_CHARS = 50;
export const MAX_POOLS = 50;

/** The form a tag is kept in: NFC, trimmed, inner whitespace collapsed, lower-case ("High  Potential" is "high potential"). */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** Tags as given → as kept: normalised, blanks dropped, each once, in the order first given. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter((tag) => tag !== ''))];
}

/** A request's tags: counted and capped before they are normalised. */
export const tagsSchema = fields
  .list(z.string().max(MAX_TAG_CHARS, `must be at most ${MAX_TAG_CHARS} characters`), MAX_TAGS)
  .transform((tags) => normaliseTags(tags));

/** A request's pool ids: counted, each an id, each once. */
export const poolIdsSchema = fields.list(fields.id(), MAX_POOLS).transform((ids) => [...new Set(ids)]);

/**
 * Whether a talent may move from one status to another: any status may follow any other, except
 * that `new` is only where a talent starts; once contacted, a talent is never new again.
 */
export function statusSelectable(from: TalentStatusName, to: TalentStatusName): boolean {
  return from === to || to !== 'new';
}

export function requireSelectableStatus(talentId: string, from: TalentStatusName, to: TalentStatusName): void {
  if (!statusSelectable(from, to)) {
    throw new PreconditionError('STATUS_NOT_SELECTABLE', `a talent that left status new cannot return to it`, { type: 'talent', id: talentId });
  }
}

/** The profile fields whose values differ. */
export function changedProfileFields(before: TalentProfile, after: TalentProfile): (keyof TalentProfile)[] {
  return PROFILE_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** What a change of a talent does: the activities it records, and the rule triggers it raises. */
export interface ChangeEffects {
  activities: TalentActivityKindName[];
  triggers: { kind: TalentChangeTriggerKind; value?: string }[];
}

type Changeable = Pick<Talent, 'profile' | 'poolIds' | 'tags' | 'status' | 'recruiterId' | 'detailsPending'>;

/** The talent after the change: what the change names replaces what was, the rest stays. */
export function applyChange<T extends Changeable>(current: T, change: TalentChange): T {
  const next = { ...current };
  for (const [field, value] of Object.entries(change) as [keyof TalentChange, unknown][]) {
    if (value !== undefined) (next as Record<string, unknown>)[field] = value;
  }
  return next;
}

/**
 * The effects of a change from `before` to `after`. Every changed aspect is an activity of its own
 * kind, unless the caller names the one kind (a follow-up answered, a form's second step). A rule's
 * action is an automation (it does not restart the retention clock). Tags added and pools joined
 * are triggers for the rules, whoever changed them.
 */
export function changeEffects(before: Changeable, after: Changeable, options: { activity?: TalentActivityKindName; causedByRuleId?: string } = {}): ChangeEffects {
  const activities: TalentActivityKindName[] = [];
  if (changedProfileFields(before.profile, after.profile).length > 0 || before.detailsPending !== after.detailsPending) activities.push('profile-updated');
  if (!sameMembers(before.tags, after.tags)) activities.push('tags-updated');
  if (!sameMembers(before.poolIds, after.poolIds)) activities.push('pools-updated');
  if (before.status !== after.status) activities.push('status-set');
  if (before.recruiterId !== after.recruiterId) activities.push('recruiter-assigned');
  const triggers = [
    ...added(before.tags, after.tags).map((tag) => ({ kind: 'tag-added' as const, value: tag })),
    ...added(before.poolIds, after.poolIds).map((poolId) => ({ kind: 'pool-joined' as const, value: poolId })),
  ];
  if (activities.length === 0) return { activities, triggers };
  if (options.causedByRuleId) return { activities: ['automation'], triggers };
  return { activities: options.activity ? [options.activity] : activities, triggers };
}

/** A new talent raises `talent-created`, and a tag added and a pool joined for each it starts with. */
export function creationTriggers(talent: Pick<Talent, 'tags' | 'poolIds'>): ChangeEffects['triggers'] {
  return [
    { kind: 'talent-created' },
    ...talent.tags.map((tag) => ({ kind: 'tag-added' as const, value: tag })),
    ...talent.poolIds.map((poolId) => ({ kind: 'pool-joined' as const, value: poolId })),
  ];
}

function added(before: readonly string[], after: readonly string[]): string[] {
  const had = new Set(before);
  return after.filter((value) => !had.has(value));
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && added(a, b).length === 0;
}

import type { Talent, TalentTrigger, TriggerKindName } from '../talents/talent';
import type { RuleAction, RuleDefinition, RuleFilter } from './rule';

/** Whether the trigger starts the rule: the same kind, and the rule's value (when it names one) is the trigger's. */
export function isTriggeredBy(rule: Pick<RuleDefinition, 'trigger' | 'triggerValue'>, trigger: Pick<TalentTrigger, 'kind' | 'value'>): boolean {
  return rule.trigger === trigger.kind && (rule.triggerValue === '' || rule.triggerValue === (trigger.value ?? ''));
}

/** The talent as a rule's filter sees it. */
export type FilteredTalent = Pick<Talent, 'tags' | 'source' | 'poolIds' | 'status' | 'sourceInfo'>;

/**
 * Whether the rule applies to the talent: every criterion given must hold (the talent has all the
 * tags, its source is one of the sources, it is in one of the pools, its status is one of the
 * statuses, its source info is exactly the one named); a criterion left empty holds for everyone.
 */
export function matchesFilter(filter: RuleFilter, talent: FilteredTalent): boolean {
  const tags = new Set(talent.tags);
  const pools = new Set(talent.poolIds);
  return (
    filter.tags.every((tag) => tags.has(tag)) &&
    (filter.sources.length === 0 || filter.sources.includes(talent.source)) &&
    (filter.poolIds.length === 0 || filter.poolIds.some((pool) => pools.has(pool))) &&
    (filter.statuses.length === 0 || filter.statuses.includes(talent.status)) &&
    (filter.sourceInfo === '' || filter.sourceInfo === talent.sourceInfo)
  );
}

/** The trigger an action's effect raises on the talent, when it raises one. */
export function triggerRaisedBy(action: RuleAction): { kind: TriggerKindName; value: string } | undefined {
  if (action.kind === 'add-tag') return { kind: 'tag-added', value: action.value };
  if (action.kind === 'add-to-pool') return { kind: 'pool-joined', value: action.value };
  return undefined;
}

/** A rule as the cycle check sees it. */
export type ChainedRule = Pick<RuleDefinition, 'name' | 'trigger' | 'triggerValue' | 'actions' | 'enabled'> & { id: string };

/**
 * A cycle of enabled rules that trigger each other through their effects (rule A adds tag x, rule
 * B waits for tag x and adds the talent to pool p, rule A waits for pool p …), as the rules' ids in
 * order, or undefined. Filters are not looked at: whether a filter stops the chain depends on the
 * talent, so a chain that could close is refused. A rule that triggers itself is no cycle here: a
 * rule never runs on its own effect.
 */
export function findCycle(rules: readonly ChainedRule[]): string[] | undefined {
  const enabled = rules.filter((rule) => rule.enabled);
  const next = new Map<string, string[]>(
    enabled.map((rule) => {
      const raised = rule.actions.map(triggerRaisedBy).filter((trigger) => trigger !== undefined);
      const followers = enabled.filter((other) => other.id !== rule.id && raised.some((trigger) => isTriggeredBy(other, trigger)));
      return [rule.id, followers.map((other) => other.id)];
    }),
  );
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (id: string): string[] | undefined => {
    if (onPath.has(id)) return path.slice(path.indexOf(id));
    if (done.has(id)) return undefined;
    path.push(id);
    onPath.add(id);
    for (const follower of next.get(id) ?? []) {
      const cycle = visit(follower);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(id);
    done.add(id);
    return undefined;
  };
  for (const rule of enabled) {
    const cycle = visit(rule.id);
    if (cycle) return cycle;
  }
  return undefined;
}

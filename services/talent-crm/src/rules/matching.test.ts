import { findCycle, isTriggeredBy, matchesFilter, type ChainedRule, type FilteredTalent } from './matching';
import type { RuleAction, RuleFilter } from './rule';

const anyTalent: RuleFilter = { tags: [], sources: [], poolIds: [], statuses: [], sourceInfo: '' };
const talent: FilteredTalent = { tags: ['silver-medalist', 'java'], source: 'talent-form', poolIds: ['pool-a', 'pool-b'], status: 'new', sourceInfo: 'Karriere-Newsletter' };

describe('a rule is triggered', () => {
  it('by a trigger of its kind, with the value it names or any value when it names none', () => {
    expect(isTriggeredBy({ trigger: 'tag-added', triggerValue: '' }, { kind: 'tag-added', value: 'java' })).toBe(true);
    expect(isTriggeredBy({ trigger: 'tag-added', triggerValue: 'java' }, { kind: 'tag-added', value: 'java' })).toBe(true);
    expect(isTriggeredBy({ trigger: 'tag-added', triggerValue: 'java' }, { kind: 'tag-added', value: 'Java' })).toBe(false);
    expect(isTriggeredBy({ trigger: 'tag-added', triggerValue: '' }, { kind: 'pool-joined', value: 'java' })).toBe(false);
    expect(isTriggeredBy({ trigger: 'talent-created', triggerValue: '' }, { kind: 'talent-created' })).toBe(true);
    expect(isTriggeredBy({ trigger: 'ats-status-changed', triggerValue: 'rejected' }, { kind: 'ats-status-changed' })).toBe(false);
  });
});

describe("a rule's filter", () => {
  it('selects everyone when it is empty', () => {
    expect(matchesFilter(anyTalent, talent)).toBe(true);
  });

  it('needs every tag it names', () => {
    expect(matchesFilter({ ...anyTalent, tags: ['java', 'silver-medalist'] }, talent)).toBe(true);
    expect(matchesFilter({ ...anyTalent, tags: ['java', 'kotlin'] }, talent)).toBe(false);
  });

  it('needs one of the sources, pools and statuses it names', () => {
    expect(matchesFilter({ ...anyTalent, sources: ['ats-sync', 'talent-form'] }, talent)).toBe(true);
    expect(matchesFilter({ ...anyTalent, sources: ['ats-sync'] }, talent)).toBe(false);
    expect(matchesFilter({ ...anyTalent, poolIds: ['pool-x', 'pool-b'] }, talent)).toBe(true);
    expect(matchesFilter({ ...anyTalent, poolIds: ['pool-x'] }, talent)).toBe(false);
    expect(matchesFilter({ ...anyTalent, statuses: ['new', 'interested'] }, talent)).toBe(true);
    expect(matchesFilter({ ...anyTalent, statuses: ['placed'] }, talent)).toBe(false);
  });

  it('needs exactly the source info it names', () => {
    expect(matchesFilter({ ...anyTalent, sourceInfo: 'Karriere-Newsletter' }, talent)).toBe(true);
    expect(matchesFilter({ ...anyTalent, sourceInfo: 'Karriere' }, talent)).toBe(false);
  });

  it('needs every criterion at once', () => {
    const filter: RuleFilter = { tags: ['java'], sources: ['talent-form'], poolIds: ['pool-a'], statuses: ['new'], sourceInfo: 'Karriere-Newsletter' };
    expect(matchesFilter(filter, talent)).toBe(true);
    expect(matchesFilter(filter, { ...talent, status: 'placed' })).toBe(false);
    expect(matchesFilter(filter, { ...talent, poolIds: [] })).toBe(false);
  });
});

describe('the cycle check', () => {
  const rule = (id: string, trigger: ChainedRule['trigger'], triggerValue: string, actions: RuleAction[], enabled = true): ChainedRule => ({ id, name: id, trigger, triggerValue, actions, enabled });
  const addTag = (value: string): RuleAction => ({ kind: 'add-tag', value });
  const addToPool = (value: string): RuleAction => ({ kind: 'add-to-pool', value });
  const notify: RuleAction = { kind: 'notify-recruiter', value: '' };

  it('finds rules that trigger each other through tags and pools', () => {
    const a = rule('a', 'pool-joined', 'p', [addTag('x')]);
    const b = rule('b', 'tag-added', 'x', [addToPool('p')]);
    expect(findCycle([a, b])).toEqual(['a', 'b']);
  });

  it('finds a longer cycle, and one through a trigger that takes any value', () => {
    const a = rule('a', 'talent-created', '', [addTag('x')]);
    const b = rule('b', 'tag-added', 'x', [addToPool('p')]);
    const c = rule('c', 'pool-joined', '', [addTag('y')]);
    const d = rule('d', 'tag-added', 'y', [addTag('x')]);
    expect(findCycle([a, b, c, d])).toEqual(['b', 'c', 'd']);
  });

  it('lets chains that end pass', () => {
    const a = rule('a', 'talent-created', '', [addTag('x'), notify]);
    const b = rule('b', 'tag-added', 'x', [addToPool('p')]);
    const c = rule('c', 'pool-joined', 'p', [{ kind: 'send-campaign', value: 'talent-pool-welcome' }]);
    const d = rule('d', 'tag-added', 'other', [addToPool('p')]);
    expect(findCycle([a, b, c, d])).toBeUndefined();
  });

  it('counts no rule that waits for another value', () => {
    const a = rule('a', 'pool-joined', 'p', [addTag('x')]);
    const b = rule('b', 'tag-added', 'y', [addToPool('p')]);
    expect(findCycle([a, b])).toBeUndefined();
  });

  it('counts no disabled rule, and no rule on its own effect', () => {
    const a = rule('a', 'pool-joined', 'p', [addTag('x')]);
    const b = rule('b', 'tag-added', 'x', [addToPool('p')], false);
    expect(findCycle([a, b])).toBeUndefined();
    expect(findCycle([rule('self', 'tag-added', '', [addTag('seen')])])).toBeUndefined();
  });
});

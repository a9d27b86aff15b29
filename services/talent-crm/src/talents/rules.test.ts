import { applyChange, changeEffects, creationTriggers, normaliseTag, normaliseTags, statusSelectable, tagsSchema } from './rules';
import { EMPTY_PROFILE } from './profile';
import { TALENT_STATUS, type Talent } from './talent';

const talent = (overrides: Partial<Talent> = {}) => ({
  profile: { ...EMPTY_PROFILE, firstName: 'Jana', lastName: 'Novak' },
  poolIds: ['pool-a'],
  tags: ['silver-medalist'],
  status: 'new' as const,
  recruiterId: 'recruiter-1',
  detailsPending: false,
  ...overrides,
});

describe('tags', () => {
  it('are kept in one form: trimmed, inner whitespace collapsed, lower-case, NFC', () => {
    expect(normaliseTag('  High   Potential ')).toBe('high potential');
    expect(normaliseTag('Zweitbeste\u0301')).toBe(normaliseTag('Zweitbesté'));
  });

  it('are each kept once, blanks dropped, in the order first given', () => {
    expect(normaliseTags(['B', 'a', ' b ', '', '  '])).toEqual(['b', 'a']);
  });

  it('of a request are counted and capped before they are normalised', () => {
    expect(tagsSchema.safeParse(Array.from({ length: 51 }, (_, i) => `t${i}`)).success).toBe(false);
    expect(tagsSchema.safeParse(['x'.repeat(51)]).success).toBe(false);
    expect(tagsSchema.parse(['Silver Medalist', 'silver  medalist'])).toEqual(['silver medalist']);
  });
});

describe('statuses', () => {
  it('may follow one another freely, but a talent that left new never returns to it', () => {
    for (const from of TALENT_STATUS.names) {
      for (const to of TALENT_STATUS.names) expect(statusSelectable(from, to)).toBe(to !== 'new' || from === 'new');
    }
  });
});

describe('the effects of a change', () => {
  it('records one activity per changed aspect', () => {
    const before = talent();
    const after = applyChange(before, { status: 'in-contact', recruiterId: 'recruiter-2', profile: { ...before.profile, city: 'Köln' } });
    expect(changeEffects(before, after).activities).toEqual(['profile-updated', 'status-set', 'recruiter-assigned']);
  });

  it('raises a trigger for each tag added and pool joined, none for those removed', () => {
    const before = talent();
    const after = applyChange(before, { tags: ['high potential'], poolIds: ['pool-a', 'pool-b'] });
    expect(changeEffects(before, after)).toEqual({
      activities: ['tags-updated', 'pools-updated'],
      triggers: [
        { kind: 'tag-added', value: 'high potential' },
        { kind: 'pool-joined', value: 'pool-b' },
      ],
    });
  });

  it('is no activity when nothing changed, even if the caller sent the same values', () => {
    const before = talent();
    expect(changeEffects(before, applyChange(before, { tags: ['silver-medalist'], poolIds: ['pool-a'], status: 'new' }))).toEqual({ activities: [], triggers: [] });
  });

  it('by a rule is an automation (no restart of the clock); the caller may name the one activity it is', () => {
    const before = talent();
    const after = applyChange(before, { tags: ['a', 'silver-medalist'] });
    expect(changeEffects(before, after, { causedByRuleId: 'rule-1' }).activities).toEqual(['automation']);
    expect(changeEffects(before, applyChange(before, { profile: { ...before.profile, careerUpdate: 'new job' } }), { activity: 'follow-up-answered' }).activities).toEqual(['follow-up-answered']);
  });

  it('leaves what the change does not name as it was', () => {
    const before = talent();
    expect(applyChange(before, { status: 'placed' })).toEqual({ ...before, status: 'placed' });
  });
});

describe('a new talent', () => {
  it('raises talent-created, and a tag added and a pool joined for each it starts with', () => {
    expect(creationTriggers({ tags: ['x'], poolIds: ['p'] })).toEqual([{ kind: 'talent-created' }, { kind: 'tag-added', value: 'x' }, { kind: 'pool-joined', value: 'p' }]);
  });
});

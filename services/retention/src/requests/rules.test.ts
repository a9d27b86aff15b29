import { erasureRequestMode, requestDeadline, requestTransition } from './rules';

describe('erasure requests', () => {
  it('are due the tenant’s delete period after they were opened', () => {
    expect(requestDeadline(new Date('2026-01-31T10:00:00Z'), { deleteAfterMonths: 1 })).toEqual(new Date('2026-02-28T10:00:00Z'));
    expect(requestDeadline(new Date('2026-03-15T10:00:00Z'), { deleteAfterMonths: 6 })).toEqual(new Date('2026-09-15T10:00:00Z'));
  });

  it('are never executed as a reduction: the person asked to be forgotten', () => {
    expect(erasureRequestMode({ defaultMode: 'reduce' })).toBe('delete');
    expect(erasureRequestMode({ defaultMode: 'delete' })).toBe('delete');
    expect(erasureRequestMode({ defaultMode: 'anonymise' })).toBe('anonymise');
  });

  it('open once, may be opened anew after a withdrawal, and are final once executed', () => {
    expect(requestTransition(undefined, 'open')).toBe('apply');
    expect(requestTransition('open', 'open')).toBe('unchanged');
    expect(requestTransition('withdrawn', 'open')).toBe('apply');
    expect(requestTransition('open', 'withdrawn')).toBe('apply');
    expect(requestTransition('withdrawn', 'withdrawn')).toBe('unchanged');
    expect(requestTransition(undefined, 'withdrawn')).toBe('not-open');
    expect(requestTransition('executed', 'open')).toBe('executed');
    expect(requestTransition('executed', 'withdrawn')).toBe('executed');
  });
});

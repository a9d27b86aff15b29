import { statusActionSkipReason, statusActionViolations } from './status-actions';

describe('the actions of a status', () => {
  it('runs each kind once, sends only templates a status may send, and never reduces on a hold status or beside asking for storage consent', () => {
    expect(statusActionViolations([{ kind: 'reduce-contents' }, { kind: 'send-template', templateKey: 'talent-pool-welcome' }], 'META_STATUS_FINAL')).toEqual([]);
    expect(statusActionViolations([{ kind: 'send-template', templateKey: 'consent-request-storage' }], 'META_STATUS_HOLD')).toEqual([]);
    const fields = (actions: Parameters<typeof statusActionViolations>[0], meta = 'META_STATUS_FINAL') => statusActionViolations(actions, meta).map((violation) => violation.field);
    expect(fields([{ kind: 'send-template', templateKey: 'owner-digest' }])).toEqual(['status.actions[0].templateKey']);
    expect(fields([{ kind: 'send-template' }])).toEqual(['status.actions[0].templateKey']);
    expect(fields([{ kind: 'reduce-contents', templateKey: 'talent-pool-welcome' }])).toEqual(['status.actions[0].templateKey']);
    expect(fields([{ kind: 'reduce-contents' }, { kind: 'reduce-contents' }])).toEqual(['status.actions[1].kind']);
    expect(fields([{ kind: 'reduce-contents' }], 'META_STATUS_HOLD')).toEqual(['status.actions[0].kind']);
    expect(fields([{ kind: 'reduce-contents' }, { kind: 'send-template', templateKey: 'consent-request-storage' }])).toEqual(['status.actions']);
  });

  it('does nothing for a candidate marked for deletion or with an open erasure request', () => {
    expect(statusActionSkipReason({})).toBeUndefined();
    expect(statusActionSkipReason({ markedForDeletion: { markedAt: new Date() } })).toBe('marked-for-deletion');
    expect(statusActionSkipReason({ erasureRequest: { requestId: 'r', openedAt: new Date() } })).toBe('erasure-requested');
  });
});

import { DEFAULT_STATUSES, fixedStatusViolations, selectableAfter, type StatusDef } from './catalogue';

const presentation = (key: string): StatusDef => DEFAULT_STATUSES.presentation.find((def) => def.key === key)!;

describe('the status catalogue', () => {
  it('starts a presentation with a profile or a proposal, lets the interest follow one, and the clear-data profile follow the anonymous one or the interest', () => {
    expect(selectableAfter(presentation('anonymous_profile_sent'), undefined)).toBe(true);
    expect(selectableAfter(presentation('proposed_without_profile'), undefined)).toBe(true);
    expect(selectableAfter(presentation('client_interested'), undefined)).toBe(false);
    expect(selectableAfter(presentation('client_interested'), 'anonymous_profile_sent')).toBe(true);
    expect(selectableAfter(presentation('clear_data_profile_sent'), 'client_interested')).toBe(true);
    expect(selectableAfter(presentation('clear_data_profile_sent'), 'rejected_by_client')).toBe(false);
  });

  it('keeps rejections and acceptance selectable from any status', () => {
    for (const key of ['rejected_by_client', 'rejected_by_candidate', 'accepted_by_client']) {
      for (const current of [undefined, 'anonymous_profile_sent', 'client_interested', 'rejected_by_client']) expect(selectableAfter(presentation(key), current)).toBe(true);
    }
  });

  it('lets a tenant rename and reorder a fixed status, not change what it means', () => {
    const rejected = presentation('rejected_by_client');
    expect(fixedStatusViolations({ ...rejected, label: 'Abgelehnt (Kunde)', position: 5 })).toEqual([]);
    expect(fixedStatusViolations({ ...rejected, alwaysSelectable: false, metaStatus: 'META_STATUS_ACTIVE' }).map((violation) => violation.field)).toEqual(['status.alwaysSelectable', 'status.metaStatus']);
    expect(fixedStatusViolations({ ...presentation('client_interested'), metaStatus: 'META_STATUS_FINAL' })).toEqual([]);
  });
});

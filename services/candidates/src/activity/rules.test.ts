import { ActivityKind } from '@lethe/protos';
import { restartsRetentionClock } from './rules';

describe('which activity restarts the retention clock', () => {
  it('every activity of or with the candidate does; automated workflow messages and system entries do not, and a data export is retention’s to apply', () => {
    const kinds = Object.keys(ActivityKind) as (keyof typeof ActivityKind)[];
    const notRestarting = kinds.filter((kind) => !restartsRetentionClock(kind));
    expect(notRestarting.sort()).toEqual([
      'ACTIVITY_KIND_AUTOMATED_MESSAGE_SENT',
      'ACTIVITY_KIND_CONSENT_DECLINED',
      'ACTIVITY_KIND_CONSENT_EXPIRED',
      'ACTIVITY_KIND_CONSENT_GRANTED',
      'ACTIVITY_KIND_CONSENT_REQUESTED',
      'ACTIVITY_KIND_CONSENT_WITHDRAWN',
      'ACTIVITY_KIND_PERSONAL_DATA_EXPORTED',
      'ACTIVITY_KIND_STATUS_ACTION_REQUESTED', 'ACTIVITY_KIND_STATUS_ACTION_SKIPPED', 'ACTIVITY_KIND_SYSTEM', 'ACTIVITY_KIND_UNSPECIFIED']);
    for (const kind of ['ACTIVITY_KIND_MESSAGE_TO_CANDIDATE', 'ACTIVITY_KIND_LONGER_STORAGE_REQUESTED', 'ACTIVITY_KIND_PROFILE_EXPORTED', 'ACTIVITY_KIND_FILE_UPLOADED', 'ACTIVITY_KIND_TAGS_UPDATED'] as const) {
      expect([kind, restartsRetentionClock(kind)]).toEqual([kind, true]);
    }
  });
});

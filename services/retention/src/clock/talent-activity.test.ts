import { TalentActivityKind } from '@lethe/protos';
import { talentActivityRestartsClock } from './talent-activity';

describe('which talent activity restarts the retention clock', () => {
  it('every activity of or with the talent does; a rule’s automated action does not', () => {
    const kinds = Object.values(TalentActivityKind);
    expect(kinds.filter((kind) => !talentActivityRestartsClock(kind)).sort()).toEqual(['TALENT_ACTIVITY_KIND_AUTOMATION', 'TALENT_ACTIVITY_KIND_UNSPECIFIED']);
    for (const kind of ['TALENT_ACTIVITY_KIND_FOLLOW_UP_ANSWERED', 'TALENT_ACTIVITY_KIND_APPLICATION_SENT', 'TALENT_ACTIVITY_KIND_ATS_UPDATED', 'TALENT_ACTIVITY_KIND_NOTE_ADDED'] as const) {
      expect([kind, talentActivityRestartsClock(kind)]).toEqual([kind, true]);
    }
  });
});

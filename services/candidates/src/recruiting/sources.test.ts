import type { RequestContext } from '@lethe/platform/auth';
import type { PreconditionError } from '@lethe/platform/errors';
import type { StatusChangeSource__Output as StatusChangeSource } from '@lethe/protos';
import { permitSource } from './sources';

const refusal = (statusKey: string, source: StatusChangeSource, actor: RequestContext['actorKind']) => {
  try {
    permitSource(statusKey, source, actor);
  } catch (err) {
    return (err as PreconditionError).reason;
  }
  return undefined;
};

describe('who records a status with its source', () => {
  it('records a clear-data profile only from a service, as sent by the profile service', () => {
    expect(refusal('clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT', 'service')).toBeUndefined();
    expect(refusal('clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT', 'user')).toBe('PROFILE_SENT_BY_SERVICE_ONLY');
    expect(refusal('clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_MANUAL', 'user')).toBe('PROFILE_SENT_BY_SERVICE_ONLY');
    expect(refusal('clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_MANUAL', 'service')).toBe('PROFILE_SENT_BY_SERVICE_ONLY');
    expect(refusal('clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK', 'service')).toBe('PROFILE_SENT_BY_SERVICE_ONLY');
  });

  it("records a client's feedback only from a service; a recruiter sets the same statuses as manual", () => {
    for (const key of ['client_interested', 'rejected_by_client']) {
      expect(refusal(key, 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK', 'service')).toBeUndefined();
      expect(refusal(key, 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK', 'user')).toBe('CLIENT_FEEDBACK_BY_SERVICE_ONLY');
      expect(refusal(key, 'STATUS_CHANGE_SOURCE_MANUAL', 'user')).toBeUndefined();
    }
  });

  it('lets a recruiter record an anonymous profile or a proposal as manual, not as sent by the profile service', () => {
    for (const key of ['anonymous_profile_sent', 'proposed_without_profile', 'accepted_by_client', 'received']) {
      expect(refusal(key, 'STATUS_CHANGE_SOURCE_MANUAL', 'user')).toBeUndefined();
    }
    expect(refusal('anonymous_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT', 'user')).toBe('PROFILE_SENT_BY_SERVICE_ONLY');
    expect(refusal('anonymous_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT', 'service')).toBeUndefined();
  });
});

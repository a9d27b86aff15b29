import type { RequestContext } from '@lethe/platform/auth';
import { PreconditionError } from '@lethe/platform/errors';
import type { StatusChangeSource__Output as StatusChangeSource } from '@lethe/protos';

/** The status only the profile service records: it sends a clear-data profile only with the candidate's consent for the client. */
const CLEAR_DATA_PROFILE_SENT = 'clear_data_profile_sent';

/**
 * Who may record a status change with its source; throws the refusal, returns when allowed.
 * - A clear-data profile is recorded only by a service, as PROFILE_SENT: the profile service checks
 *   the candidate's consent before it sends one, and a recruiter must not bypass that check.
 * - PROFILE_SENT and CLIENT_FEEDBACK say that a service recorded what it did (a profile it sent, a
 *   client's answer on its feedback page), so only a service token may name them; a recruiter
 *   records what happened elsewhere as MANUAL.
 */
export function permitSource(statusKey: string, source: StatusChangeSource, actor: RequestContext['actorKind']): void {
  const byService = actor === 'service';
  if (statusKey === CLEAR_DATA_PROFILE_SENT && !(byService && source === 'STATUS_CHANGE_SOURCE_PROFILE_SENT')) {
    throw new PreconditionError('PROFILE_SENT_BY_SERVICE_ONLY', `status ${statusKey} is recorded only by the profile service, which checks the candidate's consent`);
  }
  if (byService) return;
  if (source === 'STATUS_CHANGE_SOURCE_PROFILE_SENT') {
    throw new PreconditionError('PROFILE_SENT_BY_SERVICE_ONLY', 'a profile is recorded as sent (PROFILE_SENT) only by the profile service; record it as MANUAL');
  }
  if (source === 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK') {
    throw new PreconditionError('CLIENT_FEEDBACK_BY_SERVICE_ONLY', "a client's feedback (CLIENT_FEEDBACK) is recorded only by the profile service; record it as MANUAL");
  }
}

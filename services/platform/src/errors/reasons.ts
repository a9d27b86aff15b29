/**
 * Every machine-readable reason Lethe puts on a refusal (gRPC `lethe.common.v1.ErrorInfo.reason`,
 * the `reason` of an HTTP problem, a dead letter's `x-dlq-code`, a failed erasure's
 * `failure_reason`), with what it means. Clients branch on these; a new one is added here.
 */
export const REASONS = {
  // Any request
  NOT_FOUND: 'the resource does not exist for the caller (another tenant, never created, or erased)',
  ALREADY_EXISTS: 'a resource with this identity exists',
  UNAUTHENTICATED: 'no valid token',
  MISSING_RIGHT: 'the token lacks the right the call needs',
  TOO_LARGE: 'the request or upload is over its size limit',
  RATE_LIMITED: 'the tenant or the client made too many requests of this kind; retry after the time given',
  UNAVAILABLE: 'a dependency did not answer; retry later',
  CONCURRENT_MODIFICATION: 'another change came first; read again and retry',
  VERSION_MISMATCH: 'the record is not at the version the caller read; read again and retry',
  LOCKED: 'another process is changing the same subject; retry shortly',
  LEASE_LOST: 'the call stalled longer than its hold on the subject; retry',
  NOT_CONFIGURED: 'the service lacks a setting this call needs; its operator must set it',
  CSRF_CHECK_FAILED: 'a form was not sent from the page that issued it',
  // The subject's state
  SUBJECT_ERASED: 'the person has been erased',
  SUBJECT_MARKED_FOR_DELETION: 'the person is marked for deletion: no changes until restored',
  SUBJECT_ANONYMISED: 'the person has been anonymised: their record cannot change any more',
  SUBJECT_REDUCED: 'the person has been reduced to skeleton data: their record cannot change any more',
  SUBJECT_KEY_CHANGED: "the person's data key changed concurrently",
  ERASURE_REQUESTED: 'the person asked to be forgotten: no new applications or assignments',
  // Links
  LINK_INVALID: 'the link is unknown, tampered with or not for this purpose',
  LINK_EXPIRED: 'the link expired or was ended',
  LINK_USED: 'the link was used already',
  // Candidates
  DUPLICATE_CANDIDATE: 'a candidate with the same identity or email exists',
  STATUS_NOT_SELECTABLE: 'the status cannot follow the current one',
  PROFILE_SENT_BY_SERVICE_ONLY: "a clear-data profile is recorded only by the profile service, which checks the candidate's consent; a recruiter records other profiles sent as manual",
  CLIENT_FEEDBACK_BY_SERVICE_ONLY: "a client's feedback is recorded only by the profile service, from the client's answer; a recruiter records it as manual",
  // Consent
  NO_CONSENT_REQUEST: 'consent can be set manually only for an open request whose link is valid',
  CONSENT_REQUEST_ANSWERED: 'the request was answered already',
  CONSENT_REQUEST_CLOSED: 'the request was closed by a newer request, a decline or a withdrawal',
  CONSENT_TEXT_MISSING: 'the consent text of the request no longer exists',
  CONTROLLER_NOT_SET: 'the tenant has not published its controller details (company, address, privacy policy, data-protection contact) yet',
  // Messaging
  NO_ADDRESS: 'the person has no address for the channel',
  NOT_LICENSED: "the tenant's licence does not include the channel",
  NO_CONSENT: 'a campaign needs the candidate\'s campaign or storage consent',
  UNSUBSCRIBED: 'the candidate unsubscribed from campaigns on the channel',
  NOTICES_OFF: 'the tenant switched these automated messages off',
  // Profiles
  NO_CLEAR_DATA_CONSENT: "a clear-data profile needs the candidate's consent for the client company",
  PROFILE_CHANGED: 'the draft changed after it was previewed: preview it again before sending',
  NO_CONTACT_PERSON: 'the client request names no contact person to send the profile to',
  ATTACHMENTS_NOT_ALLOWED: 'the tenant does not allow attachments to profiles',
  // Talent CRM: reminders and automation rules
  REMINDER_CLOSED: 'the reminder was completed or cancelled already',
  REMINDER_DELIVERED: 'the reminder was delivered: it is completed, not cancelled',
  RULE_CYCLE: 'the rule would let rules trigger each other in a cycle',
  // Talent CRM: talents and pools
  TALENT_EXISTS: 'the person is a talent already',
  DUPLICATE_TALENT: 'a talent with the same email exists',
  POOL_NAME_TAKEN: 'the tenant has a pool of this name',
  // Talent CRM: the ATS
  JOB_CLOSED: 'the ATS closed the job: no new assignments or applications',
  APPLICATION_SENT: 'the application of this assignment went to the ATS already',
  // Retention
  ALREADY_EXECUTED: 'the mark or request was executed already',
  CLOCK_CONTENDED: "the subject's retention clock kept changing; retry",
  APPLICATION_ACTIVE: 'the person has an application in progress: they cannot be deleted at once, only by an erasure request',
  DELETION_HELD: 'nothing of the person may be deleted at present (a legal hold): they cannot be deleted at once, only by an erasure request due after the hold',
  NO_OPEN_REQUEST: 'the person has no open erasure request to withdraw',
  EXPORT_NOT_READY: 'the data export is still running or failed: it has no package to download',
  EXPORT_EXPIRED: "the data export's package expired and was deleted; request a new export",
  // Events and erasure handlers
  INVALID_EVENT: 'an event failed validation',
  MISSING_EVENT_ID: 'a record has no ce_id header',
  UNKNOWN_EVENT_TYPE: "a record's ce_type is not an event type of its topic",
  MISSING_TENANT: 'a record has no ce_tenant header',
  EMPTY_PAYLOAD: 'a record has no value',
  UNSUPPORTED_CONTENT_TYPE: "a record's content-type is not its topic's encoding",
  UNDECODABLE_PAYLOAD: "a record's value does not decode as its event type",
  INVALID_TIME: "a record's ce_time header is not a date-time",
  HANDLER_ERROR: 'an erasure handler failed',
  INVALID_HANDLER_RESULT: 'an erasure handler returned a malformed result',
  // Programming faults
  INVALID_SUBSCRIPTION: 'a subscription was configured wrongly',
  INVALID_OUTBOX_UPDATE: 'an outbox update was not made of operators',
} as const;

export type Reason = keyof typeof REASONS;

/** True for a reason of the catalogue. */
export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REASONS, value);
}

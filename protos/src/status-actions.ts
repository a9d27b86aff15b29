/**
 * The templates a status's SEND_TEMPLATE action may send: the candidate is the recipient and
 * messaging fills every placeholder itself. Candidates refuses any other key when a status is
 * saved; messaging sends these on StatusActionRequested. The storage-consent request carries a
 * storage-consent link that messaging asks consent for when it writes the message.
 */
export const STATUS_ACTION_TEMPLATES = ['consent-request-storage', 'talent-pool-welcome'] as const;
export type StatusActionTemplate = (typeof STATUS_ACTION_TEMPLATES)[number];

/** Whether `key` is a template a status action may send. */
export function isStatusActionTemplate(key: string): key is StatusActionTemplate {
  return (STATUS_ACTION_TEMPLATES as readonly string[]).includes(key);
}

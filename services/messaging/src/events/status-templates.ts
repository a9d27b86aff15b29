import { consumer, formatDate, type ConsumerSpec } from '@lethe/platform/service';
import type { TenantSettings } from '@lethe/platform/mongo';
import { isStatusActionTemplate, TOPICS } from '@lethe/protos';
import type { Messages } from '../messages/messages';
import type { Peers } from '../peers/peers';
import type { MessagingSettingsValues } from '../settings/settings';
import { sendUnlessClosed } from './consent-requests';

/** A candidate marked for deletion or who asked to be forgotten gets no workflow message (consent refuses the storage request alike). */
const NOT_TO_BE_SENT = new Set(['SUBJECT_MARKED_FOR_DELETION', 'ERASURE_REQUESTED']);

/** How long the storage consent a status asks for lasts. */
const STORAGE_CONSENT_MONTHS = 24;

export interface StatusTemplatesDeps {
  messages: Messages;
  settings: TenantSettings<MessagingSettingsValues>;
  peers: Peers;
}

/**
 * A status's "send a template" action: the template goes to the candidate once per action, in the
 * tenant's language, as a workflow's message (it does not restart the retention clock; the status
 * did). Asking for storage consent makes the storage consent request for the candidate and carries
 * its link. A candidate marked for deletion or with an open erasure request gets nothing.
 */
export function statusTemplatesConsumer({ messages, settings, peers }: StatusTemplatesDeps): ConsumerSpec {
  return consumer({
    groupId: 'messaging.status-templates',
    topics: [TOPICS.candidateEvents],
    fromBeginning: true,
    handler: async (event) => {
      if (event.type !== 'lethe.candidates.v1.StatusActionRequested') return;
      const { kind, templateKey, candidateId, actionId, requestedBy } = event.payload;
      if (kind !== 'STATUS_ACTION_KIND_SEND_TEMPLATE' || !isStatusActionTemplate(templateKey)) return;
      const tenantId = event.envelope.tenantId;
      const language = (await settings.get(tenantId)).defaultLanguage;
      await sendUnlessClosed(
        messages.composeUnlessErased({
          tenantId,
          recipient: { kind: 'candidate', id: candidateId },
          templateKey,
          channel: 'email',
          language,
          idempotencyKey: `status-action:${actionId}`,
          createdBy: requestedBy,
          automated: true,
          ...(templateKey === 'consent-request-storage'
            ? {
                fill: async () => {
                  const link = await peers.storageConsentLink(tenantId, candidateId, STORAGE_CONSENT_MONTHS, language);
                  return { consentLink: link.url, linkExpiresAt: formatDate(link.expiresAt, language), periodMonths: String(STORAGE_CONSENT_MONTHS) };
                },
              }
            : {}),
        }),
        NOT_TO_BE_SENT,
      );
    },
  });
}

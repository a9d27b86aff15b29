import * as grpc from '@grpc/grpc-js';
import { readErrorDetails } from '@lethe/platform/grpc';
import { consumer, formatDate, type ConsumerSpec } from '@lethe/platform/service';
import { TOPICS } from '@lethe/protos';
import type { Messages } from '../messages/messages';
import type { Peers } from '../peers/peers';
import type { Recipients } from '../recipients/recipients';
import type { Channel } from '../templates/catalogue';
import { languageOf } from '../templates/format';

const TEMPLATE_OF_KIND: Readonly<Record<string, string>> = {
  CONSENT_KIND_CLEAR_DATA_SHARING: 'consent-request-clear-data',
  CONSENT_KIND_STORAGE: 'consent-request-storage',
  CONSENT_KIND_CAMPAIGN: 'consent-request-campaign',
};

const CHANNEL_OF: Readonly<Record<string, Channel>> = { CHANNEL_SMS: 'sms', CHANNEL_WHATSAPP: 'whatsapp' };

export interface ConsentRequestsDeps {
  messages: Messages;
  peers: Peers;
  recipients: Recipients;
  serviceName: string;
}

/**
 * Every consent request a recruiter makes goes to the candidate with its link, which messaging
 * obtains with its service token at this moment and which appears nowhere but in this message.
 * Consent to campaigns on SMS or WhatsApp is asked on that channel; everything else by email.
 * Requests messaging made itself (the notice's "keep my data longer") are in their own message; a
 * request answered or closed before its message was written gets none.
 */
export function consentRequestsConsumer({ messages, peers, recipients, serviceName }: ConsentRequestsDeps): ConsumerSpec {
  return consumer({
    groupId: 'messaging.consent-requests',
    topics: [TOPICS.consentEvents],
    fromBeginning: true,
    handler: async (event) => {
      if (event.type !== 'lethe.consent.v1.ConsentRequestCreated') return;
      const { requestId, subjectId, kind, clientId, channel, requestedBy, language: requested, periodMonths } = event.payload;
      const templateKey = TEMPLATE_OF_KIND[kind];
      if (!templateKey || requestedBy === serviceName) return;
      const tenantId = event.envelope.tenantId;
      const language = languageOf(requested);
      await sendUnlessClosed(messages.composeUnlessErased({
        tenantId,
        recipient: { kind: 'candidate', id: subjectId },
        templateKey,
        channel: kind === 'CONSENT_KIND_CAMPAIGN' ? (CHANNEL_OF[channel] ?? 'email') : 'email',
        language,
        idempotencyKey: `consent-request:${requestId}`,
        createdBy: requestedBy,
        // The recruiter asked for it: a message the candidate expects, not a workflow's.
        automated: false,
        fill: async () => {
          const link = await peers.consentLink(tenantId, requestId);
          const values: Record<string, string> = { consentLink: link.url, linkExpiresAt: formatDate(link.expiresAt, language) };
          if (clientId) values.clientName = await recipients.clientName(tenantId, clientId);
          if (periodMonths) values.periodMonths = String(periodMonths);
          return values;
        },
      }));
    },
  });
}

/** Reasons consent gives when a request no longer wants a link: answered, or closed by a newer request, a decline or a withdrawal. */
const NOT_TO_BE_SENT = new Set(['CONSENT_REQUEST_ANSWERED', 'CONSENT_REQUEST_CLOSED']);

/**
 * A request that was answered or closed (or is gone: NOT_FOUND) before its message was written gets
 * none; anything else is retried. `notToBeSent` names the refusals that close the service's requests.
 */
export async function sendUnlessClosed(sending: Promise<unknown>, notToBeSent: ReadonlySet<string> = NOT_TO_BE_SENT): Promise<void> {
  try {
    await sending;
  } catch (err) {
    const { code, reason } = readErrorDetails(err);
    if (code === grpc.status.NOT_FOUND || (reason && notToBeSent.has(reason))) return;
    throw err;
  }
}

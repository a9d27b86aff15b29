import { consumer, formatDate, type ConsumerSpec } from '@lethe/platform/service';
import { TOPICS, type TalentLinkPurpose } from '@lethe/protos';
import type { Messages } from '../messages/messages';
import type { Peers } from '../peers/peers';
import { languageOf } from '../templates/format';
import { sendUnlessClosed } from './consent-requests';

/** Each question talent-crm asks a talent by link: its template, and the placeholder its link fills. */
const TEMPLATE_OF_PURPOSE: Readonly<Partial<Record<TalentLinkPurpose, { templateKey: string; placeholder: string; automated: boolean }>>> = {
  // A recruiter asked for it: a message the talent may expect from them.
  TALENT_LINK_PURPOSE_FOLLOW_UP: { templateKey: 'talent-follow-up', placeholder: 'followUpLink', automated: false },
  // The talent form's workflow sends it, after the person's own submission.
  TALENT_LINK_PURPOSE_FORM_DETAILS: { templateKey: 'talent-form-details', placeholder: 'detailsLink', automated: true },
};

/** Refusals of talent-crm after which a request wants no message: answered, or the person marked or asked to be forgotten. */
const NOT_TO_BE_SENT = new Set(['LINK_USED', 'SUBJECT_MARKED_FOR_DELETION', 'ERASURE_REQUESTED', 'SUBJECT_REDUCED', 'SUBJECT_ANONYMISED']);

export interface TalentLinksDeps {
  messages: Messages;
  peers: Peers;
}

/**
 * Every question talent-crm asks a talent through a link (a follow-up, a two-step form's second
 * step) goes to them by email, with the link messaging obtains with its service token while it
 * writes this very message: the link appears nowhere else, and talent-crm records which message
 * carries it. A talent is written to as a candidate with the talent's id (the address comes from
 * candidates, or from talent-crm for a person known only as a talent).
 */
export function talentLinksConsumer({ messages, peers }: TalentLinksDeps): ConsumerSpec {
  return consumer({
    groupId: 'messaging.talent-links',
    topics: [TOPICS.talentEvents],
    fromBeginning: true,
    handler: async (event) => {
      if (event.type !== 'lethe.talents.v1.TalentLinkRequested') return;
      const { requestId, talentId, purpose, language: requested, requestedBy } = event.payload;
      const template = TEMPLATE_OF_PURPOSE[purpose];
      if (!template) return;
      const tenantId = event.envelope.tenantId;
      const language = languageOf(requested);
      await sendUnlessClosed(
        messages.composeUnlessErased({
          tenantId,
          recipient: { kind: 'candidate', id: talentId },
          templateKey: template.templateKey,
          channel: 'email',
          language,
          idempotencyKey: `talent-link:${requestId}`,
          createdBy: requestedBy,
          automated: template.automated,
          fill: async (messageId) => {
            const link = await peers.talentLink(tenantId, requestId, purpose, messageId);
            return { [template.placeholder]: link.url, linkExpiresAt: formatDate(link.expiresAt, language) };
          },
        }),
        NOT_TO_BE_SENT,
      );
    },
  });
}

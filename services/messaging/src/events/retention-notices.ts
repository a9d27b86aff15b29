import { consumer, formatDate, type ConsumerSpec } from '@lethe/platform/service';
import { fromTimestamp, TOPICS } from '@lethe/protos';
import type { TenantSettings } from '@lethe/platform/mongo';
import type { Messages } from '../messages/messages';
import type { MessagingSettingsValues } from '../settings/settings';
import type { Peers } from '../peers/peers';
import type { UserAddresses } from '../recipients/user-addresses';
import type { Language } from '../templates/catalogue';
import { utcDay } from '../templates/format';
import { sendUnlessClosed } from './consent-requests';

/**
 * Consent's refusals of the notice's storage-consent request: a person marked for deletion or who
 * asked to be forgotten gets no automated message, so no notice either (messaging may hear of the
 * mark or request after consent did).
 */
const NO_NOTICE = new Set(['SUBJECT_MARKED_FOR_DELETION', 'ERASURE_REQUESTED']);

const ACTION_NAMES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  de: { SCHEDULED_ACTION_DELETE: 'Löschung', SCHEDULED_ACTION_ANONYMISE: 'Anonymisierung', SCHEDULED_ACTION_REDUCE: 'Reduzierung' },
  en: { SCHEDULED_ACTION_DELETE: 'deletion', SCHEDULED_ACTION_ANONYMISE: 'anonymisation', SCHEDULED_ACTION_REDUCE: 'reduction' },
};

export interface RetentionNoticesDeps {
  messages: Messages;
  settings: TenantSettings<MessagingSettingsValues>;
  peers: Peers;
  users: UserAddresses;
  serviceName: string;
}

/**
 * Retention's notices become messages, each at most once per person and day however often the
 * event arrives: the candidate's notice before their deletion, with a link to consent to longer
 * storage (a storage consent request messaging makes for them) and one to be deleted now; and the
 * owner's daily digest, which names the people due by id only (a name in a recruiter's mailbox
 * would outlive the person's erasure), going to the tenant's fallback address when the owner has
 * none (a recruiter who left).
 */
export function retentionNoticesConsumer({ messages, settings, peers, users, serviceName }: RetentionNoticesDeps): ConsumerSpec {
  return consumer({
    groupId: 'messaging.notices',
    topics: [TOPICS.retentionNotices],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      const day = utcDay(event.envelope.time);
      switch (event.type) {
        case 'lethe.retention.v1.CandidateNoticeDue': {
          const { subjectId, actionDueAt, storageConsentMonths } = event.payload;
          const language = (await settings.get(tenantId)).defaultLanguage;
          const deletionAt = fromTimestamp(actionDueAt) ?? event.envelope.time;
          await sendUnlessClosed(messages.composeUnlessErased({
            tenantId,
            recipient: { kind: 'candidate', id: subjectId },
            templateKey: 'deletion-notice',
            channel: 'email',
            language,
            idempotencyKey: `deletion-notice:${subjectId}:${day}`,
            createdBy: serviceName,
            automated: true,
            values: { deletionDate: formatDate(deletionAt, language) },
            // Before the template's "delete now" link: a refused storage consent leaves no unsent link behind.
            fill: async () => ({ extendLink: (await peers.storageConsentLink(tenantId, subjectId, storageConsentMonths || 24, language)).url }),
          }), NO_NOTICE);
          return;
        }
        case 'lethe.retention.v1.OwnerNoticeDigest': {
          const { ownerId, digestDate, subjects } = event.payload;
          const language = (await users.get(tenantId, ownerId))?.language ?? 'de';
          const entries = subjects.map((subject) => ({
            subjectId: subject.subjectId,
            action: ACTION_NAMES[language][subject.action] ?? String(subject.action),
            dueAt: formatDate(fromTimestamp(subject.actionDueAt) ?? event.envelope.time, language),
          }));
          await messages.composeUnlessErased({
            tenantId,
            recipient: { kind: 'user', id: ownerId },
            templateKey: 'owner-digest',
            channel: 'email',
            language,
            idempotencyKey: `owner-digest:${ownerId}:${digestDate || day}`,
            createdBy: serviceName,
            automated: true,
            values: { count: String(entries.length), subjects: entries },
            fallbackToTenantAddress: true,
          });
          return;
        }
        default:
          return;
      }
    },
  });
}

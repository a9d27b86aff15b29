import type { SubjectFence } from '@lethe/platform/erasure';
import type { TenantSettings } from '@lethe/platform/mongo';
import { consumer, formatDate, type ConsumerSpec } from '@lethe/platform/service';
import { fromTimestamp, TOPICS } from '@lethe/protos';
import type { Messages } from '../messages/messages';
import type { MessageStore } from '../messages/store';
import type { UserAddresses } from '../recipients/user-addresses';
import type { MessagingSettingsValues } from '../settings/settings';
import type { SubjectStates } from '../subjects/store';

export interface RetentionEventsDeps {
  messages: Messages;
  store: MessageStore;
  subjects: SubjectStates;
  users: UserAddresses;
  settings: TenantSettings<MessagingSettingsValues>;
  fence: SubjectFence;
  serviceName: string;
  now: () => Date;
}

/**
 * What retention decides about a person changes what may reach them:
 * - a mark stops automated messages, and removes the person's pending messages at once or, as the
 *   tenant chose, at the deletion; a restore lifts that;
 * - an open erasure request stops automated messages too; the candidate is told it was received,
 *   and the confirmation of the erasure is written now and held until the erasure, which sends it
 *   as the last message before the person's key is gone (their address is not kept anywhere else);
 *   a withdrawal is confirmed and drops the held message. Recruiters who asked to be told are told;
 * - an export of their data the candidate asked for is ready: they get the link to download it.
 */
export function retentionEventsConsumer(deps: RetentionEventsDeps): ConsumerSpec {
  const { messages, store, subjects, users, settings, fence, serviceName } = deps;
  return consumer({
    groupId: 'messaging.retention',
    topics: [TOPICS.retentionEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      const asWriter = (subjectId: string, work: () => Promise<void>) => fence.writeUnlessErased({ tenantId, subjectId }, work);
      const tellRecruiters = async (requestId: string, subjectId: string, withdrawn: boolean, deadlineAt?: Date) => {
        for (const watcher of await users.erasureRequestWatchers(tenantId)) {
          await messages.composeUnlessErased({
            tenantId,
            recipient: { kind: 'user', id: watcher.userId },
            templateKey: 'erasure-request-recruiter-notice',
            channel: 'email',
            language: watcher.language,
            idempotencyKey: `erasure-request-recruiter-notice:${requestId}:${withdrawn ? 'withdrawn' : 'opened'}:${watcher.userId}`,
            createdBy: serviceName,
            automated: true,
            values: { subjectId, withdrawn: withdrawn ? 'yes' : '', deadlineDate: deadlineAt ? formatDate(deadlineAt, watcher.language) : '' },
          });
        }
      };
      switch (event.type) {
        case 'lethe.retention.v1.SubjectMarkedForDeletion': {
          const { subjectId, markedAt } = event.payload;
          await asWriter(subjectId, async () => {
            await subjects.set(tenantId, subjectId, { markedAt: fromTimestamp(markedAt) ?? event.envelope.time });
            if ((await settings.get(tenantId)).purgePendingOnMark) await store.purgeOfRecipient(tenantId, subjectId, 'pending');
          });
          return;
        }
        case 'lethe.retention.v1.SubjectRestored':
          await asWriter(event.payload.subjectId, () => subjects.set(tenantId, event.payload.subjectId, { markedAt: null }));
          return;
        case 'lethe.retention.v1.ErasureRequestOpened': {
          const { requestId, subjectId, openedAt, deadlineAt } = event.payload;
          const deadline = fromTimestamp(deadlineAt);
          const language = (await settings.get(tenantId)).defaultLanguage;
          const candidate = { tenantId, recipient: { kind: 'candidate' as const, id: subjectId }, channel: 'email' as const, language, createdBy: serviceName, automated: true };
          await asWriter(subjectId, async () => {
            await subjects.set(tenantId, subjectId, { erasureRequestedAt: fromTimestamp(openedAt) ?? event.envelope.time });
            await messages.compose({ ...candidate, templateKey: 'erasure-request-confirmation', idempotencyKey: `erasure-request-confirmation:${requestId}`, values: { deadlineDate: deadline ? formatDate(deadline, language) : '' } });
            await messages.compose({ ...candidate, templateKey: 'erasure-done', idempotencyKey: `erasure-done:${requestId}`, hold: true });
          });
          await tellRecruiters(requestId, subjectId, false, deadline);
          return;
        }
        case 'lethe.retention.v1.ErasureRequestWithdrawn': {
          const { requestId, subjectId } = event.payload;
          const language = (await settings.get(tenantId)).defaultLanguage;
          await asWriter(subjectId, async () => {
            await subjects.set(tenantId, subjectId, { erasureRequestedAt: null });
            const held = await store.byIdempotencyKey(tenantId, `erasure-done:${requestId}`);
            if (held?.state === 'held') await store.setState(tenantId, held._id, 'purged', {}, ['content']);
            await messages.compose({
              tenantId,
              recipient: { kind: 'candidate', id: subjectId },
              templateKey: 'erasure-request-withdrawn',
              channel: 'email',
              language,
              idempotencyKey: `erasure-request-withdrawn:${requestId}`,
              createdBy: serviceName,
              automated: true,
            });
          });
          await tellRecruiters(requestId, subjectId, true);
          return;
        }
        case 'lethe.retention.v1.SubjectExportCompleted': {
          // A recruiter hands their export over themselves; the candidate who asked gets the link.
          const { exportId, subjectId, requestedBy, expiresAt } = event.payload;
          if (requestedBy !== 'REQUESTED_BY_CANDIDATE') return;
          const language = (await settings.get(tenantId)).defaultLanguage;
          const expires = fromTimestamp(expiresAt);
          await messages.composeUnlessErased({
            tenantId,
            recipient: { kind: 'candidate', id: subjectId },
            templateKey: 'data-export-ready',
            channel: 'email',
            language,
            idempotencyKey: `data-export-ready:${exportId}`,
            createdBy: serviceName,
            automated: true,
            values: { expiresDate: expires ? formatDate(expires, language) : '' },
          });
          return;
        }
        default:
          return;
      }
    },
  });
}

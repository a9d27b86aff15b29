import type { SubjectCipher } from '@lethe/platform/crypto';
import { erasureResult, type ErasureHandler, type ErasureModeName, type ErasureResult } from '@lethe/platform/erasure';
import type { LinkTokens } from '@lethe/platform/links';
import type { Delivery } from './messages/delivery';
import type { MessageStore } from './messages/store';
import type { SubjectStates } from './subjects/store';

/** What messaging holds about a person, each removed as one step. */
export type ErasureStep = 'confirm' | 'purge' | 'content' | 'records' | 'state' | 'links' | 'key';

/**
 * Every mode first sends the confirmation the person asked for (held since their erasure request
 * opened, so it is the last message that reaches them), then purges what has not gone out and
 * removes the content of what has (to them, and carrying their data to someone else, such as a
 * profile sent to a client), the person's suppression state and unsubscribe links, and their
 * key (which shreds every copy of the content). `delete` also removes the message records; the
 * other modes keep them without content (kind, channel, dates and states: no personal data) for the
 * tenant's statistics, as the anonymised or reduced record is kept.
 */
const PLANS: Readonly<Record<ErasureModeName, readonly ErasureStep[]>> = {
  delete: ['confirm', 'purge', 'content', 'records', 'state', 'links', 'key'],
  anonymise: ['confirm', 'purge', 'content', 'state', 'links', 'key'],
  reduce: ['confirm', 'purge', 'content', 'state', 'links', 'key'],
};

export function erasurePlan(mode: ErasureModeName): readonly ErasureStep[] {
  return PLANS[mode];
}

export interface MessagingErasureDeps {
  store: MessageStore;
  delivery: Delivery;
  subjects: SubjectStates;
  links: LinkTokens;
  cipher: SubjectCipher;
}

/** Carries out the plan. The platform runs it inside the fence's erase, as the person's only writer. */
export function messagingErasure({ store, delivery, subjects, links, cipher }: MessagingErasureDeps): ErasureHandler {
  return async ({ tenantId, subjectId, mode }): Promise<ErasureResult> => {
    const steps = new Set(erasurePlan(mode));
    const counts = { confirmations: 0, purged: 0, shredded: 0, records: 0, states: 0, links: 0, keys: 0 };
    if (steps.has('confirm')) {
      for (const held of await store.ofRecipient(tenantId, subjectId, ['held'])) {
        await delivery.sendHeldNow(tenantId, held._id);
        counts.confirmations += 1;
      }
    }
    // The messages to the person, and those that carry their data to someone else (a profile to a client).
    for (const role of ['recipient', 'about'] as const) {
      if (steps.has('purge') || steps.has('content')) {
        const { purged, shredded } = await store.purgeOfRecipient(tenantId, subjectId, steps.has('content') ? 'all' : 'pending', role);
        counts.purged += purged;
        counts.shredded += shredded;
      }
      if (steps.has('records')) counts.records += await store.deleteOfRecipient(tenantId, subjectId, role);
    }
    if (steps.has('state')) counts.states = await subjects.delete(tenantId, subjectId);
    if (steps.has('links')) counts.links = await links.deleteOfSubject(tenantId, subjectId);
    if (steps.has('key')) counts.keys = await cipher.shred(tenantId, subjectId);
    return erasureResult(counts);
  };
}

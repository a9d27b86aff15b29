import { z } from 'zod';
import type { SubjectFence } from '@lethe/platform/erasure';
import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import { fields, parseInput } from '@lethe/platform/validation';
import { TOPICS } from '@lethe/protos';
import type { Rules } from '../rules/rules';
import type { TalentStore } from '../talents/store';

/** The consents that let the CRM keep in touch with a talent: the talent pool, campaigns. */
const KEEPING_IN_TOUCH = new Set(['CONSENT_KIND_STORAGE', 'CONSENT_KIND_CAMPAIGN']);

const grantSchema = z.object({ subjectId: fields.id(), validFrom: fields.timestamp() });

export interface ConsentEventsDeps {
  rules: Pick<Rules, 'fire'>;
  talents: Pick<TalentStore, 'find'>;
  fence: SubjectFence;
}

/**
 * A storage or campaign consent granted by a person the CRM holds as a talent is the rules'
 * `consent-granted` trigger, named by the event's id (a redelivered event runs no rule twice).
 * Consents of people who are no talent, and other consent events, change nothing here.
 */
export function consentEventsConsumer({ rules, talents, fence }: ConsentEventsDeps): ConsumerSpec {
  return consumer({
    groupId: 'talent-crm.consents',
    topics: [TOPICS.consentEvents],
    fromBeginning: true,
    handler: async (event) => {
      if (event.type !== 'lethe.consent.v1.ConsentGranted' || !KEEPING_IN_TOUCH.has(event.payload.kind)) return;
      const tenantId = event.envelope.tenantId;
      const { subjectId: talentId, validFrom } = parseInput(grantSchema, event.payload);
      await fence.writeUnlessErased({ tenantId, subjectId: talentId }, async () => {
        if (!(await talents.find(tenantId, talentId))) return;
        await rules.fire(tenantId, { id: event.envelope.id, kind: 'consent-granted', talentId, at: validFrom ?? event.envelope.time });
      });
    },
  });
}

import { z } from 'zod';
import type { SubjectFence } from '@lethe/platform/erasure';
import { consumer, type Clock, type ConsumerSpec } from '@lethe/platform/service';
import { fields, parseInput } from '@lethe/platform/validation';
import { TalentActivityKind, TOPICS, type TalentActivityKind__Output } from '@lethe/protos';
import { recordActivity, type SubjectClock } from '../clock/schedule';
import type { ClockStore } from '../clock/store';
import { talentActivityRestartsClock } from '../clock/talent-activity';
import type { ErasureIssuer } from '../erasures/issuer';
import type { PolicyStore } from '../policy/store';
import { clockChanger } from './clock-change';

export interface TalentEventsDeps {
  fence: SubjectFence;
  clocks: ClockStore;
  policies: PolicyStore;
  issuer: ErasureIssuer;
  clock: Clock;
}

const ACTIVITY_KINDS = Object.values(TalentActivityKind) as [TalentActivityKind__Output, ...TalentActivityKind__Output[]];

const talentCreated = z.object({
  talentId: fields.id(),
  fromCandidate: z.boolean(),
  createdAt: fields.timestamp(),
  createdBy: fields.text(200),
  recruiterId: fields.text(200),
});
const talentActivity = z.object({
  talentId: fields.id(),
  kind: z.enum(ACTIVITY_KINDS, { errorMap: () => ({ message: 'must be a talent activity kind' }) }),
  occurredAt: fields.timestamp(),
});
const talentSourceDeleted = z.object({ talentId: fields.id() });

/**
 * Keeps talents' clocks from talent-crm's events. A talent's creation starts its clock (and the
 * tenant's storage-consent deadline) and records its creation and owner, unless it was made from a
 * candidate, whose record and owner stand; a talent that is also a candidate has the subject's one
 * clock. Activities move it as the candidates' do. A person the ATS deleted, whom Lethe held only
 * because the ATS sent them, is erased everywhere; one the candidates service knows keeps the
 * candidate's clock, and nothing is issued. Each change runs as the subject's only writer; an event
 * about a subject erased meanwhile changes nothing.
 */
export function talentEventsConsumer({ fence, clocks, policies, issuer, clock }: TalentEventsDeps): ConsumerSpec {
  return consumer({
    groupId: 'retention.talents',
    topics: [TOPICS.talentEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      const change = clockChanger({ fence, clocks, policies }, tenantId, clock.now());
      switch (event.type) {
        case 'lethe.talents.v1.TalentCreated': {
          const { talentId, fromCandidate, createdAt, createdBy, recruiterId } = parseInput(talentCreated, event.payload);
          const at = createdAt ?? event.envelope.time;
          // Made from a candidate, the candidate's record (created at/by) and owner stand.
          const recordFacts = fromCandidate ? { knownAsCandidate: true as const } : { ownerId: recruiterId || undefined, created: { at, by: createdBy } };
          const startClock = (subject: SubjectClock) => {
            subject.talentCreatedAt = at;
            recordActivity(subject, at, event.envelope.id);
          };
          await change(talentId, startClock, recordFacts);
          return;
        }
        case 'lethe.talents.v1.TalentActivityRecorded': {
          const { talentId, kind, occurredAt } = parseInput(talentActivity, event.payload);
          if (!talentActivityRestartsClock(kind)) return;
          await change(talentId, (subject) => recordActivity(subject, occurredAt ?? event.envelope.time, event.envelope.id));
          return;
        }
        case 'lethe.talents.v1.TalentSourceDeleted': {
          const { talentId } = parseInput(talentSourceDeleted, event.payload);
          await fence.writeUnlessErased({ tenantId, subjectId: talentId }, async () => {
            if (await clocks.isKnownAsCandidate(tenantId, talentId)) return;
            await issuer.issue({ tenantId, subjectId: talentId, mode: 'delete', reason: 'ERASURE_REASON_SOURCE_DELETED', trigger: { kind: 'source-deleted' } });
          });
          return;
        }
        default:
          return;
      }
    },
  });
}

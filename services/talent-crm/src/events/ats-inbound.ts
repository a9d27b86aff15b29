import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import type { Logger } from '@lethe/platform/telemetry';
import { TOPICS } from '@lethe/protos';
import { ValidationError } from '@lethe/platform/errors';
import { parseDeletion, parseJobClosed, parseJobOpened, parseStatusChange, parseUpsert, type AtsUpsert } from '../ats/inbound';
import type { AtsOutcome, AtsSync } from '../ats/sync';

export interface AtsInboundDeps {
  sync: AtsSync;
  logger: Logger;
  /** Partitions handled at once; each one's events in order. */
  concurrency?: number;
}

/**
 * The ATS's candidates, application statuses and jobs (lethe.ats.inbound.v1, JSON). Each event is
 * handled once by its id; an event that fails its checks (not JSON, an unknown type, no ids, a
 * profile the CRM refuses) goes to the dead-letter topic at once with the reason, and nothing
 * changes. The outcome is logged by event id only: the topic's records carry personal data.
 */
export function atsInboundConsumer({ sync, logger, concurrency = 3 }: AtsInboundDeps): ConsumerSpec {
  const log = logger.child({ component: 'ats-inbound' });
  return consumer({
    groupId: 'talent-crm.ats-inbound',
    topics: [TOPICS.atsInbound],
    fromBeginning: true,
    partitionsConsumedConcurrently: concurrency,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      let outcome: AtsOutcome;
      switch (event.type) {
        case 'lethe.ats.v1.AtsCandidateUpserted':
          outcome = await sync.upsertCandidate(tenantId, parseUpsert(event.payload));
          break;
        case 'lethe.ats.v1.AtsCandidateDeleted':
          outcome = await sync.deleteCandidate(tenantId, parseDeletion(event.payload));
          break;
        case 'lethe.ats.v1.AtsApplicationStatusChanged':
          outcome = await sync.statusChanged(tenantId, event.envelope.id, parseStatusChange(event.payload));
          break;
        case 'lethe.ats.v1.AtsJobOpened':
          outcome = await sync.jobOpened(tenantId, parseJobOpened(event.payload));
          break;
        case 'lethe.ats.v1.AtsJobClosed':
          outcome = await sync.jobClosed(tenantId, parseJobClosed(event.payload));
          break;
      }
      log.info({ eventId: event.envelope.id, type: event.type, tenantId, outcome }, 'ATS event handled');
    },
    // The leading upserts of one tenant, each candidate once (a later version waits for the
    // next batch, so a candidate's events stay in order), are applied together.
    batchHandler: async (events) => {
      const tenantId = events[0].envelope.tenantId;
      const batch: { eventId: string; upsert: AtsUpsert }[] = [];
      const candidates = new Set<string>();
      for (const event of events) {
        if (event.type !== 'lethe.ats.v1.AtsCandidateUpserted' || event.envelope.tenantId !== tenantId) break;
        // An upsert the CRM refuses ends the batch: handled alone, it is dead-lettered with the reason.
        const upsert = parsedOrUndefined(() => parseUpsert(event.payload));
        if (!upsert || candidates.has(upsert.atsCandidateId)) break;
        candidates.add(upsert.atsCandidateId);
        batch.push({ eventId: event.envelope.id, upsert });
      }
      if (batch.length === 0) return 0;
      const outcomes = await sync.upsertCandidates(
        tenantId,
        batch.map(({ upsert }) => upsert),
      );
      batch.forEach(({ eventId }, i) => log.info({ eventId, type: 'lethe.ats.v1.AtsCandidateUpserted', tenantId, outcome: outcomes[i] }, 'ATS event handled'));
      return batch.length;
    },
  });
}

function parsedOrUndefined<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (err) {
    if (err instanceof ValidationError) return undefined;
    throw err;
  }
}

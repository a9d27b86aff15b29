import { ERASURE_MODE } from '@lethe/platform/erasure';
import { exportPages, exportRecords, type ExportRecord, type SubjectExporter } from '@lethe/platform/export';
import type { LinkTokens } from '@lethe/platform/links';
import { dueDatesOf } from './clock/dates';
import { explainedSteps } from './clock/explain';
import { CLOCK_ANCHOR, FINAL_OUTCOME, META_STATUS } from './clock/schedule';
import { toClock, type ClockDoc, type ClockStore } from './clock/store';
import type { ErasureDoc, ErasureOrchestrator, DeletionLogDoc } from './erasures/orchestrator';
import { ERASURE_STATE } from './erasures/progress';
import type { SubjectExportStore } from './exports/store';
import { EXPORT_STATE } from './exports/rules';
import { JOB_ORDER_MEANING, MARK_STATE } from './marks/rules';
import type { MarkStore } from './marks/store';
import type { PolicyStore } from './policy/store';
import { erasureRequestMode, REQUEST_STATE, REQUESTED_BY } from './requests/rules';
import type { ErasureRequestStore } from './requests/store';

/** What retention's export reads: every store its erasure touches for the subject. */
export interface RetentionExportParts {
  clocks: ClockStore;
  policies: PolicyStore;
  marks: MarkStore;
  requests: ErasureRequestStore;
  orchestrator: ErasureOrchestrator;
  exports: SubjectExportStore;
  links: LinkTokens;
}

const PAGE = 100;
const modeWord = (mode: Parameters<typeof ERASURE_MODE.toProto>[0]) => ERASURE_MODE.toProto(mode);

/** The clock: its dates and facts, and what happens to the person when and by which rule (as ExplainRetention says). */
function clockRecord(doc: ClockDoc, explained: { anchor: string; anchorAt?: Date; holds: string[]; steps: ExportRecord[]; candidateNoticeAt?: Date }): ExportRecord {
  return {
    subjectId: doc.subjectId,
    firstSeenAt: doc.firstSeenAt,
    createdAt: doc.subjectCreatedAt,
    createdBy: doc.subjectCreatedBy,
    ownerId: doc.ownerId,
    talentCreatedAt: doc.talentCreatedAt,
    lastActivityAt: doc.lastActivityAt,
    lastActivityEventId: doc.lastActivityEventId,
    statuses: Object.entries(doc.statuses ?? {}).map(([id, status]) => ({
      id,
      metaStatus: META_STATUS.toProto(status.meta),
      finalOutcome: status.outcome === 'none' ? 'FINAL_OUTCOME_UNSPECIFIED' : FINAL_OUTCOME.toProto(status.outcome),
      setAt: status.setAt,
    })),
    storageConsents: Object.entries(doc.storageConsents ?? {}).map(([consentId, until]) => ({ consentId, until })),
    jobOrderAssignments: Object.entries(doc.assignments ?? {}).map(([jobOrderId, meaning]) => ({ jobOrderId, meaning: JOB_ORDER_MEANING.toProto(meaning) })),
    reducedAt: doc.reduceIssuedAt,
    deletionIssuedAt: doc.deleteIssuedAt,
    anchor: explained.anchor,
    anchorAt: explained.anchorAt,
    onHold: explained.holds.length > 0,
    holds: explained.holds,
    steps: explained.steps,
    candidateNoticeAt: explained.candidateNoticeAt,
    candidateToldOfDeletionAt: doc.candidateNoticeFor,
    policyVersion: doc.policyVersion,
  };
}

function erasureRecord(doc: ErasureDoc): ExportRecord {
  return {
    erasureId: doc._id,
    commandId: doc.commandId,
    mode: modeWord(doc.mode),
    reason: doc.reason,
    trigger: doc.trigger.kind,
    triggeredBy: doc.trigger.actorId,
    state: ERASURE_STATE.toProto(doc.state),
    issuedAt: doc.issuedAt,
    completedAt: doc.completedAt,
    keptFields: doc.keepFields,
    services: Object.entries(doc.services).map(([service, progress]) => ({
      service,
      state: progress.state,
      at: progress.at,
      counts: progress.counts,
      failureReason: progress.failureReason,
      retained: progress.retained,
    })),
  };
}

function deletionLogRecord(doc: DeletionLogDoc): ExportRecord {
  return {
    erasureId: doc.erasureId,
    mode: modeWord(doc.mode),
    reason: doc.reason,
    trigger: doc.trigger.kind,
    markedAt: doc.markedAt,
    markedBy: doc.markedBy,
    executedAt: doc.executedAt,
    confirmedBy: doc.confirmedBy,
    retained: doc.retained,
  };
}

/**
 * What retention holds about a person (the access protocol), in these sections:
 * `clock` (its dates, last activity, the deadline and why), `marks`, `erasureRequests` (reasons
 * decrypted; earlier withdrawn ones by id and dates), `erasures` (each service's confirmation and
 * the fields it kept), `deletionLog`, `exports` (when and by whom, not the packages) and
 * `selfServiceLinks` (purpose and dates; never a token).
 */
export function retentionExport({ clocks, policies, marks, requests, orchestrator, exports, links }: RetentionExportParts): SubjectExporter {
  return async function* ({ tenantId, subjectId }) {
    const [clock, policy, mark, request] = await Promise.all([clocks.stored(tenantId, subjectId), policies.get(tenantId), marks.find(tenantId, subjectId), requests.find(tenantId, subjectId)]);
    if (clock) {
      const deleteIssued = Boolean(clock.deleteIssuedAt);
      const { schedule, dates } = dueDatesOf(toClock(clock), policy, { deleteIssued, candidateNoticeFor: clock.candidateNoticeFor });
      const steps = explainedSteps({
        schedule,
        deleteIssued,
        mark: mark?.state === 'marked' ? mark : null,
        request: request?.state === 'open' && request.executeAt ? { deadlineAt: request.executeAt, mode: erasureRequestMode(policy) } : undefined,
      });
      yield exportRecords('clock', [
        clockRecord(clock, {
          anchor: schedule.anchor === 'none' ? 'CLOCK_ANCHOR_UNSPECIFIED' : CLOCK_ANCHOR.toProto(schedule.anchor),
          anchorAt: schedule.anchorAt,
          holds: schedule.holds,
          steps: steps.map((step) => ({ mode: modeWord(step.mode), dueAt: step.dueAt, rule: step.rule })),
          candidateNoticeAt: dates.candidateNoticeAt,
        }),
      ]);
    }
    if (mark) {
      yield exportRecords('marks', [
        { subjectId, mode: modeWord(mark.mode), state: MARK_STATE.toProto(mark.state), markedAt: mark.markedAt, markedBy: mark.markedBy, earliestDeletionAt: mark.earliestDeletionAt, waitRule: mark.waitRule },
      ]);
    }
    if (request) {
      const current = await requests.get(tenantId, subjectId);
      const earlier = request.history.map((withdrawn) => ({ requestId: withdrawn.requestId, state: REQUEST_STATE.toProto(withdrawn.state), openedAt: withdrawn.openedAt, withdrawnAt: withdrawn.withdrawnAt }));
      yield exportRecords('erasureRequests', [
        ...earlier,
        {
          requestId: current.requestId,
          state: REQUEST_STATE.toProto(current.state),
          requestedBy: REQUESTED_BY.toProto(current.requestedBy),
          openedBy: current.openedBy,
          openedAt: current.openedAt,
          deadlineAt: current.deadlineAt,
          reason: current.reason,
          withdrawnBy: current.withdrawnBy ? REQUESTED_BY.toProto(current.withdrawnBy) : undefined,
          withdrawnAt: current.withdrawnAt,
          withdrawReason: current.withdrawReason,
          erasureId: current.erasureId,
        },
      ]);
    }
    yield* exportPages('erasures', (pageToken) => orchestrator.list(tenantId, { subjectId }, PAGE, pageToken), erasureRecord);
    yield* exportPages('deletionLog', (pageToken) => orchestrator.deletionLog(tenantId, { subjectId }, PAGE, pageToken), deletionLogRecord);
    const exported = await exports.listOf(tenantId, subjectId, 1000);
    if (exported.length > 0) {
      yield exportRecords(
        'exports',
        exported.map((doc) => ({
          exportId: doc._id,
          state: EXPORT_STATE.toProto(doc.state),
          requestedBy: REQUESTED_BY.toProto(doc.requestedBy),
          requestedByActor: doc.requestedByActor,
          requestedAt: doc.requestedAt,
          completedAt: doc.completedAt,
          expiresAt: doc.expiresAt,
          failedService: doc.failedService,
          failureReason: doc.failureReason,
          sizeBytes: doc.sizeBytes,
        })),
      );
    }
    const issued = await links.ofSubject(tenantId, subjectId);
    if (issued.length > 0) yield exportRecords('selfServiceLinks', issued.map((link) => ({ linkId: link.id, purpose: link.purpose, issuedAt: link.issuedAt, expiresAt: link.expiresAt, usedAt: link.usedAt })));
  };
}

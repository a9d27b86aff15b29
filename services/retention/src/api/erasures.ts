import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { ERASURE_MODE } from '@lethe/platform/erasure';
import { unary } from '@lethe/platform/grpc';
import { parseInput } from '@lethe/platform/validation';
import { toTimestamp, type DeletionLogEntry, type Erasure } from '@lethe/protos';
import type { DeletionLogDoc, ErasureDoc } from '../erasures/orchestrator';
import { ERASURE_STATE } from '../erasures/progress';
import { RECEIPT_ALGORITHM } from '../erasures/receipts';
import { retainedInWords } from '../erasures/retained-words';
import type { RetentionApiDeps, RetentionHandlers } from './deps';
import { erasureIdField, optionalSubjectId, pageRequest } from './fields';

function toErasureMessage(doc: ErasureDoc): Erasure {
  return {
    id: doc._id,
    subjectId: doc.subjectId,
    commandId: doc.commandId,
    mode: ERASURE_MODE.toProto(doc.mode),
    reason: doc.reason,
    state: ERASURE_STATE.toProto(doc.state),
    attempt: doc.attempt,
    issuedAt: toTimestamp(doc.issuedAt),
    completedAt: doc.completedAt ? toTimestamp(doc.completedAt) : null,
    services: Object.entries(doc.services)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([service, state]) => ({ service, state: state.state, at: state.at ? toTimestamp(state.at) : null, counts: state.counts ?? {}, failureReason: state.failureReason ?? '', retained: state.retained ? { service, ...state.retained, explanation: retainedInWords(state.retained) } : null })),
    trigger: doc.trigger.kind,
  };
}

function toDeletionLogMessage(entry: DeletionLogDoc): DeletionLogEntry {
  return {
    erasureId: entry.erasureId,
    subjectId: entry.subjectId,
    subjectCreatedAt: entry.subjectCreated?.at ? toTimestamp(entry.subjectCreated.at) : null,
    subjectCreatedBy: entry.subjectCreated?.by ?? '',
    markedAt: toTimestamp(entry.markedAt),
    markedBy: entry.markedBy ?? '',
    trigger: entry.trigger.kind,
    mode: ERASURE_MODE.toProto(entry.mode),
    reason: entry.reason,
    executedAt: toTimestamp(entry.executedAt),
    confirmedBy: entry.confirmedBy,
    retained: (entry.retained ?? []).map((retained) => ({ ...retained, explanation: retainedInWords(retained) })),
    heldUntil: entry.trigger.heldUntil ? toTimestamp(entry.trigger.heldUntil) : null,
  };
}

const listErasuresRequest = z.object({
  page: pageRequest,
  state: z.string().refine((state) => state === 'ERASURE_STATE_UNSPECIFIED' || ERASURE_STATE.fromProto(state) !== undefined, 'must be PENDING, DONE or STUCK'),
  subjectId: optionalSubjectId(),
});

/** The erasures retention issued, their signed receipts and the deletion log. */
export function erasureHandlers({ orchestrator, receipts }: RetentionApiDeps): RetentionHandlers<'GetErasure' | 'ListErasures' | 'GetErasureReceipt' | 'GetReceiptPublicKey' | 'ListDeletionLog'> {
  return {
    GetErasure: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { id } = parseInput(z.object({ id: erasureIdField() }), request);
      return toErasureMessage(await orchestrator.get(ctx.tenantId, id));
    }),
    ListErasures: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(listErasuresRequest, request);
      const filter = { state: ERASURE_STATE.fromProto(valid.state), subjectId: valid.subjectId || undefined };
      const page = await orchestrator.list(ctx.tenantId, filter, valid.page.pageSize, valid.page.pageToken);
      return { erasures: page.items.map(toErasureMessage), page: { nextPageToken: page.nextPageToken } };
    }),
    GetErasureReceipt: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { erasureId } = parseInput(z.object({ erasureId: erasureIdField() }), request);
      return orchestrator.receipt(ctx.tenantId, erasureId);
    }),
    GetReceiptPublicKey: unary(async () => ({ keyId: receipts.keyId, algorithm: RECEIPT_ALGORITHM, publicKeyPem: receipts.publicKeyPem })),
    ListDeletionLog: unary(async (request, ctx) => {
      // The log is read where the records marked for deletion are listed: with the right to see them.
      requireRight(ctx, RIGHTS.seeMarked);
      const valid = parseInput(z.object({ page: pageRequest, subjectId: optionalSubjectId() }), request);
      const page = await orchestrator.deletionLog(ctx.tenantId, { subjectId: valid.subjectId || undefined }, valid.page.pageSize, valid.page.pageToken);
      return { entries: page.items.map(toDeletionLogMessage), page: { nextPageToken: page.nextPageToken } };
    }),
  };
}

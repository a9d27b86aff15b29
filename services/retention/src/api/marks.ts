import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { ERASURE_MODE } from '@lethe/platform/erasure';
import { unary } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type Mark } from '@lethe/protos';
import { MARK_STATE } from '../marks/rules';
import type { MarkDoc } from '../marks/store';
import type { RetentionApiDeps, RetentionHandlers } from './deps';
import { pageRequest } from './fields';

function toMarkMessage(mark: MarkDoc): Mark {
  return {
    subjectId: mark.subjectId,
    mode: ERASURE_MODE.toProto(mark.mode),
    state: MARK_STATE.toProto(mark.state),
    markedAt: toTimestamp(mark.markedAt),
    markedBy: mark.markedBy,
    earliestDeletionAt: toTimestamp(mark.earliestDeletionAt),
    waitRule: mark.waitRule,
  };
}

const markRequest = z.object({
  subjectId: fields.id(),
  mode: z.string().refine((mode) => mode === 'ERASURE_MODE_UNSPECIFIED' || ERASURE_MODE.fromProto(mode) !== undefined, 'must be DELETE, ANONYMISE or REDUCE'),
});

/** Marking for deletion: mark (another mode than the tenant's default needs its right), restore with the right, list. */
export function markHandlers({ marks, policies, now }: RetentionApiDeps): RetentionHandlers<'MarkForDeletion' | 'RestoreMarked' | 'ListMarked'> {
  return {
    MarkForDeletion: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const valid = parseInput(markRequest, request);
      const policy = await policies.get(ctx.tenantId);
      const chosen = ERASURE_MODE.fromProto(valid.mode);
      if (chosen && chosen !== policy.defaultMode) requireRight(ctx, RIGHTS.chooseDeletionMode);
      return toMarkMessage(await marks.mark(ctx.tenantId, valid.subjectId, chosen ?? policy.defaultMode, ctx.actorId, now(), policy));
    }),
    RestoreMarked: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.restoreMarked);
      const { subjectId } = parseInput(z.object({ subjectId: fields.id() }), request);
      return toMarkMessage(await marks.restore(ctx.tenantId, subjectId, ctx.actorId, now()));
    }),
    ListMarked: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.seeMarked);
      const { page } = parseInput(z.object({ page: pageRequest }), request);
      const result = await marks.store.listMarked(ctx.tenantId, page.pageSize, page.pageToken);
      return { marks: result.items.map(toMarkMessage), page: { nextPageToken: result.nextPageToken } };
    }),
  };
}

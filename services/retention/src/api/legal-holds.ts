import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type LegalHold } from '@lethe/protos';
import type { LegalHoldView } from '../holds/legal-holds';
import { legalHoldRequest } from '../holds/rules';
import type { RetentionApiDeps, RetentionHandlers } from './deps';

export function toLegalHoldMessage(hold: LegalHoldView): LegalHold {
  return {
    subjectId: hold.subjectId,
    reason: hold.reason,
    until: toTimestamp(hold.until),
    setAt: toTimestamp(hold.setAt),
    setBy: hold.setBy,
    active: hold.active,
    endedAt: hold.endedAt ? toTimestamp(hold.endedAt) : null,
    liftedBy: hold.liftedBy ?? '',
  };
}

/** Legal holds: set (or replace) and lift, both with the legal-hold right. */
export function legalHoldHandlers({ legalHolds, now }: RetentionApiDeps): RetentionHandlers<'SetLegalHold' | 'LiftLegalHold'> {
  return {
    SetLegalHold: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.legalHold);
      const at = now();
      const { subjectId, reason, until } = parseInput(legalHoldRequest(at), request);
      return toLegalHoldMessage(await legalHolds.set(ctx.tenantId, subjectId, ctx.actorId, { reason, until }, at));
    }),
    LiftLegalHold: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.legalHold);
      const { subjectId } = parseInput(z.object({ subjectId: fields.id() }), request);
      return toLegalHoldMessage(await legalHolds.lift(ctx.tenantId, subjectId, ctx.actorId, now()));
    }),
  };
}

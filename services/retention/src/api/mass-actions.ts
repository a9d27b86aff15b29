import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { MASS_ACTION } from '../mass/selection';
import type { RetentionApiDeps, RetentionHandlers } from './deps';

const massActionRequest = z.object({
  action: z
    .string()
    .refine((action) => MASS_ACTION.fromProto(action) !== undefined, 'must be REDUCE, ANONYMISE or MARK_FOR_DELETION')
    .transform((action) => MASS_ACTION.fromProto(action)!),
  filter: z
    .object({
      subjectIds: fields.list(fields.id(), 1000, 'must name at most 1000 subjects'),
      anchorBefore: fields.timestamp(),
      onlyFinal: z.boolean(),
    })
    .nullable()
    .refine((filter) => filter !== null && (filter.subjectIds.length > 0 || filter.anchorBefore !== undefined || filter.onlyFinal), 'must select subjects: ids, anchor_before or only_final')
    .transform((filter) => ({ subjectIds: filter!.subjectIds, anchorBefore: filter!.anchorBefore, onlyFinal: filter!.onlyFinal })),
  dryRun: z.boolean(),
});

/** Data-protection mass actions, with the data-protection right. */
export function massActionHandlers({ massActions, policies, now }: RetentionApiDeps): RetentionHandlers<'RunMassAction'> {
  return {
    RunMassAction: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.dataProtection);
      const { action, filter, dryRun } = parseInput(massActionRequest, request);
      const result = await massActions.run(ctx.tenantId, action, filter, { dryRun, actorId: ctx.actorId, now: now(), policy: await policies.get(ctx.tenantId) });
      return { matched: result.matched, affected: result.affected, subjectIds: result.sample };
    }),
  };
}

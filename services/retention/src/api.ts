import { z } from 'zod';
import { defineService, fields, parseInput, requireRight, RIGHTS, unary, type ErasureModeName, type ServiceRegistration } from '@lethe/platform';
import { loadGrpcObject, toTimestamp, type ErasureMode, type RetentionPolicy as RetentionPolicyMessage, type RetentionProto } from '@lethe/protos';
import type { ClockStore } from './clock/store';
import { scheduleOf } from './clock/schedule';
import { policySchema, type PolicyStore, type RetentionPolicy } from './policy/policy';

const definition = loadGrpcObject<RetentionProto>().lethe.retention.v1.RetentionService.service;

const MODE_OF: Record<ErasureModeName, ErasureMode> = { delete: 'ERASURE_MODE_DELETE', anonymise: 'ERASURE_MODE_ANONYMISE', reduce: 'ERASURE_MODE_REDUCE' };
const MODE_NAME: Partial<Record<ErasureMode, ErasureModeName>> = { ERASURE_MODE_DELETE: 'delete', ERASURE_MODE_ANONYMISE: 'anonymise', ERASURE_MODE_REDUCE: 'reduce' };

function toPolicyMessage(policy: RetentionPolicy): RetentionPolicyMessage {
  const { defaultMode, updatedAt, ...rest } = policy;
  return { ...rest, defaultMode: MODE_OF[defaultMode], updatedAt: updatedAt ? toTimestamp(updatedAt) : null, updatedBy: policy.updatedBy ?? '' };
}

const updateRequest = z.object({
  policy: z
    .object({ defaultMode: z.string() })
    .passthrough()
    .nullable()
    .refine((value) => value !== null, 'is required')
    .transform((value) => ({ ...value!, defaultMode: MODE_NAME[value!.defaultMode as ErasureMode] ?? value!.defaultMode }))
    .pipe(policySchema),
  expectedVersion: z.number().int().min(0),
});

export function retentionApi(policies: PolicyStore, clocks: ClockStore, now: () => Date): ServiceRegistration {
  return defineService(definition).implement({
    GetPolicy: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toPolicyMessage(await policies.get(ctx.tenantId));
    }),
    UpdatePolicy: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { policy, expectedVersion } = parseInput(updateRequest, request);
      return toPolicyMessage(await policies.update(ctx.tenantId, policy, expectedVersion, ctx.actorId, now()));
    }),
    ExplainRetention: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { subjectId } = parseInput(z.object({ subjectId: fields.id() }), request);
      const [clock, policy] = await Promise.all([clocks.get(ctx.tenantId, subjectId), policies.get(ctx.tenantId)]);
      const schedule = scheduleOf(clock ?? { statuses: {} }, policy);
      const anchor = { 'final-status': 'CLOCK_ANCHOR_FINAL_STATUS', 'last-activity': 'CLOCK_ANCHOR_LAST_ACTIVITY', none: 'CLOCK_ANCHOR_UNSPECIFIED' } as const;
      return {
        subjectId,
        anchor: anchor[schedule.anchor],
        anchorAt: schedule.anchorAt ? toTimestamp(schedule.anchorAt) : null,
        anchorEventId: schedule.anchorEventId ?? '',
        onHold: schedule.holds.length > 0,
        holds: schedule.holds,
        steps: schedule.steps.map((step) => ({ mode: MODE_OF[step.mode], dueAt: toTimestamp(step.dueAt), rule: step.rule })),
        policyVersion: policy.version,
      };
    }),
  });
}

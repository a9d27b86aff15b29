import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { ANONYMISED_NOTES, ERASURE_MODE } from '@lethe/platform/erasure';
import { unary } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type RetentionPolicy as RetentionPolicyMessage } from '@lethe/protos';
import { DEFAULT_POLICY, policySchema, type RetentionPolicy } from '../policy/policy';
import { previewPolicy } from '../policy/preview';
import type { RetentionApiDeps, RetentionHandlers } from './deps';

/** A policy as the API names it. */
export function toPolicyMessage(policy: RetentionPolicy): RetentionPolicyMessage {
  const { defaultMode, anonymisedNotes, updatedAt, ...rest } = policy;
  return {
    ...rest,
    defaultMode: ERASURE_MODE.toProto(defaultMode),
    anonymisedNotes: ANONYMISED_NOTES.toProto(anonymisedNotes),
    updatedAt: updatedAt ? toTimestamp(updatedAt) : null,
    updatedBy: policy.updatedBy ?? '',
  };
}

/** A policy message as the domain names it; a value the vocabulary does not know stays for the schema to refuse. */
// updatedBy is the answer's (the policy schema drops it), capped like every field of a request.
const policyInput = z
  .object({ defaultMode: z.string(), anonymisedNotes: z.string(), updatedBy: fields.text(128) })
  .passthrough()
  .nullable()
  .refine((value) => value !== null, 'is required')
  .transform((value) => ({
    ...value!,
    defaultMode: ERASURE_MODE.fromProto(value!.defaultMode) ?? value!.defaultMode,
    // Unspecified: the default.
    anonymisedNotes: value!.anonymisedNotes === 'ANONYMISED_NOTES_UNSPECIFIED' ? DEFAULT_POLICY.anonymisedNotes : (ANONYMISED_NOTES.fromProto(value!.anonymisedNotes) ?? value!.anonymisedNotes),
  }))
  .pipe(policySchema);

const updateRequest = z.object({ policy: policyInput, expectedVersion: z.number().int().min(0) });

const previewRequest = z.object({
  policy: policyInput,
  horizonMonths: z.number().int().min(0, 'must be 1–24 (0: 12)').max(24, 'must be at most 24').transform((months) => months || 12),
});

/** The tenant's retention policy: read it, save a new version, preview what one would do. */
export function policyHandlers({ policies, clocks, now }: RetentionApiDeps): RetentionHandlers<'GetPolicy' | 'UpdatePolicy' | 'PreviewPolicy'> {
  return {
    GetPolicy: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toPolicyMessage(await policies.get(ctx.tenantId));
    }),
    UpdatePolicy: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { policy, expectedVersion } = parseInput(updateRequest, request);
      return toPolicyMessage(await policies.update(ctx.tenantId, policy, expectedVersion, ctx.actorId, now()));
    }),
    PreviewPolicy: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { policy, horizonMonths } = parseInput(previewRequest, request);
      const preview = await previewPolicy(clocks.allOf(ctx.tenantId), policy, await policies.get(ctx.tenantId), now(), horizonMonths);
      return {
        subjects: preview.subjects,
        dueNowReductions: preview.dueNow.reductions,
        dueNowDeletions: preview.dueNow.deletions,
        months: preview.months,
        onHold: preview.onHold,
        currentDueNowDeletions: preview.currentDueNowDeletions,
      };
    }),
  };
}

import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, LIMITS, parseInput } from '@lethe/platform/validation';
import type { ProfileRenderingServiceDefinition } from '@lethe/protos';
import type { Sending } from '../sent/sending';
import type { SentLedger } from '../sent/store';
import { toSentMessage } from './convert';

const sendSchema = z.object({
  draftId: fields.id(),
  contentHash: fields.pattern(/^[0-9a-f]{64}$/, 'must be the content hash PreviewDraft returned', { max: 64 }),
  contactPersonId: fields.optional(64),
  note: z.string().trim().max(1_000, 'must be at most 1,000 characters'),
});

const listSchema = z
  // Each id capped where it stands: an over-long one is refused by its own name before the one named is read.
  .object({ of: z.enum(['candidateId', 'clientId']).optional(), candidateId: fields.text(LIMITS.id).optional(), clientId: fields.text(LIMITS.id).optional(), page: fields.page() })
  .transform((value, ctx) => {
    const id = value.of ? value[value.of] : undefined;
    const parsed = fields.id().safeParse(id ?? '');
    if (!value.of || !parsed.success) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['of'], message: 'must name a candidate_id or a client_id' });
      return z.NEVER;
    }
    return { by: value.of === 'candidateId' ? { candidateId: parsed.data } : { clientId: parsed.data }, page: value.page };
  });

export interface SentApiDeps {
  sending: Sending;
  ledger: SentLedger;
}

export function sentHandlers({ sending, ledger }: SentApiDeps): HandlerTable<ProfileRenderingServiceDefinition, 'SendProfile' | 'ListSentProfiles'> {
  return {
    SendProfile: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      return toSentMessage(await sending.send(ctx.tenantId, ctx.actorId, parseInput(sendSchema, request)));
    }),
    ListSentProfiles: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { by, page } = parseInput(listSchema, request);
      const result = await ledger.listOf(ctx.tenantId, by, page.pageSize, page.pageToken);
      return { sent: result.items.map(toSentMessage), page: { nextPageToken: result.nextPageToken } };
    }),
  };
}

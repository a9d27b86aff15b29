import { z } from 'zod';
import { requireRight, requireServiceRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type FollowUpRequest as FollowUpRequestMessage, type TalentCrmServiceDefinition } from '@lethe/protos';
import { FOLLOW_UP_PURPOSE, PAGE_PATH } from '../follow-ups/follow-up';
import type { FollowUps } from '../follow-ups/follow-ups';
import type { FollowUpDoc } from '../follow-ups/store';

const requestSchema = z.object({ talentId: fields.id() });

const issueSchema = z.object({
  requestId: fields.id(),
  purpose: z
    .string()
    .max(64, 'must be at most 64 characters')
    .transform((value, ctx) => {
      const purpose = FOLLOW_UP_PURPOSE.fromProto(value);
      if (!purpose) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be FOLLOW_UP or FORM_DETAILS' });
      return purpose ?? 'follow-up';
    }),
  messageId: fields.id(),
});

const timestamp = (date: Date | undefined) => (date ? toTimestamp(date) : null);

export function toFollowUpMessage(doc: FollowUpDoc): FollowUpRequestMessage {
  return { id: doc._id, talentId: doc.talentId, messageId: doc.messageId ?? '', sentAt: timestamp(doc.sentAt), expiresAt: timestamp(doc.expiresAt), answeredAt: timestamp(doc.answeredAt) };
}

export interface FollowUpsApiDeps {
  followUps: FollowUps;
  /** Where talents reach the pages; without it the link is a path. */
  publicUrl?: string;
}

/**
 * Follow-ups a recruiter asks of a talent, and the links of every question to a talent, which only
 * messaging obtains (a service token with links:issue), for the message it writes them.
 */
export function followUpHandlers({ followUps, publicUrl }: FollowUpsApiDeps): HandlerTable<TalentCrmServiceDefinition, 'RequestFollowUp' | 'IssueTalentLink'> {
  return {
    RequestFollowUp: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      const { talentId } = parseInput(requestSchema, request);
      return toFollowUpMessage(await followUps.request(ctx.tenantId, ctx.actorId, talentId));
    }),
    IssueTalentLink: unary(async (request, ctx) => {
      // The link acts for the talent: it is handed to a service only, never to a user's call.
      requireServiceRight(ctx, RIGHTS.issueLinks);
      const { requestId, purpose, messageId } = parseInput(issueSchema, request);
      const link = await followUps.issueLink(ctx.tenantId, purpose, requestId, messageId);
      const linkPath = `${PAGE_PATH[purpose]}?token=${link.token}`;
      return { token: link.token, url: publicUrl ? `${publicUrl}${linkPath}` : linkPath, expiresAt: toTimestamp(link.expiresAt) };
    }),
  };
}

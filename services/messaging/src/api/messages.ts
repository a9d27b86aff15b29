import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import type { SubjectCipher } from '@lethe/platform/crypto';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, LIMITS, parseInput } from '@lethe/platform/validation';
import type { MessagingServiceDefinition } from '@lethe/protos';
import { openContent, type Messages } from '../messages/messages';
import type { MessageStore } from '../messages/store';
import type { RecipientRef } from '../recipients/recipients';
import { kindOf } from '../templates/catalogue';
import { toMessageMessage } from './convert';
import { channelSchema, languageSchema } from './templates';

/** Longest value a sender fills into a placeholder, and how many values a request may carry. */
const MAX_VALUE_CHARS = 5_000;
const MAX_VALUES = 20;

// Each id capped where it stands, so an over-long one is refused by its own name before the one named is read.
const recipientId = fields.text(LIMITS.id).optional();
export const recipientSchema = z
  .object({ recipient: fields.text(40).optional(), candidateId: recipientId, contactPersonId: recipientId, userId: recipientId })
  .nullish()
  .transform((value, ctx): RecipientRef => {
    const named = value?.recipient;
    const id = named ? value?.[named as 'candidateId' | 'contactPersonId' | 'userId'] : undefined;
    const parsed = fields.id().safeParse(id ?? '');
    if (!named || !parsed.success) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must name a candidate_id, contact_person_id or user_id' });
      return { kind: 'candidate', id: '' };
    }
    return { kind: named === 'candidateId' ? 'candidate' : named === 'contactPersonId' ? 'contact-person' : 'user', id: parsed.data };
  });

const sendSchema = z
  .object({
    idempotencyKey: fields.required(200),
    recipient: recipientSchema,
    templateKey: z.string().min(1, 'is required').max(60, 'must be at most 60 characters'),
    channel: channelSchema,
    language: languageSchema,
    values: fields.map(z.string().max(MAX_VALUE_CHARS, `must be at most ${MAX_VALUE_CHARS} characters`), { max: MAX_VALUES, message: `must hold at most ${MAX_VALUES} values` }),
    aboutCandidateId: fields.optional(64),
  })
  .superRefine((request, ctx) => {
    const kind = kindOf(request.templateKey);
    if (!kind) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['templateKey'], message: 'is not a template key (one of the shipped keys, or custom.<name>)' });
      return;
    }
    if (kind.sentByLethe) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['templateKey'], message: `is sent by Lethe itself (it carries links only Lethe may issue), not through SendMessage` });
    if (kind.carriesCandidateData && !request.aboutCandidateId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['aboutCandidateId'], message: `is required: ${kind.key} carries a candidate's data` });
    if (!kind.carriesCandidateData && request.aboutCandidateId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['aboutCandidateId'], message: `must be empty: ${kind.key} carries no candidate's data to someone else` });
    for (const name of Object.keys(request.values)) {
      if (!kind.input.includes(name)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['values', name], message: `is not a value ${kind.key} takes (${kind.input.join(', ') || 'none'})` });
    }
  });

const getSchema = z.object({ id: fields.id() });
const listSchema = z.object({ recipient: recipientSchema, page: fields.page() });

export interface MessagesApiDeps {
  messages: Messages;
  store: MessageStore;
  cipher: SubjectCipher;
}

/**
 * Messages a recruiter or a workflow (a service token) sends, and their delivery status. A
 * recruiter's message is manual (it restarts the candidate's retention clock); a service's is automated.
 */
export function messageHandlers({ messages, store, cipher }: MessagesApiDeps): HandlerTable<MessagingServiceDefinition, 'SendMessage' | 'GetMessage' | 'ListMessages'> {
  return {
    SendMessage: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const input = parseInput(sendSchema, request);
      const { message, warning } = await messages.compose({
        tenantId: ctx.tenantId,
        recipient: input.recipient,
        templateKey: input.templateKey,
        channel: input.channel,
        language: input.language,
        idempotencyKey: input.idempotencyKey,
        values: input.values,
        ...(input.aboutCandidateId ? { aboutCandidateId: input.aboutCandidateId } : {}),
        createdBy: ctx.actorId,
        automated: ctx.actorKind === 'service',
      });
      return { message: toMessageMessage(message), warning: warning ?? '' };
    }),
    GetMessage: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const message = await store.get(ctx.tenantId, parseInput(getSchema, request).id);
      // The content holds the links that act for the candidate: a recruiter sees what went out, never a working link.
      const content = message.content ? await openContent(cipher, { ...message, content: message.content }) : undefined;
      return toMessageMessage(message, content && withoutLinks(content));
    }),
    ListMessages: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { recipient, page } = parseInput(listSchema, request);
      const result = await store.listOfRecipient(ctx.tenantId, recipient.id, page.pageSize, page.pageToken);
      return { messages: result.items.map((message) => toMessageMessage(message)), page: { nextPageToken: result.nextPageToken } };
    }),
  };
}

const LINK_TOKEN = /(token=)[A-Za-z0-9_-]{20,}/g;

/** The content with every link token blanked: secrets that act for a candidate reach only the candidate. */
export function withoutLinks<C extends { text: string; html: string; unsubscribeUrl?: string }>(content: C): C {
  const blank = (value: string) => value.replace(LINK_TOKEN, '$1…');
  return { ...content, text: blank(content.text), html: blank(content.html), unsubscribeUrl: undefined };
}

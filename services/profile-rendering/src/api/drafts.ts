import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import type { ProfileRenderingServiceDefinition } from '@lethe/protos';
import type { Drafts } from '../drafts/drafts';
import { toDraftMessage } from './convert';

/** Limits of a draft a recruiter edits: a profile is a few pages, not a book. */
const MAX_SECTIONS = 20;
const MAX_PARAGRAPHS = 50;
const MAX_PARAGRAPH_CHARS = 5_000;
const MAX_FACTS = 30;

const kindSchema = z.enum(['PROFILE_KIND_ANONYMOUS', 'PROFILE_KIND_CLEAR_DATA'], { errorMap: () => ({ message: 'must be PROFILE_KIND_ANONYMOUS or PROFILE_KIND_CLEAR_DATA' }) }).transform((kind) => (kind === 'PROFILE_KIND_ANONYMOUS' ? ('anonymous' as const) : ('clear-data' as const)));
const languageSchema = z
  .string()
  .max(8, 'must be "de" or "en"')
  .pipe(z.union([z.literal('').transform(() => 'de' as const), z.enum(['de', 'en'], { errorMap: () => ({ message: 'must be "de" or "en"' }) })]));

const createSchema = z.object({ candidateId: fields.id(), clientRequestId: fields.id(), kind: kindSchema, language: languageSchema });
const idSchema = z.object({ id: fields.id() });
const sectionSchema = z.object({
  key: fields.pattern(/^[a-z][a-z0-9-]{0,39}$/, 'must be a section key such as experience', { max: 40 }),
  title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  paragraphs: fields.list(z.string().max(MAX_PARAGRAPH_CHARS, `must be at most ${MAX_PARAGRAPH_CHARS} characters`), MAX_PARAGRAPHS, `must be at most ${MAX_PARAGRAPHS} paragraphs`),
});
const factSchema = z.object({ label: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'), value: z.string().trim().max(500, 'must be at most 500 characters') });
const updateSchema = z.object({
  id: fields.id(),
  sections: fields.list(sectionSchema, MAX_SECTIONS, `must be at most ${MAX_SECTIONS} sections`),
  facts: fields.list(factSchema, MAX_FACTS, `must be at most ${MAX_FACTS} facts`),
  attachmentFileIds: fields.list(fields.id(), 10, 'must be at most 10 files'),
  expectedVersion: z.number().int().min(1, 'must be the version read'),
});

export interface DraftsApiDeps {
  drafts: Drafts;
}

export function draftHandlers({ drafts }: DraftsApiDeps): HandlerTable<ProfileRenderingServiceDefinition, 'CreateDraft' | 'GetDraft' | 'UpdateDraft' | 'PreviewDraft' | 'RenderDraftPdf'> {
  return {
    CreateDraft: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toDraftMessage(await drafts.create(ctx.tenantId, ctx.actorId, parseInput(createSchema, request)));
    }),
    GetDraft: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toDraftMessage(await drafts.get(ctx.tenantId, parseInput(idSchema, request).id));
    }),
    UpdateDraft: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const { id, ...edit } = parseInput(updateSchema, request);
      return toDraftMessage(await drafts.update(ctx.tenantId, id, edit));
    }),
    PreviewDraft: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const draft = await drafts.get(ctx.tenantId, parseInput(idSchema, request).id);
      return drafts.render(draft, draft.updatedAt);
    }),
    RenderDraftPdf: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const draft = await drafts.get(ctx.tenantId, parseInput(idSchema, request).id);
      return drafts.renderPdf(draft, draft.updatedAt);
    }),
  };
}

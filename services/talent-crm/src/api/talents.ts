import { z } from 'zod';
import { requireRight, requireServiceRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import type { TalentCrmServiceDefinition } from '@lethe/protos';
import { MAX_NOTE_CHARS, type Notes } from '../notes/notes';
import { talentProfileSchema } from '../talents/profile';
import { normaliseTag, poolIdsSchema, tagsSchema, MAX_TAG_CHARS } from '../talents/rules';
import { TALENT_SOURCE, TALENT_STATUS, type TalentProfile } from '../talents/talent';
import type { TalentFilter, Talents } from '../talents/talents';
import { toNoteMessage, toTalentMessage } from './convert';

/** A proto enum value as one of Lethe's names; UNSPECIFIED (or absent) is undefined. */
const enumOf = <N extends string>(mapping: { fromProto(value: unknown): N | undefined }, unspecified: string, message: string) =>
  z
    .string()
    .max(64, 'must be at most 64 characters')
    .transform((value, ctx) => {
      if (value === '' || value === unspecified) return undefined;
      const name = mapping.fromProto(value);
      if (!name) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return name;
    });

const statusSchema = enumOf(TALENT_STATUS, 'TALENT_STATUS_UNSPECIFIED', 'must be a talent status');
const sourceSchema = enumOf(TALENT_SOURCE, 'TALENT_SOURCE_UNSPECIFIED', 'must be a talent source');

/**
 * The profile of a request. Absent from the message (null) it is required, unless `optional`:
 * then it is left as it is. Taken out before parsing (undefined) it is not asked for.
 */
function profileField({ optional }: { optional: boolean }) {
  return z.unknown().transform((value, ctx): TalentProfile | undefined => {
    if (value === undefined || (value === null && optional)) return undefined;
    const parsed = z
      .unknown()
      .superRefine((given, ctx) => {
        if (given === null) ctx.addIssue({ code: z.ZodIssueCode.invalid_type, expected: 'object', received: 'null', message: 'is required' });
      })
      .pipe(talentProfileSchema)
      .safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue(issue);
    return undefined;
  });
}

const createSchema = z.preprocess(
  // From a candidate, the profile is theirs, read from the candidates service: the request's is not read.
  (request) => (request !== null && typeof request === 'object' && 'candidateId' in request && request.candidateId ? { ...request, profile: undefined } : request),
  z.object({
    candidateId: fields.optionalId(),
    profile: profileField({ optional: false }),
    poolIds: poolIdsSchema,
    tags: tagsSchema,
    status: statusSchema,
    recruiterId: fields.optionalId(),
    sourceInfo: fields.text(200),
  }),
);

const updateSchema = z.object({
  id: fields.id(),
  profile: profileField({ optional: true }),
  poolIds: poolIdsSchema,
  tags: tagsSchema,
  status: statusSchema,
  recruiterId: fields.optionalId(),
  expectedVersion: z.number().int().min(0, 'must not be negative'),
});

const listSchema = z.object({
  filter: z
    .object({
      poolId: fields.optionalId(),
      tag: fields.text(MAX_TAG_CHARS).transform(normaliseTag),
      status: statusSchema,
      source: sourceSchema,
      recruiterId: fields.optionalId(),
      email: fields.email(),
    })
    .nullish()
    .transform((filter) => filter ?? { poolId: '', tag: '', status: undefined, source: undefined, recruiterId: '', email: '' }),
  page: fields.page(),
});

const idSchema = z.object({ id: fields.id() });
const noteSchema = z.object({ talentId: fields.id(), text: fields.required(MAX_NOTE_CHARS) });
const notesSchema = z.object({ talentId: fields.id(), page: fields.page() });

const blankToUndefined = (value: string | undefined) => (value ? value : undefined);

/** A request's TalentFilter as the domain's filter, blank fields unset: for ListTalents and ExportTalents. */
export const talentFilterSchema = listSchema.shape.filter.transform(
  (filter): TalentFilter => ({
    poolId: blankToUndefined(filter.poolId),
    tag: blankToUndefined(filter.tag),
    status: filter.status,
    source: filter.source,
    recruiterId: blankToUndefined(filter.recruiterId),
    email: blankToUndefined(filter.email),
  }),
);

export interface TalentsApiDeps {
  talents: Talents;
  notes: Notes;
}

/** Talents and their notes: reads need talents:read, changes talents:write; a talent's contact only a service (messaging). */
export function talentHandlers({
  talents,
  notes,
}: TalentsApiDeps): HandlerTable<TalentCrmServiceDefinition, 'CreateTalent' | 'GetTalent' | 'UpdateTalent' | 'ListTalents' | 'AddTalentNote' | 'ListTalentNotes' | 'GetTalentContact'> {
  return {
    CreateTalent: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      const input = parseInput(createSchema, request);
      const common = { poolIds: input.poolIds, tags: input.tags, status: input.status, recruiterId: input.recruiterId || ctx.actorId, sourceInfo: input.sourceInfo || ctx.actorId };
      if (input.candidateId) return toTalentMessage(await talents.createFromCandidate(ctx.tenantId, ctx.actorId, input.candidateId, common));
      const profile = input.profile!;
      await talents.refuseDuplicateEmail(ctx.tenantId, profile.email);
      return toTalentMessage(await talents.create(ctx.tenantId, ctx.actorId, { ...common, source: 'recruiter', profile }));
    }),
    GetTalent: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      return toTalentMessage(await talents.get(ctx.tenantId, parseInput(idSchema, request).id));
    }),
    UpdateTalent: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      const input = parseInput(updateSchema, request);
      if (input.profile) await talents.refuseDuplicateEmail(ctx.tenantId, input.profile.email, input.id);
      const change = {
        poolIds: input.poolIds,
        tags: input.tags,
        ...(input.profile ? { profile: input.profile } : {}),
        ...(input.status ? { status: input.status } : {}),
        ...(input.recruiterId ? { recruiterId: input.recruiterId } : {}),
      };
      return toTalentMessage(await talents.update(ctx.tenantId, ctx.actorId, input.id, change, { expectedVersion: input.expectedVersion }));
    }),
    ListTalents: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      const { filter, page } = parseInput(listSchema.extend({ filter: talentFilterSchema }), request);
      const result = await talents.list(ctx.tenantId, filter, page.pageSize, page.pageToken);
      return { talents: result.items.map(toTalentMessage), page: { nextPageToken: result.nextPageToken } };
    }),
    AddTalentNote: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      const { talentId, text } = parseInput(noteSchema, request);
      return toNoteMessage(await notes.add(ctx.tenantId, ctx.actorId, talentId, text));
    }),
    ListTalentNotes: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      const { talentId, page } = parseInput(notesSchema, request);
      const result = await notes.list(ctx.tenantId, talentId, page.pageSize, page.pageToken);
      return { notes: result.items.map(toNoteMessage), page: { nextPageToken: result.nextPageToken } };
    }),
    GetTalentContact: unary(async (request, ctx) => {
      // The address goes into a message, never to a recruiter's screen through this call.
      requireServiceRight(ctx, RIGHTS.readTalents);
      const { profile } = await talents.get(ctx.tenantId, parseInput(idSchema, request).id);
      return { firstName: profile.firstName, lastName: profile.lastName, email: profile.email, phone: profile.phone, language: profile.language };
    }),
  };
}

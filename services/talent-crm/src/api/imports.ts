import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { serverStream, unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import type { RateLimiter } from '@lethe/platform/redis';
import { toTimestamp, type ImportRowProblem, type ImportState, type TalentCrmServiceDefinition, type TalentImport } from '@lethe/protos';
import { talentsWorkbook } from '../imports/export';
import type { TalentImports } from '../imports/imports';
import type { ImportStateName, TalentImportRecord } from '../imports/store';
import { XLSX_LIMITS } from '../imports/zip';
import { PROFILE_FIELD_NAMES } from '../talents/profile';
import { poolIdsSchema, tagsSchema } from '../talents/rules';
import type { Talents } from '../talents/talents';
import { talentFilterSchema } from './talents';

const MIB = 1024 * 1024;

/** The file as bytes: its size is checked before anything reads it. */
const xlsxSchema = z.custom<Buffer>((value) => Buffer.isBuffer(value), 'must be the bytes of an .xlsx file').superRefine((file, ctx) => {
  if (file.length === 0) ctx.addIssue({ code: z.ZodIssueCode.too_small, type: 'string', minimum: 1, inclusive: true, message: 'is required' });
  if (file.length > XLSX_LIMITS.fileBytes) {
    ctx.addIssue({ code: z.ZodIssueCode.too_big, type: 'array', maximum: XLSX_LIMITS.fileBytes, inclusive: true, message: `the file has ${(file.length / MIB).toFixed(1)} MiB; at most ${XLSX_LIMITS.fileBytes / MIB} MiB are accepted` });
  }
});

const FILE_NAME = /^[^/\\\p{Cc}]+$/u;

const startSchema = z.object({
  xlsx: xlsxSchema,
  fileName: fields.pattern(FILE_NAME, 'must be a file name (no folders, no control characters)', { max: 255, trim: true }),
  columns: fields.list(z.object({ column: fields.required(200), field: fields.required(64) }), 100),
  poolIds: poolIdsSchema,
  tags: tagsSchema,
  recruiterId: fields.optionalId(),
  dryRun: z.boolean(),
});

const importIdSchema = z.object({ id: fields.id() });
const exportSchema = z.object({ filter: talentFilterSchema });

const STATE: Record<ImportStateName, ImportState> = { running: 'IMPORT_STATE_RUNNING', done: 'IMPORT_STATE_DONE', failed: 'IMPORT_STATE_FAILED' };

const FIELD_ORDER = new Map<string, number>(Object.keys(PROFILE_FIELD_NAMES).map((field, index) => [field, index]));

/** By row, then in the profile's field order (a column's letter, for the header row, before any field). */
function byRowAndField(a: ImportRowProblem, b: ImportRowProblem): number {
  return (a.row ?? 0) - (b.row ?? 0) || (FIELD_ORDER.get(a.field ?? '') ?? -1) - (FIELD_ORDER.get(b.field ?? '') ?? -1) || (a.field ?? '').localeCompare(b.field ?? '');
}

/** The import as the API shows it; `withProblems` false leaves the report out (a watcher's progress messages). */
export function toImportMessage(record: TalentImportRecord, withProblems = true): TalentImport {
  return {
    id: record._id,
    state: STATE[record.state],
    fileName: record.fileName,
    totalRows: record.totalRows,
    processedRows: record.processedRows,
    created: record.created,
    refused: record.refused,
    duplicates: record.duplicates,
    problems: withProblems
      ? record.problems
          .map((problem) => ({ row: problem.row, field: problem.field, code: problem.code, description: problem.description, duplicateOfRow: problem.duplicateOfRow ?? 0, duplicateTalentId: problem.duplicateTalentId ?? '' }))
          .sort(byRowAndField)
      : [],
    problemsOmitted: record.problemsOmitted,
    dryRun: record.dryRun,
    failure: record.failure,
    startedAt: toTimestamp(record.startedAt),
    finishedAt: record.finishedAt ? toTimestamp(record.finishedAt) : null,
    startedBy: record.startedBy,
  };
}

export interface ImportsApiDeps {
  imports: TalentImports;
  talents: Talents;
  /** Limits imports and exports per tenant and client (`expensive`). */
  rateLimits: RateLimiter;
}

/** Excel imports (talents:write to start, talents:read to follow) and exports (talents:read). */
export function importHandlers({ imports, talents, rateLimits }: ImportsApiDeps): HandlerTable<TalentCrmServiceDefinition, 'StartTalentImport' | 'GetTalentImport' | 'WatchTalentImport' | 'ExportTalents'> {
  return {
    StartTalentImport: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      const input = parseInput(startSchema, request);
      await rateLimits.takeCall('expensive', ctx);
      const record = await imports.start(ctx.tenantId, ctx.actorId, {
        file: input.xlsx,
        fileName: input.fileName,
        columns: input.columns,
        poolIds: input.poolIds,
        tags: input.tags,
        recruiterId: input.recruiterId || undefined,
        dryRun: input.dryRun,
      });
      return toImportMessage(record);
    }),
    GetTalentImport: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      return toImportMessage(await imports.get(ctx.tenantId, parseInput(importIdSchema, request).id));
    }),
    WatchTalentImport: serverStream(async function* (request, ctx, call) {
      requireRight(ctx, RIGHTS.readTalents);
      const { id } = parseInput(importIdSchema, request);
      for await (const record of imports.watch(ctx.tenantId, id, () => Boolean(call.cancelled))) yield toImportMessage(record, record.state !== 'running');
    }),
    ExportTalents: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      const { filter } = parseInput(exportSchema, request);
      await rateLimits.takeCall('expensive', ctx);
      return talentsWorkbook(talents.each(ctx.tenantId, filter));
    }),
  };
}

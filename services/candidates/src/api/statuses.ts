import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { STATUS_KINDS, toStatusMessage } from '../recruiting/catalogue';
import { STATUS_ACTION_KIND } from '../recruiting/status-actions';
import { CATALOGUE_KEY, required, statusKey } from './fields';
import type { ApiDeps, recruitingDefinition } from './index';

export const statusKind = z
  .enum(['STATUS_KIND_APPLICATION', 'STATUS_KIND_PRESENTATION'], { errorMap: () => ({ message: 'must be APPLICATION or PRESENTATION' }) })
  .transform((value) => STATUS_KINDS[value]);

/** One of each kind of action. */
const MAX_STATUS_ACTIONS = 2;

const statusDefinitionSchema = z
  .object({
    kind: statusKind,
    key: statusKey,
    label: fields.required(100),
    metaStatus: z.enum(['META_STATUS_ACTIVE', 'META_STATUS_FINAL', 'META_STATUS_HOLD'], { errorMap: () => ({ message: 'must be ACTIVE, FINAL or HOLD' }) }),
    finalOutcome: z.enum(['FINAL_OUTCOME_UNSPECIFIED', 'FINAL_OUTCOME_HIRED', 'FINAL_OUTCOME_REJECTED', 'FINAL_OUTCOME_WITHDRAWN'], {
      errorMap: () => ({ message: 'must be HIRED, REJECTED or WITHDRAWN' }),
    }),
    alwaysSelectable: z.boolean(),
    // '' is NEW_RECORD: selectable for a new record.
    selectableAfter: fields
      .list(fields.pattern(CATALOGUE_KEY, 'must be a status key or "" (a new record)', { max: 64, trim: true, blank: true }), 50, 'must have at most 50 entries')
      .transform((keys) => [...new Set(keys)]),
    position: z.number().int().min(0, 'must not be negative').max(10_000),
    actions: fields.list(
      z.object({
        kind: z
          .string()
          .refine((kind) => STATUS_ACTION_KIND.fromProto(kind) !== undefined, 'must be REDUCE_CONTENTS or SEND_TEMPLATE')
          .transform((kind) => STATUS_ACTION_KIND.fromProto(kind)!),
        templateKey: fields.optional(60),
      }),
      MAX_STATUS_ACTIONS,
      `must have at most ${MAX_STATUS_ACTIONS} entries`,
    ),
  })
  .superRefine((value, issues) => {
    // A final status says what it means for retention (hired, rejected, withdrawn); others mean nothing final.
    const final = value.metaStatus === 'META_STATUS_FINAL';
    if (final === (value.finalOutcome === 'FINAL_OUTCOME_UNSPECIFIED')) {
      issues.addIssue({ code: 'custom', path: ['finalOutcome'], message: final ? 'is required for a final status' : 'must be unset unless the status is final' });
    }
  });

/** The tenant's status catalogue of applications and presentations. */
export function statusHandlers({ recruiting, now }: ApiDeps): HandlerTable<typeof recruitingDefinition, 'ListStatuses' | 'UpsertStatus'> {
  const { catalogue } = recruiting;
  return {
    ListStatuses: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const valid = parseInput(z.object({ kind: statusKind }), request);
      return { statuses: (await catalogue.list(ctx.tenantId, valid.kind)).map(toStatusMessage) };
    }),
    UpsertStatus: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const valid = parseInput(z.object({ status: required(statusDefinitionSchema) }), request);
      return toStatusMessage(await catalogue.upsert(ctx.tenantId, valid.status!, ctx.actorId, now()));
    }),
  };
}

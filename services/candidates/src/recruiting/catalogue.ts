import { Schema, type Connection, type Model } from 'mongoose';
import { PreconditionError, ValidationError } from '@lethe/platform/errors';
import { defineTenantModel, TenantRepository } from '@lethe/platform/mongo';
import type { FinalOutcome__Output as FinalOutcome, MetaStatus__Output as MetaStatus, StatusDefinition } from '@lethe/protos';
import { STATUS_ACTION_KIND, statusActionViolations, type StatusActionDef } from './status-actions';

export type StatusKind = 'application' | 'presentation';

export interface StatusDef {
  kind: StatusKind;
  key: string;
  label: string;
  metaStatus: Exclude<MetaStatus, 'META_STATUS_UNSPECIFIED'>;
  finalOutcome: FinalOutcome;
  alwaysSelectable: boolean;
  /** Statuses it may follow ('' = a new record); empty: any. Ignored when always selectable. */
  selectableAfter: string[];
  position: number;
  /** What runs when a record is set to it. */
  actions: StatusActionDef[];
}

/** The key standing for "no status yet" in `selectableAfter`. */
export const NEW_RECORD = '';

const status = (kind: StatusKind, position: number, key: string, label: string, meta: StatusDef['metaStatus'], extra: Partial<StatusDef> = {}): StatusDef => ({
  kind,
  key,
  label,
  metaStatus: meta,
  finalOutcome: 'FINAL_OUTCOME_UNSPECIFIED',
  alwaysSelectable: false,
  selectableAfter: [],
  position,
  actions: [],
  ...extra,
});

const APPLICATION_DEFAULTS: StatusDef[] = [
  status('application', 10, 'received', 'Received', 'META_STATUS_ACTIVE'),
  status('application', 20, 'in_review', 'In review', 'META_STATUS_ACTIVE'),
  status('application', 30, 'interview', 'Interview', 'META_STATUS_ACTIVE'),
  status('application', 40, 'offer', 'Offer', 'META_STATUS_ACTIVE'),
  status('application', 50, 'hired', 'Hired', 'META_STATUS_FINAL', { finalOutcome: 'FINAL_OUTCOME_HIRED' }),
  status('application', 60, 'rejected', 'Rejected', 'META_STATUS_FINAL', { finalOutcome: 'FINAL_OUTCOME_REJECTED' }),
  status('application', 70, 'withdrawn', 'Withdrawn by candidate', 'META_STATUS_FINAL', { finalOutcome: 'FINAL_OUTCOME_WITHDRAWN' }),
  status('application', 80, 'talent_pool', 'Talent pool', 'META_STATUS_HOLD'),
];

/**
 * A presentation starts with a profile sent (anonymous or clear-data) or a proposal without
 * profile; the client's interest follows one of them; the clear-data profile may follow the
 * anonymous one or the interest. Rejections and acceptance are always selectable.
 */
const PRESENTATION_DEFAULTS: StatusDef[] = [
  status('presentation', 10, 'anonymous_profile_sent', 'Anonymous profile sent', 'META_STATUS_ACTIVE', { selectableAfter: [NEW_RECORD, 'anonymous_profile_sent', 'proposed_without_profile'] }),
  status('presentation', 20, 'client_interested', 'Client interested', 'META_STATUS_ACTIVE', {
    selectableAfter: ['anonymous_profile_sent', 'clear_data_profile_sent', 'proposed_without_profile'],
  }),
  status('presentation', 30, 'clear_data_profile_sent', 'Clear-data profile sent', 'META_STATUS_ACTIVE', {
    selectableAfter: [NEW_RECORD, 'anonymous_profile_sent', 'client_interested', 'proposed_without_profile', 'clear_data_profile_sent'],
  }),
  status('presentation', 40, 'proposed_without_profile', 'Proposed without profile', 'META_STATUS_ACTIVE', { selectableAfter: [NEW_RECORD, 'anonymous_profile_sent', 'client_interested'] }),
  status('presentation', 50, 'rejected_by_client', 'Rejected by client', 'META_STATUS_FINAL', { finalOutcome: 'FINAL_OUTCOME_REJECTED', alwaysSelectable: true }),
  status('presentation', 60, 'rejected_by_candidate', 'Rejected by candidate', 'META_STATUS_FINAL', { finalOutcome: 'FINAL_OUTCOME_WITHDRAWN', alwaysSelectable: true }),
  status('presentation', 70, 'accepted_by_client', 'Accepted by client', 'META_STATUS_FINAL', { finalOutcome: 'FINAL_OUTCOME_HIRED', alwaysSelectable: true }),
];

export const DEFAULT_STATUSES: Record<StatusKind, readonly StatusDef[]> = { application: APPLICATION_DEFAULTS, presentation: PRESENTATION_DEFAULTS };

/** Whether `def` may follow the status `current` (undefined: the record is new). */
export function selectableAfter(def: StatusDef, current: string | undefined): boolean {
  return def.alwaysSelectable || def.selectableAfter.length === 0 || def.selectableAfter.includes(current ?? NEW_RECORD);
}

/**
 * Rejections and acceptance stay selectable from any status and keep their meaning; a tenant may
 * rename and reorder them only. The violations of a tenant's definition of one of them.
 */
export function fixedStatusViolations(def: StatusDef): { field: string; description: string; code: string }[] {
  const fixed = DEFAULT_STATUSES[def.kind].find((known) => known.key === def.key && known.alwaysSelectable);
  if (!fixed) return [];
  return (['alwaysSelectable', 'metaStatus', 'finalOutcome'] as const)
    .filter((field) => def[field] !== fixed[field])
    .map((field) => ({ field: `status.${field}`, description: `must stay ${String(fixed[field])} for ${fixed.key} (always selectable, with its meaning)`, code: 'invalid_value' }));
}

interface StatusDoc extends StatusDef {
  _id: string;
  tenantId: string;
  updatedAt: Date;
  updatedBy: string;
}

const statusSchema = new Schema<StatusDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    kind: { type: String, enum: ['application', 'presentation'], required: true },
    key: { type: String, required: true },
    label: { type: String, required: true },
    metaStatus: { type: String, required: true },
    finalOutcome: { type: String, required: true },
    alwaysSelectable: { type: Boolean, required: true },
    selectableAfter: { type: [String], default: [] },
    position: { type: Number, required: true },
    actions: { type: [{ kind: { type: String, required: true }, templateKey: String }], _id: false, default: [] },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { versionKey: false },
);
statusSchema.index({ tenantId: 1, kind: 1 });

/** How many statuses of a kind a tenant may define: every status change reads them all. */
export const MAX_OWN_STATUSES_PER_KIND = 200;

/** The per-tenant status catalogue: the defaults above, overridden and extended by the tenant's own. */
export class StatusCatalogue {
  readonly model: Model<StatusDoc>;
  private readonly repository: TenantRepository<StatusDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'RecruitingStatus', statusSchema, 'recruiting_statuses');
    this.repository = new TenantRepository(this.model, { resourceType: 'status' });
  }

  async list(tenantId: string, kind: StatusKind): Promise<StatusDef[]> {
    const own = await this.repository.find(tenantId, { kind }, { limit: MAX_OWN_STATUSES_PER_KIND });
    const byKey = new Map(DEFAULT_STATUSES[kind].map((def) => [def.key, def]));
    for (const doc of own) byKey.set(doc.key, toDef(doc));
    return [...byKey.values()].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
  }

  async get(tenantId: string, kind: StatusKind, key: string): Promise<StatusDef> {
    const found = (await this.list(tenantId, kind)).find((def) => def.key === key);
    // A key the catalogue does not have is bad input, named in the request's status_key.
    if (!found) throw new ValidationError([{ field: 'statusKey', description: `is not a ${kind} status of the catalogue`, code: 'invalid_value' }]);
    return found;
  }

  async upsert(tenantId: string, def: StatusDef, actorId: string, now: Date): Promise<StatusDef> {
    const violations = [...fixedStatusViolations(def), ...statusActionViolations(def.actions, def.metaStatus)];
    if (violations.length > 0) throw new ValidationError(violations);
    const id = `${tenantId}/${def.kind}:${def.key}`;
    if (!(await this.repository.exists(tenantId, { _id: id })) && (await this.repository.count(tenantId, { kind: def.kind })) >= MAX_OWN_STATUSES_PER_KIND) {
      throw new ValidationError([{ field: 'status.key', code: 'too_many', description: `a tenant defines at most ${MAX_OWN_STATUSES_PER_KIND} ${def.kind} statuses` }]);
    }
    // Keyed by tenant too: ids are unique across the collection, and every tenant may define the same key.
    await this.repository.updateOne(tenantId, { _id: id }, { $set: { ...def, updatedAt: now, updatedBy: actorId } }, { upsert: true });
    return def;
  }

  /** The status `key` as the next one after `current` (undefined: a new record), or FAILED_PRECONDITION. */
  async next(tenantId: string, kind: StatusKind, current: string | undefined, key: string): Promise<StatusDef> {
    const def = await this.get(tenantId, kind, key);
    if (!selectableAfter(def, current)) {
      throw new PreconditionError('STATUS_NOT_SELECTABLE', `status ${key} cannot follow ${current === undefined ? 'a new record' : current}`, { type: `${kind} status`, id: key });
    }
    return def;
  }
}

function toDef(doc: StatusDoc): StatusDef {
  return {
    kind: doc.kind,
    key: doc.key,
    label: doc.label,
    metaStatus: doc.metaStatus,
    finalOutcome: doc.finalOutcome,
    alwaysSelectable: doc.alwaysSelectable,
    selectableAfter: [...doc.selectableAfter],
    position: doc.position,
    actions: (doc.actions ?? []).map((action) => ({ kind: action.kind, ...(action.templateKey ? { templateKey: action.templateKey } : {}) })),
  };
}

export const STATUS_KINDS = { STATUS_KIND_APPLICATION: 'application', STATUS_KIND_PRESENTATION: 'presentation' } as const;

export function toStatusMessage(def: StatusDef): StatusDefinition {
  return {
    ...def,
    kind: def.kind === 'application' ? 'STATUS_KIND_APPLICATION' : 'STATUS_KIND_PRESENTATION',
    selectableAfter: def.selectableAfter,
    actions: def.actions.map((action) => ({ kind: STATUS_ACTION_KIND.toProto(action.kind), templateKey: action.templateKey ?? '' })),
  };
}

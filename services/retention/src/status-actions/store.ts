import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel, TenantRepository } from '@lethe/platform/mongo';
import { outboxPlugin, withOutboxDoc, type OutboxEntry } from '@lethe/platform/outbox';

/**
 * What retention did with one status action candidates asked for: issued its erasure, or declined it
 * and why. Ids only, kept like a mark: the record of why a reduction was (not) issued.
 */
export interface StatusActionDoc {
  /** The action's id from candidates: one document per action, so a redelivered request does nothing twice. */
  _id: string;
  tenantId: string;
  subjectId: string;
  outcome: 'issued' | 'declined';
  reason?: string;
  requestedBy: string;
  handledAt: Date;
  outbox?: OutboxEntry[];
}

const schema = new Schema<StatusActionDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    outcome: { type: String, required: true },
    reason: String,
    requestedBy: { type: String, required: true },
    handledAt: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.plugin(outboxPlugin);

/** The status actions retention handled, each with its event (a declined one) in the same write. */
export class StatusActionStore {
  readonly model: Model<StatusActionDoc>;
  private readonly repository: TenantRepository<StatusActionDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'StatusAction', schema, 'status_actions');
    this.repository = new TenantRepository(this.model, { resourceType: 'status action' });
  }

  async handled(tenantId: string, actionId: string): Promise<boolean> {
    return (await this.repository.findById(tenantId, actionId, { _id: 1 })) !== null;
  }

  async record(tenantId: string, doc: Omit<StatusActionDoc, 'tenantId' | 'outbox'>, events: readonly OutboxEntry[]): Promise<void> {
    await this.repository.insert(tenantId, withOutboxDoc(doc, events));
  }
}

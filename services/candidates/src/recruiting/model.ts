import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel } from '@lethe/platform/mongo';
import { outboxPlugin } from '@lethe/platform/outbox';
import type { FinalOutcome__Output as FinalOutcome, JobOrderMeaning__Output as JobOrderMeaning, MetaStatus__Output as MetaStatus, StatusChangeSource__Output as StatusChangeSource } from '@lethe/protos';

interface Created {
  _id: string;
  tenantId: string;
  createdAt: Date;
  createdBy: string;
}

export interface JobDoc extends Created {
  title: string;
  location: string;
  clientId: string;
}

/** A client company: a company's name, no personal data. */
export interface ClientDoc extends Created {
  name: string;
}

export interface ClientRequestDoc extends Created {
  clientId: string;
  contactPersonId: string;
  title: string;
}

export interface JobOrderDoc extends Created {
  clientId: string;
  clientRequestId: string;
  jobId: string;
  title: string;
}

export const CONTACT_FIELDS = ['salutation', 'firstName', 'lastName', 'email', 'phone', 'position'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ContactValues = Partial<Record<ContactField, string>>;

/** A client's contact person: personal data, each field encrypted under the contact person's own key. */
export interface ContactPersonDoc extends Created {
  clientId: string;
  personal: Partial<Record<ContactField, string>>;
  /** The candidate this person also is; an id, not personal data. */
  candidateId?: string;
  /** Anonymised or reduced by an erasure command. */
  erased?: boolean;
  /** Retention's mark for deletion, while it stands: hidden from lists and locked. */
  markedForDeletion?: { markedAt: Date; earliestDeletionAt?: Date };
  updatedAt: Date;
}

export interface StatusChangeRow {
  statusKey: string;
  metaStatus: MetaStatus;
  finalOutcome: FinalOutcome;
  setAt: Date;
  setBy: string;
  source: StatusChangeSource;
}

/** Applications and presentations hold ids, statuses and timestamps only: they stay, as they are, for statistics. */
export interface ApplicationDoc extends Created {
  candidateId: string;
  jobId: string;
  appliedAt: Date;
  status: StatusChangeRow;
  history: StatusChangeRow[];
  /** Raised by every status change: a concurrent change loses instead of overwriting. */
  revision: number;
}

export interface PresentationDoc extends Created {
  candidateId: string;
  clientRequestId: string;
  clientId: string;
  status: StatusChangeRow;
  history: StatusChangeRow[];
  /** Raised by every status change: a concurrent change loses instead of overwriting. */
  revision: number;
}

export interface AssignmentDoc {
  _id: string;
  tenantId: string;
  jobOrderId: string;
  candidateId: string;
  meaning: Exclude<JobOrderMeaning, 'JOB_ORDER_MEANING_UNSPECIFIED'>;
  assigned: boolean;
  changedAt: Date;
  changedBy: string;
}

const created = {
  _id: { type: String, required: true },
  tenantId: { type: String, required: true },
  createdAt: { type: Date, required: true },
  createdBy: { type: String, required: true },
};
const options = { versionKey: false, minimize: false } as const;

const statusChangeSchema = new Schema<StatusChangeRow>(
  {
    statusKey: { type: String, required: true },
    metaStatus: { type: String, required: true },
    finalOutcome: { type: String, required: true },
    setAt: { type: Date, required: true },
    setBy: { type: String, required: true },
    source: { type: String, required: true },
  },
  { _id: false },
);

function schemaOf<T>(definition: Record<string, unknown>, indexes: Record<string, 1>[], { withOutbox = false } = {}): Schema<T> {
  const schema = new Schema<T>({ ...created, ...definition }, options);
  for (const index of indexes) schema.index({ tenantId: 1, ...index });
  // Every kind of record is listed a page at a time in _id order, the tenant's whole list too.
  schema.index({ tenantId: 1, _id: 1 });
  // Status records carry their events in the same write as the change (the platform outbox).
  if (withOutbox) schema.plugin(outboxPlugin);
  return schema;
}

export interface RecruitingModels {
  jobs: Model<JobDoc>;
  clients: Model<ClientDoc>;
  clientRequests: Model<ClientRequestDoc>;
  jobOrders: Model<JobOrderDoc>;
  contactPersons: Model<ContactPersonDoc>;
  applications: Model<ApplicationDoc>;
  presentations: Model<PresentationDoc>;
  assignments: Model<AssignmentDoc>;
}

export function recruitingModels(connection: Connection): RecruitingModels {
  const assignmentSchema = new Schema<AssignmentDoc>(
    {
      _id: { type: String, required: true },
      tenantId: { type: String, required: true },
      jobOrderId: { type: String, required: true },
      candidateId: { type: String, required: true },
      meaning: { type: String, required: true },
      assigned: { type: Boolean, required: true },
      changedAt: { type: Date, required: true },
      changedBy: { type: String, required: true },
    },
    options,
  );
  assignmentSchema.index({ tenantId: 1, jobOrderId: 1, candidateId: 1 });
  assignmentSchema.index({ tenantId: 1, candidateId: 1 });
  assignmentSchema.plugin(outboxPlugin);

  return {
    jobs: defineTenantModel(connection, 'Job', schemaOf<JobDoc>({ title: { type: String, required: true }, location: { type: String, default: '' }, clientId: { type: String, default: '' } }, [{ clientId: 1 }]), 'jobs'),
    clients: defineTenantModel(connection, 'Client', schemaOf<ClientDoc>({ name: { type: String, required: true } }, []), 'clients'),
    clientRequests: defineTenantModel(
      connection,
      'ClientRequest',
      schemaOf<ClientRequestDoc>({ clientId: { type: String, required: true }, contactPersonId: { type: String, default: '' }, title: { type: String, required: true } }, [{ clientId: 1 }]),
      'client_requests',
    ),
    jobOrders: defineTenantModel(
      connection,
      'JobOrder',
      schemaOf<JobOrderDoc>(
        { clientId: { type: String, required: true }, clientRequestId: { type: String, default: '' }, jobId: { type: String, default: '' }, title: { type: String, required: true } },
        [{ clientId: 1 }],
      ),
      'job_orders',
    ),
    contactPersons: defineTenantModel(
      connection,
      'ContactPerson',
      schemaOf<ContactPersonDoc>(
        { clientId: { type: String, required: true }, personal: { type: Schema.Types.Mixed, default: {} }, candidateId: String, erased: Boolean, markedForDeletion: { type: { markedAt: Date, earliestDeletionAt: Date }, _id: false, default: undefined }, updatedAt: { type: Date, required: true } },
        [{ clientId: 1 }, { candidateId: 1 }],
      ),
      'contact_persons',
    ),
    applications: defineTenantModel(
      connection,
      'Application',
      schemaOf<ApplicationDoc>(
        { candidateId: { type: String, required: true }, jobId: { type: String, required: true }, appliedAt: { type: Date, required: true }, status: { type: statusChangeSchema, required: true }, history: { type: [statusChangeSchema], default: [] }, revision: { type: Number, required: true } },
        [{ candidateId: 1 }, { jobId: 1 }, { 'status.statusKey': 1 }, { 'status.metaStatus': 1 }],
        { withOutbox: true },
      ),
      'applications',
    ),
    presentations: defineTenantModel(
      connection,
      'Presentation',
      schemaOf<PresentationDoc>(
        {
          candidateId: { type: String, required: true },
          clientRequestId: { type: String, required: true },
          clientId: { type: String, required: true },
          status: { type: statusChangeSchema, required: true },
          history: { type: [statusChangeSchema], default: [] },
          revision: { type: Number, required: true },
        },
        [{ candidateId: 1 }, { clientRequestId: 1 }, { 'status.statusKey': 1 }, { 'status.metaStatus': 1 }],
        { withOutbox: true },
      ),
      'presentations',
    ),
    assignments: defineTenantModel(connection, 'JobOrderAssignment', assignmentSchema, 'job_order_assignments'),
  };
}

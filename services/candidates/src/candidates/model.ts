import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel } from '@lethe/platform/mongo';
import { outboxPlugin, type OutboxEntry } from '@lethe/platform/outbox';

/**
 * The candidate's personal fields, each stored as its own ciphertext under the candidate's data
 * key. Lists and maps (skills, address parts, custom fields) are encrypted as JSON.
 */
export const PERSONAL_FIELDS = [
  'salutation',
  'title',
  'firstName',
  'lastName',
  'dateOfBirth',
  'gender',
  'nationality',
  'email',
  'phone',
  'street',
  'zip',
  'city',
  'country',
  'skills',
  'languages',
  'experience',
  'notes',
  'customFields',
] as const;

export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/** Plain personal data as the service works with it; absent fields are unset. */
export interface PersonalValues {
  salutation?: string;
  title?: string;
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  gender?: string;
  nationality?: string;
  email?: string;
  phone?: string;
  street?: string;
  zip?: string;
  city?: string;
  country?: string;
  skills?: string[];
  languages?: string[];
  experience?: string;
  notes?: string;
  customFields?: Record<string, string>;
}

export type CandidateState = 'active' | 'reduced' | 'anonymised';

/** Keyed blind-index tokens: equality lookups without plaintext; removed with the person. */
export interface BlindTokens {
  email?: string;
  name?: string;
  identity?: string;
  skills: string[];
}

export interface CandidateDoc {
  _id: string;
  tenantId: string;
  /** Ciphertexts of the personal fields that are set. */
  personal: Partial<Record<PersonalField, string>>;
  tokens: BlindTokens;
  tags: string[];
  ownerId: string;
  source: string;
  inboundChannel: string;
  state: CandidateState;
  anonymisedName?: string;
  markedForDeletion?: { markedAt: Date; earliestDeletionAt?: Date };
  erasureRequest?: { requestId: string; openedAt: Date };
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
  version: number;
  outbox?: OutboxEntry[];
}

const candidateSchema = new Schema<CandidateDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    personal: { type: Schema.Types.Mixed, default: {} },
    tokens: {
      email: String,
      name: String,
      identity: String,
      skills: { type: [String], default: [] },
    },
    tags: { type: [String], default: [] },
    ownerId: { type: String, default: '' },
    source: { type: String, default: '' },
    inboundChannel: { type: String, default: '' },
    state: { type: String, enum: ['active', 'reduced', 'anonymised'], required: true },
    anonymisedName: String,
    markedForDeletion: { type: { markedAt: Date, earliestDeletionAt: Date }, _id: false, default: undefined },
    erasureRequest: { type: { requestId: String, openedAt: Date }, _id: false, default: undefined },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    updatedBy: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { versionKey: false, minimize: false },
);
candidateSchema.plugin(outboxPlugin);
candidateSchema.index({ tenantId: 1, 'tokens.email': 1 });
candidateSchema.index({ tenantId: 1, 'tokens.name': 1 });
candidateSchema.index({ tenantId: 1, 'tokens.identity': 1 });
candidateSchema.index({ tenantId: 1, 'tokens.skills': 1 });
candidateSchema.index({ tenantId: 1, tags: 1 });
candidateSchema.index({ tenantId: 1, ownerId: 1 });
candidateSchema.index({ tenantId: 1, updatedAt: 1 });
// The list pages in _id order; its date filters are checked in the index keys.
candidateSchema.index({ tenantId: 1, _id: 1, createdAt: 1, updatedAt: 1 });

export function candidateModel(connection: Connection): Model<CandidateDoc> {
  return defineTenantModel(connection, 'Candidate', candidateSchema, 'candidates');
}

import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel } from '@lethe/platform/mongo';
import { outboxPlugin, type OutboxEntry } from '@lethe/platform/outbox';
import { PROFILE_FIELDS } from './profile';
import type { ProfileFieldName, Talent, TalentTrigger } from './talent';

/** The profile as stored: each present field its own ciphertext under the talent's key. */
export type SealedProfile = Partial<Record<ProfileFieldName, string>>;

/** A talent as stored. */
export interface TalentDoc extends Omit<Talent, 'id' | 'profile'> {
  _id: string;
  profile: SealedProfile;
  /** Keyed blind index of the normalised email: lookups and duplicates without the plaintext. */
  emailIndex?: string;
  /** Rule triggers raised by changes of this talent, until the rules have run for them. */
  triggers: TalentTrigger[];
  /** Indexed flag: true while `triggers` holds some (no partial indexes on FerretDB). */
  triggersPending: boolean;
  outbox?: OutboxEntry[];
  outboxPending?: boolean;
}

const sealedProfileSchema = new Schema(Object.fromEntries(PROFILE_FIELDS.map((field) => [field, { type: String }])), { _id: false });

const triggerSchema = new Schema<TalentTrigger>(
  {
    id: { type: String, required: true },
    kind: { type: String, required: true },
    talentId: { type: String, required: true },
    value: { type: String },
    causedByRuleId: { type: String },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const schema = new Schema<TalentDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    profile: { type: sealedProfileSchema, default: () => ({}) },
    emailIndex: { type: String },
    source: { type: String, required: true },
    sourceInfo: { type: String, default: '' },
    fromCandidate: { type: Boolean, default: false },
    poolIds: { type: [String], default: [] },
    tags: { type: [String], default: [] },
    status: { type: String, required: true },
    recruiterId: { type: String, default: '' },
    atsCandidateId: { type: String },
    atsVersion: { type: Number },
    reduced: { type: Boolean, default: false },
    anonymised: { type: Boolean, default: false },
    detailsPending: { type: Boolean, default: false },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    updatedAt: { type: Date, required: true },
    triggers: { type: [triggerSchema], default: [] },
    triggersPending: { type: Boolean, default: false },
  },
  { versionKey: false },
);
schema.plugin(outboxPlugin);
// One index per list filter, with _id after it for the pages (equality, then the sort).
schema.index({ tenantId: 1, _id: 1 });
schema.index({ tenantId: 1, poolIds: 1, _id: 1 });
schema.index({ tenantId: 1, tags: 1, _id: 1 });
schema.index({ tenantId: 1, status: 1, _id: 1 });
schema.index({ tenantId: 1, source: 1, _id: 1 });
schema.index({ tenantId: 1, recruiterId: 1, _id: 1 });
schema.index({ tenantId: 1, emailIndex: 1, _id: 1 });
schema.index({ tenantId: 1, atsCandidateId: 1 });
schema.index({ triggersPending: 1 });

export function talentModel(connection: Connection): Model<TalentDoc> {
  return defineTenantModel(connection, 'Talent', schema, 'talents');
}

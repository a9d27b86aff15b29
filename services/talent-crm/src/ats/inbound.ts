import { z } from 'zod';
import { fields, parseInput } from '@lethe/platform/validation';
import type {
  AtsApplicationStatusChanged__Output,
  AtsCandidateDeleted__Output,
  AtsCandidateUpserted__Output,
  AtsJobClosed__Output,
  AtsJobOpened__Output,
} from '@lethe/protos';
import { talentProfileSchema } from '../talents/profile';
import type { TalentProfile } from '../talents/talent';

/** What the ATS names its candidates, applications and jobs by: printable, no spaces. */
const ATS_ID = /^[A-Za-z0-9][\w.:@-]*$/;
export const MAX_ATS_ID_CHARS = 64;
export const MAX_ATS_TEXT_CHARS = 200;

export const atsIdSchema = z.string().min(1, 'is required').pipe(fields.pattern(ATS_ID, 'must be an ATS id (letters, digits and . _ : @ -)', { max: MAX_ATS_ID_CHARS }));
const optionalAtsId = fields.pattern(ATS_ID, 'must be an ATS id (letters, digits and . _ : @ -)', { max: MAX_ATS_ID_CHARS, blank: true });

/** The ATS's version of a record: a whole number from 1 that rises with every change (int64 in the contract, up to 2^53 here). */
const versionSchema = z
  .string()
  .max(20, 'must be at most 20 digits')
  .transform(Number)
  .pipe(z.number().int('must be a whole number').min(1, 'is required (a number from 1 that rises with every change)').max(Number.MAX_SAFE_INTEGER, 'must be at most 2^53 - 1'));

const text = (max = MAX_ATS_TEXT_CHARS) => fields.text(max).transform((value) => value.trim());

/** A candidate as the ATS holds it at `version`, with the profile the CRM keeps of it. */
export interface AtsUpsert {
  atsCandidateId: string;
  version: number;
  profile: TalentProfile;
  updatedAt?: Date;
}

export interface AtsDeletion {
  atsCandidateId: string;
  version: number;
  deletedAt?: Date;
}

export interface AtsStatusChange {
  atsCandidateId: string;
  atsApplicationId: string;
  atsJobId: string;
  status: string;
  final: boolean;
  version: number;
  changedAt?: Date;
}

export interface AtsJobChange {
  atsJobId: string;
  version: number;
  /** Only for a job opened. */
  details?: { title: string; location: string; department: string };
  at?: Date;
}

/**
 * An upsert: the ids, and the profile fields checked by the one definition of a valid profile (the
 * contract names them as the profile does). The ATS user who had contact is kept as the recruiter
 * the talent last spoke to.
 */
const upsertSchema = talentProfileSchema.extend({
  atsCandidateId: atsIdSchema,
  version: versionSchema,
  recruiterEmail: fields.email({ strict: true }),
  updatedAt: fields.timestamp(),
});

/** Checks an upsert; a ValidationError names each field that fails (the event is dead-lettered). */
export function parseUpsert(payload: AtsCandidateUpserted__Output): AtsUpsert {
  // The contract's fields only: what the ATS does not send keeps the profile's defaults.
  const { atsCandidateId, version, firstName, lastName, email, phone, city, country, headline, skills, profileUrl, recruiterEmail, updatedAt } = payload;
  const parsed = parseInput(upsertSchema, { atsCandidateId, version, firstName, lastName, email, phone, city, country, headline, skills, profileUrl, recruiterEmail, updatedAt });
  const { atsCandidateId: id, version: parsedVersion, recruiterEmail: contact, updatedAt: at, ...profile } = parsed;
  return { atsCandidateId: id, version: parsedVersion, profile: { ...profile, lastRecruiterContact: contact }, updatedAt: at };
}

export function parseDeletion(payload: AtsCandidateDeleted__Output): AtsDeletion {
  return parseInput(z.object({ atsCandidateId: atsIdSchema, version: versionSchema, deletedAt: fields.timestamp() }), payload);
}

export function parseStatusChange(payload: AtsApplicationStatusChanged__Output): AtsStatusChange {
  return parseInput(
    z.object({
      atsCandidateId: atsIdSchema,
      atsApplicationId: optionalAtsId,
      atsJobId: optionalAtsId,
      status: fields.required(64),
      final: z.boolean(),
      version: versionSchema,
      changedAt: fields.timestamp(),
    }),
    payload,
  );
}

export function parseJobOpened(payload: AtsJobOpened__Output): AtsJobChange {
  const { atsJobId, version, openedAt, ...details } = parseInput(
    z.object({ atsJobId: atsIdSchema, title: fields.required(MAX_ATS_TEXT_CHARS), location: text(), department: text(), version: versionSchema, openedAt: fields.timestamp() }),
    payload,
  );
  return { atsJobId, version, details, at: openedAt };
}

export function parseJobClosed(payload: AtsJobClosed__Output): AtsJobChange {
  const { atsJobId, version, closedAt } = parseInput(z.object({ atsJobId: atsIdSchema, version: versionSchema, closedAt: fields.timestamp() }), payload);
  return { atsJobId, version, at: closedAt };
}

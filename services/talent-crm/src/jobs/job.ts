import type { FieldViolation } from '@lethe/platform/errors';
import type { AtsField } from '../settings/settings';
import { PROFILE_FIELD_NAMES } from '../talents/profile';
import type { TalentProfile } from '../talents/talent';

/** A job the ATS opened; talents are assigned to it while it is open. */
export interface AtsJob {
  /** Lethe's id: a keyed hash of the tenant and the ATS's job id. */
  id: string;
  tenantId: string;
  atsJobId: string;
  title: string;
  location: string;
  department: string;
  open: boolean;
  /** The ATS's version of the job that is held. */
  version: number;
  openedAt?: Date;
  closedAt?: Date;
}

export type AssignmentStateName = 'assigned' | 'sent';

/** A talent assigned to a job, and once sent, its application to the ATS. */
export interface JobAssignment {
  id: string;
  tenantId: string;
  talentId: string;
  jobId: string;
  state: AssignmentStateName;
  assignedAt: Date;
  assignedBy: string;
  sentAt?: Date;
  sentBy?: string;
  /** AtsApplicationSubmitted.submission_id: the ATS deduplicates by it. */
  submissionId?: string;
}

export const MAX_COMMENT_CHARS = 2_000;
export const MAX_FIELD_VALUE_CHARS = 2_000;
export const MAX_REQUEST_FIELDS = 50;

/** A profile field as one value for the ATS: lists joined with commas. */
function profileValue(profile: TalentProfile, field: keyof TalentProfile): string {
  const value = profile[field];
  return (Array.isArray(value) ? value.join(', ') : value).trim();
}

/**
 * The fields an application carries, by the ATS's names: each of the tenant's ATS fields from the
 * recruiter's value for it when given, else from the talent's profile field it is mapped to; then
 * the recruiter's other values. A required field left empty is a violation named `fields.<name>`.
 */
export function applicationFields(
  atsFields: readonly AtsField[],
  profile: TalentProfile,
  given: Readonly<Record<string, string>>,
): { fields: Record<string, string>; violations: FieldViolation[] } {
  const fields: Record<string, string> = {};
  const violations: FieldViolation[] = [];
  for (const field of atsFields) {
    const fromRequest = (given[field.name] ?? '').trim();
    const value = fromRequest || (field.profileField ? profileValue(profile, PROFILE_FIELD_NAMES[field.profileField]) : '');
    if (value) fields[field.name] = value;
    else if (field.required) {
      const source = field.profileField ? `the talent's ${field.profileField} is empty: give it in fields` : 'give it in fields';
      violations.push({ field: `fields.${field.name}`, code: 'required', description: `is required by the ATS (${source})` });
    }
  }
  for (const [name, value] of Object.entries(given)) {
    if (!(name in fields) && !atsFields.some((field) => field.name === name) && value.trim()) fields[name] = value.trim();
  }
  return { fields, violations };
}

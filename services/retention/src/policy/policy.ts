import { z } from 'zod';
import { fields } from '@lethe/platform/validation';
import { ANONYMISED_NOTES, DEFAULT_ANONYMISED_NOTES, ERASURE_MODE, type AnonymisedNotesName, type ErasureModeName } from '@lethe/platform/erasure';

/** What a reduction keeps by default: identity and address for the record, the reporting fields, and the application date, which always stays. */
export const DEFAULT_SKELETON_FIELDS = ['name', 'dateOfBirth', 'address', 'zip', 'city', 'country', 'nationality', 'source', 'inboundChannel', 'applicationDate'];
/** Field names a skeleton may name (those the services understand); phone and email only when the tenant keeps them. */
export const SKELETON_FIELD_NAMES = ['name', 'dateOfBirth', 'address', 'zip', 'city', 'country', 'nationality', 'source', 'inboundChannel', 'applicationDate', 'phone', 'email'] as const;

export interface RetentionPolicyValues {
  deleteAfterMonths: number;
  reduceAfterMonths: number;
  poolReduceAfterMonths: number;
  storageConsentExtensionMonths: number;
  skeletonFields: string[];
  rejectionHoldMonths: number;
  candidateNoticeDays: number;
  /** No notice to the candidate before deletion; the deletion itself cannot be switched off. */
  candidateNoticesOff: boolean;
  ownerNoticeDays: number;
  waitHoursWithoutAssignment: number;
  waitDaysNormalProcessing: number;
  waitDaysPlacement: number;
  defaultMode: ErasureModeName;
  /** What anonymisation does with notes about the person; carried by every anonymise command. */
  anonymisedNotes: AnonymisedNotesName;
  /** Days a talent may be kept without storage consent; then it is deleted. 0: off. */
  talentConsentDeadlineDays: number;
}

export interface RetentionPolicy extends RetentionPolicyValues {
  version: number;
  updatedAt?: Date;
  updatedBy?: string;
}

/** Six months until a tenant decides (six or seven are the usual recommendation). */
export const DEFAULT_POLICY: RetentionPolicy = {
  deleteAfterMonths: 6,
  reduceAfterMonths: 0,
  poolReduceAfterMonths: 0,
  storageConsentExtensionMonths: 24,
  skeletonFields: DEFAULT_SKELETON_FIELDS,
  rejectionHoldMonths: 2,
  candidateNoticeDays: 14,
  candidateNoticesOff: false,
  ownerNoticeDays: 7,
  waitHoursWithoutAssignment: 6,
  waitDaysNormalProcessing: 14,
  waitDaysPlacement: 90,
  defaultMode: 'delete',
  anonymisedNotes: DEFAULT_ANONYMISED_NOTES,
  talentConsentDeadlineDays: 0,
  version: 0,
};

const months = (max: number) => z.number().int('must be whole months').min(0, 'must not be negative').max(max, `must be at most ${max}`);

/** A policy as a tenant may save it; the names of modes and note handling are the erasure vocabulary's. */
export const policySchema = z
  .object({
    deleteAfterMonths: z.number().int('must be whole months').min(1, 'is required: deletion cannot be switched off (1–12)').max(12, 'must be at most 12 months'),
    reduceAfterMonths: months(11),
    poolReduceAfterMonths: months(60),
    storageConsentExtensionMonths: months(60),
    skeletonFields: fields
      .list(z.enum(SKELETON_FIELD_NAMES, { errorMap: () => ({ message: `must be one of ${SKELETON_FIELD_NAMES.join(', ')}` }) }), SKELETON_FIELD_NAMES.length)
      .transform((names) => [...new Set([...names, 'applicationDate'])]),
    rejectionHoldMonths: z.number().int().min(2, 'must be at least 2 (§ 15 Abs. 4 AGG)').max(12, 'must be at most 12'),
    candidateNoticeDays: z.number().int().min(1, 'must be at least 1 day').max(60, 'must be at most 60 days'),
    candidateNoticesOff: z.boolean(),
    ownerNoticeDays: z.number().int().min(1, 'must be at least 1 day').max(60, 'must be at most 60 days'),
    waitHoursWithoutAssignment: z.number().int().min(6, 'must be at least 6 hours (a record without a job-order assignment waits at least that long)').max(24 * 30),
    waitDaysNormalProcessing: z.number().int().min(0).max(365),
    waitDaysPlacement: z.number().int().min(0).max(3650),
    defaultMode: z.enum(ERASURE_MODE.names as [ErasureModeName, ...ErasureModeName[]], { errorMap: () => ({ message: 'must be DELETE, ANONYMISE or REDUCE' }) }),
    anonymisedNotes: z.enum(ANONYMISED_NOTES.names as [AnonymisedNotesName, ...AnonymisedNotesName[]], { errorMap: () => ({ message: 'must be KEEP, EMPTY or DELETE' }) }),
    talentConsentDeadlineDays: z
      .number()
      .int('must be whole days')
      .refine((days) => days === 0 || (days >= 7 && days <= 365), 'must be 0 (off) or 7–365 days'),
  })
  .superRefine((policy, ctx) => {
    if (policy.reduceAfterMonths > 0 && policy.reduceAfterMonths >= policy.deleteAfterMonths) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reduceAfterMonths'], message: 'must be below deleteAfterMonths, or 0 (off)' });
    }
    if (policy.poolReduceAfterMonths > 0 && policy.poolReduceAfterMonths >= policy.deleteAfterMonths) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['poolReduceAfterMonths'], message: 'must be below deleteAfterMonths, or 0 (off)' });
    }
    if (policy.defaultMode === 'reduce' && policy.skeletonFields.length === 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['skeletonFields'], message: 'must name at least one field when the default mode is reduce' });
    }
  });

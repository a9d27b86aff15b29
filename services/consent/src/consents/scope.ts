import { z } from 'zod';
import { fields } from '@lethe/platform/validation';
import type { Channel, ConsentKind } from '@lethe/protos';

export const CONSENT_KINDS = ['CONSENT_KIND_CLEAR_DATA_SHARING', 'CONSENT_KIND_STORAGE', 'CONSENT_KIND_CAMPAIGN'] as const satisfies readonly ConsentKind[];
export type ConsentKindName = (typeof CONSENT_KINDS)[number];
export const CHANNELS = ['CHANNEL_EMAIL', 'CHANNEL_SMS', 'CHANNEL_WHATSAPP'] as const satisfies readonly Channel[];
export type ChannelName = (typeof CHANNELS)[number];

/**
 * What one consent is about. Clear-data sharing is consented to per client company: never per
 * request and never for all clients at once. Storage consent is one per person, campaign consent
 * one per channel. `key` is the scope as stored and bound into link tokens and cache keys.
 */
export interface ConsentScope {
  kind: ConsentKindName;
  clientId?: string;
  channel?: ChannelName;
  key: string;
}

export const kindSchema = z.enum(CONSENT_KINDS, { errorMap: () => ({ message: 'must be CLEAR_DATA_SHARING, STORAGE or CAMPAIGN' }) });
const channelSchema = z.enum(CHANNELS, { errorMap: () => ({ message: 'must be EMAIL, SMS or WHATSAPP' }) });

export function scopeKey(kind: ConsentKindName, clientId?: string, channel?: ChannelName): string {
  if (kind === 'CONSENT_KIND_CLEAR_DATA_SHARING') return `client.${clientId}`;
  if (kind === 'CONSENT_KIND_CAMPAIGN') return `channel.${channel}`;
  return 'storage';
}

/** kind, clientId and channel of a request (protobuf: absent strings are '', absent enums UNSPECIFIED). */
export const scopeFields = {
  kind: kindSchema,
  clientId: z.string().max(64, 'must be at most 64 characters'),
  channel: z.string(),
};

/** Checks that exactly the fields of the kind are set and builds the scope. */
export function refineScope<T extends { kind: ConsentKindName; clientId: string; channel: string }>(value: T, ctx: z.RefinementCtx): ConsentScope {
  const { kind, clientId } = value;
  const channelGiven = value.channel !== '' && value.channel !== 'CHANNEL_UNSPECIFIED';
  let channel: ChannelName | undefined;
  if (kind === 'CONSENT_KIND_CLEAR_DATA_SHARING') {
    const id = fields.id().safeParse(clientId);
    if (!id.success) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['clientId'], message: `${id.error.issues[0].message} (clear-data consent is per client company)` });
  } else if (clientId !== '') {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['clientId'], message: 'is only allowed with CLEAR_DATA_SHARING' });
  }
  if (kind === 'CONSENT_KIND_CAMPAIGN') {
    const parsed = channelSchema.safeParse(value.channel);
    if (parsed.success) channel = parsed.data;
    else ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['channel'], message: channelGiven ? 'must be EMAIL, SMS or WHATSAPP' : 'is required with CAMPAIGN' });
  } else if (channelGiven) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['channel'], message: 'is only allowed with CAMPAIGN' });
  }
  const scope: ConsentScope = { kind, key: scopeKey(kind, clientId, channel) };
  if (kind === 'CONSENT_KIND_CLEAR_DATA_SHARING') scope.clientId = clientId;
  if (channel) scope.channel = channel;
  return scope;
}

/** A request naming one consent: subject, kind, client or channel. */
export const subjectScopeSchema = z
  .object({ subjectId: fields.id(), ...scopeFields })
  .transform((value, ctx) => ({ subjectId: value.subjectId, scope: refineScope(value, ctx) }));

/** How long storage consent may be asked for. */
export const STORAGE_PERIOD_MONTHS = { min: 1, max: 60 } as const;

/** What a new request names besides its scope ('' and 0: not given). */
export interface RequestDetails {
  clientName: string;
  periodMonths: number;
}

export interface DetailIssue {
  path: keyof RequestDetails;
  message: string;
}

/**
 * The details a kind needs and allows: clear-data sharing names the client company (the page shows
 * whom the profile goes to), storage consent has a period of 1–60 months, and neither detail
 * belongs to any other kind.
 */
export function requestDetailIssues(kind: ConsentKindName, { clientName, periodMonths }: RequestDetails): DetailIssue[] {
  const issues: DetailIssue[] = [];
  if (kind === 'CONSENT_KIND_CLEAR_DATA_SHARING' && clientName === '') {
    issues.push({ path: 'clientName', message: 'is required with CLEAR_DATA_SHARING (the page names the client company)' });
  } else if (kind !== 'CONSENT_KIND_CLEAR_DATA_SHARING' && clientName !== '') {
    issues.push({ path: 'clientName', message: 'is only allowed with CLEAR_DATA_SHARING' });
  }
  const { min, max } = STORAGE_PERIOD_MONTHS;
  if (kind === 'CONSENT_KIND_STORAGE' && (periodMonths < min || periodMonths > max)) {
    issues.push({ path: 'periodMonths', message: `must be ${min}–${max} months with STORAGE` });
  } else if (kind !== 'CONSENT_KIND_STORAGE' && periodMonths !== 0) {
    issues.push({ path: 'periodMonths', message: 'is only allowed with STORAGE' });
  }
  return issues;
}

import { z } from 'zod';
import { defineService, fields, parseInput, requireRight, RIGHTS, unary, type ServiceRegistration } from '@lethe/platform';
import { loadGrpcObject, toTimestamp, type Consent, type ConsentProof, type ConsentProto, type ConsentReceipt, type ConsentState } from '@lethe/protos';
import type { ConsentDoc, ConsentStateName, Proof } from './model';
import { kindSchema, refineScope, scopeFields, subjectScopeSchema } from './scope';
import { settingsSchema, toSettingsMessage, type SettingsStore } from './settings';
import type { ConsentStore } from './store';
import { LANGUAGES, toTextMessage, type TextStore } from './texts';

const definition = loadGrpcObject<ConsentProto>().lethe.consent.v1.ConsentService.service;

export const RECEIPT_VERSION = 'lethe.consent-receipt.v1';

const STATE_OF: Record<ConsentStateName, ConsentState> = {
  requested: 'CONSENT_STATE_REQUESTED',
  granted: 'CONSENT_STATE_GRANTED',
  declined: 'CONSENT_STATE_DECLINED',
  withdrawn: 'CONSENT_STATE_WITHDRAWN',
  expired: 'CONSENT_STATE_EXPIRED',
};

const timestamp = (date: Date | undefined) => (date ? toTimestamp(date) : null);

function toProofMessage(proof: Proof | undefined): ConsentProof | null {
  if (!proof) return null;
  return { ...proof, method: proof.method === 'none' ? 'GRANT_METHOD_UNSPECIFIED' : proof.method, at: toTimestamp(proof.at) };
}

function toConsentMessage(doc: ConsentDoc, clientName: string | undefined): Consent {
  return {
    requestId: doc._id,
    consentId: doc.consentId ?? '',
    subjectId: doc.subjectId,
    kind: doc.kind,
    clientId: doc.clientId ?? '',
    channel: doc.channel ?? 'CHANNEL_UNSPECIFIED',
    periodMonths: doc.periodMonths ?? 0,
    clientName: clientName ?? '',
    language: doc.language,
    state: doc.closedAt ? 'CONSENT_STATE_CLOSED' : STATE_OF[doc.state],
    requestedAt: toTimestamp(doc.requestedAt),
    requestedBy: doc.requestedBy,
    linkExpiresAt: toTimestamp(doc.linkExpiresAt),
    proof: toProofMessage(doc.proof),
    validFrom: timestamp(doc.validFrom),
    validUntil: timestamp(doc.validUntil),
    withdrawnAt: timestamp(doc.withdrawnAt),
    withdrawnBy: doc.withdrawnBy ?? '',
    expiredAt: timestamp(doc.expiredAt),
  };
}

export function toReceipt(doc: ConsentDoc, issuer: string): ConsentReceipt {
  return {
    receiptVersion: RECEIPT_VERSION,
    consentId: doc.consentId ?? '',
    requestId: doc._id,
    tenantId: doc.tenantId,
    subjectId: doc.subjectId,
    kind: doc.kind,
    clientId: doc.clientId ?? '',
    channel: doc.channel ?? 'CHANNEL_UNSPECIFIED',
    periodMonths: doc.periodMonths ?? 0,
    proof: toProofMessage(doc.proof),
    validFrom: timestamp(doc.validFrom),
    validUntil: timestamp(doc.validUntil),
    state: STATE_OF[doc.state],
    withdrawnAt: timestamp(doc.withdrawnAt),
    expiredAt: timestamp(doc.expiredAt),
    issuer,
  };
}

const languageSchema = z.enum(LANGUAGES, { errorMap: () => ({ message: 'must be de or en' }) });

const requestConsentSchema = z
  .object({
    subjectId: fields.id(),
    ...scopeFields,
    clientName: z.string().trim().max(200, 'must be at most 200 characters'),
    periodMonths: z.number().int(),
    language: z.union([z.literal('').transform(() => 'de' as const), languageSchema]),
  })
  .transform((value, ctx) => {
    const scope = refineScope(value, ctx);
    if (value.kind === 'CONSENT_KIND_CLEAR_DATA_SHARING' && value.clientName === '') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['clientName'], message: 'is required with CLEAR_DATA_SHARING (the page names the client company)' });
    } else if (value.kind !== 'CONSENT_KIND_CLEAR_DATA_SHARING' && value.clientName !== '') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['clientName'], message: 'is only allowed with CLEAR_DATA_SHARING' });
    }
    if (value.kind === 'CONSENT_KIND_STORAGE' && (value.periodMonths < 1 || value.periodMonths > 60)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['periodMonths'], message: 'must be 1–60 months with STORAGE' });
    } else if (value.kind !== 'CONSENT_KIND_STORAGE' && value.periodMonths !== 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['periodMonths'], message: 'is only allowed with STORAGE' });
    }
    return {
      subjectId: value.subjectId,
      scope,
      clientName: value.clientName || undefined,
      periodMonths: value.periodMonths || undefined,
      language: value.language,
    };
  });

const requestIdSchema = z.object({ requestId: z.string().min(1, 'is required').max(64).regex(/^req_[0-9a-f]{32}$/, 'must be a request id') });
const consentIdSchema = z.object({ consentId: z.string().min(1, 'is required').max(64).regex(/^con_[0-9a-f]{32}$/, 'must be a consent id') });

const pageSchema = z
  .object({ pageSize: z.number().int().min(0, 'must not be negative'), pageToken: z.string().max(200) })
  .nullable()
  .transform((page) => page ?? { pageSize: 0, pageToken: '' });

const updateSettingsSchema = z.object({
  settings: z
    .object({ dataSharingPolicy: z.string() })
    .passthrough()
    .nullable()
    .refine((value) => value !== null, 'is required')
    .pipe(settingsSchema),
  expectedVersion: z.number().int().min(0),
});

const publishTextSchema = z.object({
  kind: kindSchema,
  language: languageSchema,
  title: fields.required(200),
  body: fields.required(5000),
});

const listTextsSchema = z.object({
  kind: z.union([z.literal('CONSENT_KIND_UNSPECIFIED').transform(() => undefined), kindSchema]),
  language: z.union([z.literal('').transform(() => undefined), languageSchema]),
});

export interface ConsentApiDeps {
  store: ConsentStore;
  settings: SettingsStore;
  texts: TextStore;
  serviceName: string;
  publicUrl?: string;
  now: () => Date;
}

export function consentApi({ store, settings, texts, serviceName, publicUrl, now }: ConsentApiDeps): ServiceRegistration {
  const withName = async (doc: ConsentDoc) => toConsentMessage(doc, await store.clientNameOf(doc));
  return defineService(definition).implement({
    RequestConsent: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const input = parseInput(requestConsentSchema, request);
      const { doc, token } = await store.request(ctx.tenantId, ctx.actorId, input, now());
      const linkPath = `/consent?token=${token}`;
      return { consent: toConsentMessage(doc, input.clientName), linkToken: token, linkUrl: publicUrl ? `${publicUrl}${linkPath}` : linkPath };
    }),
    GrantManually: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.setConsentManually);
      const { subjectId, scope } = parseInput(subjectScopeSchema, request);
      return withName(await store.grantManually(ctx.tenantId, ctx.actorId, subjectId, scope, now()));
    }),
    Withdraw: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const { subjectId, scope } = parseInput(subjectScopeSchema, request);
      const withdrawn = await store.withdraw(ctx.tenantId, ctx.actorId, subjectId, scope, now());
      return { withdrawn: await Promise.all(withdrawn.map(withName)) };
    }),
    Decline: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const { requestId } = parseInput(requestIdSchema, request);
      return withName(await store.decline(ctx.tenantId, ctx.actorId, requestId, now()));
    }),
    CheckConsent: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { subjectId, scope } = parseInput(subjectScopeSchema, request);
      const result = await store.check(ctx.tenantId, subjectId, scope, now());
      return { granted: result.granted, consentId: result.consentId ?? '', validUntil: timestamp(result.validUntil), consentRequired: result.consentRequired };
    }),
    ListConsents: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { subjectId, page } = parseInput(z.object({ subjectId: fields.id(), page: pageSchema }), request);
      const result = await store.list(ctx.tenantId, subjectId, page.pageSize, page.pageToken);
      return { consents: await Promise.all(result.items.map(withName)), page: { nextPageToken: result.nextPageToken } };
    }),
    GetConsentReceipt: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { consentId } = parseInput(consentIdSchema, request);
      return toReceipt(await store.byConsentId(ctx.tenantId, consentId), serviceName);
    }),
    GetConsentSettings: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toSettingsMessage(await settings.get(ctx.tenantId));
    }),
    UpdateConsentSettings: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const valid = parseInput(updateSettingsSchema, request);
      const updated = await settings.update(ctx.tenantId, valid.settings, valid.expectedVersion, ctx.actorId, now());
      await store.cache.evictTenant(ctx.tenantId);
      return toSettingsMessage(updated);
    }),
    PublishConsentText: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const input = parseInput(publishTextSchema, request);
      return toTextMessage(await texts.publish(ctx.tenantId, input, ctx.actorId, now()));
    }),
    ListConsentTexts: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const filter = parseInput(listTextsSchema, request);
      return { texts: (await texts.list(ctx.tenantId, filter)).map(toTextMessage) };
    }),
  });
}

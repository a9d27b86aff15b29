import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { isId } from '@lethe/platform/ids';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type Consent, type ConsentServiceDefinition } from '@lethe/protos';
import type { Consents } from '../consents/consents';
import type { ConsentDoc } from '../consents/model';
import { toProofMessage, toReceipt } from '../consents/receipt';
import { shownState } from '../consents/rules';
import { subjectScopeSchema } from '../consents/scope';

const timestamp = (date: Date | undefined) => (date ? toTimestamp(date) : null);

/** A request and what became of it, with the client company's name decrypted. */
export function toConsentMessage(doc: ConsentDoc, clientName: string | undefined): Consent {
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
    state: shownState(doc),
    requestedAt: toTimestamp(doc.requestedAt),
    requestedBy: doc.requestedBy,
    linkExpiresAt: timestamp(doc.linkExpiresAt),
    proof: toProofMessage(doc.proof),
    validFrom: timestamp(doc.validFrom),
    validUntil: timestamp(doc.validUntil),
    withdrawnAt: timestamp(doc.withdrawnAt),
    withdrawnBy: doc.withdrawnBy ?? '',
    expiredAt: timestamp(doc.expiredAt),
  };
}

/** An id this service made (a UUIDv7). */
export const idOf = (what: string) => fields.id().pipe(z.string().refine(isId, `must be a ${what} id`));

const consentIdSchema = z.object({ consentId: idOf('consent') });

const listSchema = z.object({ subjectId: fields.id(), page: fields.page() });

export interface ConsentsApiDeps {
  consents: Consents;
  /** Names the receipts' issuer. */
  serviceName: string;
  now: () => Date;
}

/** Consents: withdrawing them, checking them, listing them with their requests, their receipts. */
export function consentHandlers({ consents, serviceName, now }: ConsentsApiDeps): HandlerTable<ConsentServiceDefinition, 'Withdraw' | 'CheckConsent' | 'ListConsents' | 'GetConsentReceipt'> {
  const withName = async (doc: ConsentDoc) => toConsentMessage(doc, await consents.clientNameOf(doc));
  return {
    Withdraw: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeCandidates);
      const { subjectId, scope } = parseInput(subjectScopeSchema, request);
      const withdrawn = await consents.withdraw(ctx.tenantId, ctx.actorId, subjectId, scope, now());
      return { withdrawn: await Promise.all(withdrawn.map(withName)) };
    }),
    CheckConsent: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { subjectId, scope } = parseInput(subjectScopeSchema, request);
      const result = await consents.check(ctx.tenantId, subjectId, scope, now());
      return { granted: result.granted, consentId: result.consentId ?? '', validUntil: timestamp(result.validUntil), consentRequired: result.consentRequired };
    }),
    ListConsents: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { subjectId, page } = parseInput(listSchema, request);
      const result = await consents.list(ctx.tenantId, subjectId, page.pageSize, page.pageToken);
      return { consents: await Promise.all(result.items.map(withName)), page: { nextPageToken: result.nextPageToken } };
    }),
    GetConsentReceipt: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      const { consentId } = parseInput(consentIdSchema, request);
      return toReceipt(await consents.byConsentId(ctx.tenantId, consentId), serviceName);
    }),
  };
}

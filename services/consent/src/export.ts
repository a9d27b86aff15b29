import { exportLinksOf, exportPages, exportRecordOf, exportRecords, type ExportPart, type ExportRecord, type SubjectExporter } from '@lethe/platform/export';
import type { LinkTokens } from '@lethe/platform/links';
import { toConsentMessage } from './api/consents';
import type { Consents } from './consents/consents';
import type { ConsentDoc } from './consents/model';
import { toReceipt } from './consents/receipt';
import type { ConsentStore } from './consents/store';
import type { Restrictions } from './restrictions/rules';
import type { RestrictionStore } from './restrictions/store';

export interface ConsentExportDeps {
  store: ConsentStore;
  consents: Consents;
  links: LinkTokens;
  restrictions: RestrictionStore;
  /** Names the receipts' issuer, as GetConsentReceipt does. */
  issuer: string;
}

const PAGE = 100;

/**
 * A request and what became of it as ListConsents shows it, with when and why it was closed
 * unanswered, and the statement the person answered (title and body as shown, its hash in the proof).
 */
async function consentRecord(consents: Consents, doc: ConsentDoc): Promise<ExportRecord> {
  const statement = doc.proof?.textId ? await consents.statement(doc, doc.proof.textId) : undefined;
  return {
    ...exportRecordOf(toConsentMessage(doc, await consents.clientNameOf(doc))),
    closedAt: doc.closedAt ?? null,
    closedBecause: doc.closedBecause ?? '',
    statement: statement ? { textId: statement.text.id, textVersion: statement.text.version, language: statement.text.language, title: statement.title, body: statement.body, sha256: statement.sha256 } : null,
  };
}

const restrictionsRecord = (held: Restrictions): ExportRecord => ({ mark: held.mark ?? null, erasureRequest: held.erasureRequest ?? null });

/**
 * The consent service's part of the access protocol: everything its erasure removes about the
 * subject. Sections (README "Data export"): `consents` (every request and what became of it,
 * with its proof and the statement answered), `receipts` (GetConsentReceipt of each grant),
 * `links` (the links sent for the requests and their use) and `restrictions` (what retention told
 * consent about the person). Cached check answers are derived from the consents and not exported.
 */
export function consentExport({ store, consents, links, restrictions, issuer }: ConsentExportDeps): SubjectExporter {
  return async function* ({ tenantId, subjectId }): AsyncGenerator<ExportPart> {
    yield* exportPages('consents', (pageToken) => store.list(tenantId, subjectId, PAGE, pageToken), (doc) => consentRecord(consents, doc));
    // A second pass for the receipts, of the requests that became consents.
    const grantsAfter = async (pageToken: string) => {
      const page = await store.list(tenantId, subjectId, PAGE, pageToken);
      return { ...page, items: page.items.filter((doc) => doc.consentId) };
    };
    yield* exportPages('receipts', grantsAfter, (doc) => exportRecordOf(toReceipt(doc, issuer)));
    yield* exportLinksOf(links, { tenantId, subjectId });
    const held = await restrictions.of(tenantId, subjectId);
    if (held) yield exportRecords('restrictions', [restrictionsRecord(held)]);
  };
}

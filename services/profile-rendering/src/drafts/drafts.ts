import { logoTypeOf } from '@lethe/platform/controller';
import type { SubjectFence } from '@lethe/platform/erasure';
import { ConflictError, PreconditionError, ValidationError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import type { TenantSettings } from '@lethe/platform/mongo';
import type { Peers } from '../peers/peers';
import { renderProfileHtml } from '../render/profile-html';
import type { PdfRenderer } from '../render/pdf-renderer';
import type { ProfileSettingsValues } from '../settings/settings';
import { anonymised, contentHash, identityOf, initialContent, type Language, type ProfileAttachment, type ProfileContent, type ProfileFact, type ProfileKindName, type ProfileSection } from './content';
import type { Draft, DraftStore } from './store';

export interface DraftsDeps {
  store: DraftStore;
  settings: TenantSettings<ProfileSettingsValues>;
  peers: Peers;
  fence: SubjectFence;
  pdf: PdfRenderer;
  now: () => Date;
}

export interface DraftEdit {
  sections: ProfileSection[];
  facts: ProfileFact[];
  attachmentFileIds: string[];
  expectedVersion: number;
}

/** What a draft is rendered from. */
export type RenderSource = Pick<Draft, 'tenantId' | 'kind' | 'language' | 'content'>;

/** How the reader reaches an attached file, when they can (the client's page); unlinked otherwise. */
export type AttachmentHref = (fileId: string) => string;

/** A draft rendered: the HTML the client will see and the hash of what it shows. */
export interface Rendered {
  html: string;
  contentHash: string;
}

/**
 * Drafts of profiles, each the candidate's data at the moment it was made, edited by the recruiter
 * before it is sent. Every write is the candidate's (the fence): a draft for a person erased
 * meanwhile is refused, and their erasure removes every draft. An anonymous draft is redacted when
 * made and again after every edit, so no edit can bring an identifier back.
 */
export class Drafts {
  constructor(private readonly deps: DraftsDeps) {}

  create(tenantId: string, actorId: string, request: { candidateId: string; clientRequestId: string; kind: ProfileKindName; language: Language }): Promise<Draft> {
    return this.deps.fence.write({ tenantId, subjectId: request.candidateId }, async () => {
      const [personal, clientRequest, settings] = await Promise.all([
        this.deps.peers.personalData(tenantId, request.candidateId),
        this.deps.peers.clientRequest(tenantId, request.clientRequestId),
        this.deps.settings.get(tenantId),
      ]);
      const { content, redactions } = initialContent(personal, request.kind, request.language, settings.anonymousLabelStyle);
      const now = this.deps.now();
      const draft: Draft = {
        id: newId(now),
        tenantId,
        candidateId: request.candidateId,
        clientRequestId: clientRequest.id,
        clientId: clientRequest.clientId,
        kind: request.kind,
        language: request.language,
        content,
        redactions,
        version: 1,
        createdAt: now,
        createdBy: actorId,
        updatedAt: now,
      };
      await this.deps.store.insert(draft);
      return draft;
    }, 'candidate');
  }

  get(tenantId: string, id: string): Promise<Draft> {
    return this.deps.store.get(tenantId, id);
  }

  async update(tenantId: string, id: string, edit: DraftEdit): Promise<Draft> {
    const { candidateId } = await this.deps.store.get(tenantId, id);
    return this.deps.fence.write({ tenantId, subjectId: candidateId }, async () => {
      const draft = await this.deps.store.get(tenantId, id);
      if (edit.expectedVersion !== draft.version) throw new ConflictError(`the draft is at version ${draft.version}, not ${edit.expectedVersion}`, 'VERSION_MISMATCH');
      const attachments = await this.attachmentsOf(draft, edit.attachmentFileIds);
      let content: ProfileContent = { candidateLabel: draft.content.candidateLabel, sections: edit.sections, facts: edit.facts, attachments };
      let redactions = 0;
      if (draft.kind === 'anonymous') ({ content, redactions } = anonymised(content, identityOf(await this.deps.peers.personalData(tenantId, candidateId)), draft.language));
      const updated: Draft = { ...draft, content, redactions, version: draft.version + 1, updatedAt: this.deps.now() };
      await this.deps.store.replace(updated);
      return updated;
    }, 'candidate');
  }

  /**
   * The files a draft is to carry, named as the candidate's record names them: only on a
   * clear-data profile (a file cannot be redacted), only where the tenant allows attachments, and
   * only the candidate's own files.
   */
  private async attachmentsOf(draft: Draft, fileIds: readonly string[]): Promise<ProfileAttachment[]> {
    if (fileIds.length === 0) return [];
    if (draft.kind === 'anonymous') {
      throw new ValidationError([{ field: 'attachmentFileIds', code: 'invalid_value', description: 'must be empty: an anonymous profile carries no attachments' }]);
    }
    if (!(await this.deps.settings.get(draft.tenantId)).attachmentsAllowed) {
      throw new PreconditionError('ATTACHMENTS_NOT_ALLOWED', 'the tenant does not allow attachments to profiles');
    }
    const files = new Map((await this.deps.peers.files(draft.tenantId, draft.candidateId)).map((file) => [file.id, file.fileName]));
    const unknown = fileIds.flatMap((fileId, index) => (files.has(fileId) ? [] : [{ field: `attachmentFileIds[${index}]`, code: 'invalid_value', description: "must be one of the candidate's files" }]));
    if (unknown.length > 0) throw new ValidationError(unknown);
    return [...new Set(fileIds)].map((fileId) => ({ fileId, name: files.get(fileId)! }));
  }

  /** The draft as the client will see it (dated when it was last changed, so the same draft renders alike). */
  async render(draft: RenderSource, at: Date, attachmentHref?: AttachmentHref): Promise<Rendered> {
    const settings = await this.deps.settings.get(draft.tenantId);
    const logoType = logoTypeOf(settings.logo);
    const html = renderProfileHtml({
      language: draft.language,
      kind: draft.kind,
      branding: { companyName: settings.companyName, primaryColor: settings.primaryColor, ...(logoType ? { logo: { contentType: logoType, data: settings.logo } } : {}) },
      candidateLabel: draft.content.candidateLabel,
      sections: draft.content.sections,
      facts: draft.content.facts,
      attachments: draft.content.attachments.map(({ fileId, name }) => ({ name, ...(attachmentHref ? { href: attachmentHref(fileId) } : {}) })),
      generatedAt: at,
    });
    return { html, contentHash: contentHash(draft.kind, draft.language, draft.content) };
  }

  async renderPdf(draft: RenderSource, at: Date): Promise<{ pdf: Buffer; contentHash: string }> {
    const rendered = await this.render(draft, at);
    return { pdf: await this.deps.pdf.render(rendered.html), contentHash: rendered.contentHash };
  }
}

import { PreconditionError } from '@lethe/platform/errors';
import type { LinkRefusal } from '@lethe/platform/links';
import type { ClockStore } from '../clock/store';
import type { ErasureIssuer } from '../erasures/issuer';
import type { PolicyStore } from '../policy/store';
import type { ErasureRequests } from '../requests/requests';
import { erasureRequestMode, requestDeadline } from '../requests/rules';
import type { ErasureRequestView } from '../requests/store';
import { SELF_SERVICE_PURPOSE, type BroughtLink, type SelfServiceLink, type SelfServiceLinks, type SelfServicePurposeName } from './links';
import { candidateActor, hasActiveApplication, pageOffer, type PageOffer } from './rules';

/** Starts an export of a person's data for them; the download link reaches them by message. */
export interface SubjectExportStarter {
  start(tenantId: string, subjectId: string, requestedBy: { kind: 'candidate'; actorId: string }): Promise<{ exportId: string; state: string }>;
}

export interface SelfServiceDeps {
  links: SelfServiceLinks;
  requests: ErasureRequests;
  policies: PolicyStore;
  clocks: ClockStore;
  issuer: ErasureIssuer;
  /** The export of a person's data, where the service offers it. */
  exports?: SubjectExportStarter;
}

/** What the page of a link shows. */
export interface SelfServiceView {
  link: SelfServiceLink;
  offer: PageOffer;
  /** The person's open erasure request, if any. */
  request?: ErasureRequestView;
  /** When an erasure request opened now would be carried out. */
  deadlineIfOpened: Date;
}

const PAGE_PURPOSES = SELF_SERVICE_PURPOSE.names;

/**
 * The candidate's own decisions about their data, each through a link of its purpose: opening an
 * erasure request (with an optional reason), withdrawing it, being deleted at once (unless an
 * application is still active: then only the request), and an export of their data. The gRPC
 * calls and the pages act through these alike.
 */
export class SelfService {
  constructor(private readonly deps: SelfServiceDeps) {}

  /** What the link opens; uses nothing up. */
  async view(link: BroughtLink, now: Date): Promise<{ ok: true; view: SelfServiceView } | { ok: false; reason: LinkRefusal }> {
    const check = await this.deps.links.inspect(link, PAGE_PURPOSES, now);
    if (!check.ok) return check;
    const { tenantId, subjectId, purpose } = check.link;
    const [request, clock, policy, heldUntil] = await Promise.all([
      this.openRequestOf(tenantId, subjectId),
      this.deps.clocks.get(tenantId, subjectId),
      this.deps.policies.get(tenantId),
      this.deps.clocks.legalHoldUntil(tenantId, subjectId),
    ]);
    const held = heldUntil && heldUntil > now ? heldUntil : undefined;
    const offer = pageOffer(purpose, { requestState: request?.state, activeApplication: hasActiveApplication(clock), deletionHeld: Boolean(held) });
    const deadline = requestDeadline(now, policy);
    return { ok: true, view: { link: check.link, offer, ...(request ? { request } : {}), deadlineIfOpened: held && held > deadline ? held : deadline } };
  }

  /** Opens the erasure request; an open one stays as it is (and the link stays usable). */
  openRequest(link: BroughtLink, purpose: Extract<SelfServicePurposeName, 'erasure-request-open' | 'delete-now'>, reason: string, now: Date): Promise<ErasureRequestView> {
    return this.deps.links.act(link, purpose, now, async ({ tenantId, subjectId }, useLink) => {
      const open = await this.openRequestOf(tenantId, subjectId);
      if (open) return open;
      const policy = await this.deps.policies.get(tenantId);
      await useLink();
      return this.deps.requests.open(tenantId, subjectId, candidateActor(subjectId), reason, now, policy);
    });
  }

  /** Withdraws the open erasure request; without one, NO_OPEN_REQUEST and the link stays usable. */
  withdrawRequest(link: BroughtLink, reason: string, now: Date): Promise<ErasureRequestView> {
    return this.deps.links.act(link, 'erasure-request-withdraw', now, async ({ subjectId, tenantId }, useLink) => {
      if (!(await this.openRequestOf(tenantId, subjectId))) throw new PreconditionError('NO_OPEN_REQUEST', 'there is no open erasure request to withdraw', { type: 'subject', id: subjectId });
      await useLink();
      return this.deps.requests.withdraw(tenantId, subjectId, candidateActor(subjectId), reason, now);
    });
  }

  /**
   * Erases the person at once through the erasure protocol (every service confirms), in the mode an
   * erasure request has; refused (APPLICATION_ACTIVE, the link stays usable) while an application is active.
   */
  deleteNow(link: BroughtLink, now: Date): Promise<{ erasureId: string }> {
    return this.deps.links.act(link, 'delete-now', now, async ({ tenantId, subjectId }, useLink) => {
      if (hasActiveApplication(await this.deps.clocks.get(tenantId, subjectId))) {
        throw new PreconditionError('APPLICATION_ACTIVE', 'an application is still in progress: only an erasure request is possible', { type: 'subject', id: subjectId });
      }
      // The candidate is not told of a deletion that would wait: they are offered the erasure request.
      if (((await this.deps.clocks.legalHoldUntil(tenantId, subjectId)) ?? now) > now) {
        throw new PreconditionError('DELETION_HELD', 'the data cannot be deleted at once: only an erasure request is possible', { type: 'subject', id: subjectId });
      }
      const policy = await this.deps.policies.get(tenantId);
      await useLink();
      const { actorId } = candidateActor(subjectId);
      const { erasureId } = await this.deps.issuer.issue({
        tenantId,
        subjectId,
        mode: erasureRequestMode(policy),
        reason: 'ERASURE_REASON_CANDIDATE_DELETE_NOW',
        trigger: { kind: 'delete-now', actorId, at: now },
      });
      return { erasureId };
    });
  }

  /** Starts an export of the person's data for them; its download link comes by message. */
  requestExport(link: BroughtLink, now: Date): Promise<{ exportId: string }> {
    return this.deps.links.act(link, 'data-export-request', now, async ({ tenantId, subjectId }, useLink) => {
      const { exports } = this.deps;
      if (!exports) throw new PreconditionError('NOT_CONFIGURED', 'this installation does not export data');
      await useLink();
      const { exportId } = await exports.start(tenantId, subjectId, candidateActor(subjectId));
      return { exportId };
    });
  }

  private async openRequestOf(tenantId: string, subjectId: string): Promise<ErasureRequestView | undefined> {
    const doc = await this.deps.requests.store.find(tenantId, subjectId);
    return doc?.state === 'open' ? this.deps.requests.store.get(tenantId, subjectId) : undefined;
  }
}

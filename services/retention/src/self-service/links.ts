import type { SubjectFence } from '@lethe/platform/erasure';
import { PreconditionError, type Reason } from '@lethe/platform/errors';
import type { LinkBinding, LinkRefusal, LinkTokens } from '@lethe/platform/links';
import { protoEnum, type SelfServicePurpose } from '@lethe/protos';

/** What a self-service link lets the candidate do; a link of one purpose never does another's. */
export const SELF_SERVICE_PURPOSE = protoEnum({
  'erasure-request-open': 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST',
  'erasure-request-withdraw': 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST',
  'delete-now': 'SELF_SERVICE_PURPOSE_DELETE_NOW',
  'data-export-request': 'SELF_SERVICE_PURPOSE_REQUEST_DATA_EXPORT',
} as const satisfies Record<string, SelfServicePurpose>);
export type SelfServicePurposeName = (typeof SELF_SERVICE_PURPOSE.names)[number];

/** The page every self-service link opens. */
export const SELF_SERVICE_PATH = '/self-service';

/** The longest a link may work: a withdrawal link as long as an erasure request may be open (the delete period is at most 12 months). */
export const MAX_LINK_DAYS = 366;
export const DEFAULT_LINK_DAYS = 30;
const DAY_MS = 24 * 3600_000;

const LINK_REFUSED: Record<LinkRefusal, Reason> = { invalid: 'LINK_INVALID', expired: 'LINK_EXPIRED', used: 'LINK_USED' };
/** A refused link as the error every caller throws; the pages read the refusal back from its reason. */
const linkRefused = (refusal: LinkRefusal) => new PreconditionError(LINK_REFUSED[refusal], `the link is ${refusal}`);
export const REFUSAL_OF: Readonly<Partial<Record<string, LinkRefusal>>> = Object.fromEntries((Object.keys(LINK_REFUSED) as LinkRefusal[]).map((refusal) => [LINK_REFUSED[refusal], refusal]));

/** A link as the candidate brings it: the token, and the tenant the caller pins (gRPC: the token's tenant; a page: none, the link names it). */
export interface BroughtLink {
  token: string;
  tenantId?: string;
}

/** A link's binding, with its purpose read as a self-service purpose. */
export type SelfServiceLink = LinkBinding & { purpose: SelfServicePurposeName };

/**
 * The candidate's self-service links, one way for the gRPC calls and the pages: issued as the
 * subject's only writer (a link for a person erased meanwhile would outlive them), inspected
 * without using anything up, and used up in the same hold on the subject as the change they allow,
 * after that change was found possible (a refused change leaves the link usable).
 */
export class SelfServiceLinks {
  constructor(
    private readonly tokens: LinkTokens,
    private readonly fence: SubjectFence,
  ) {}

  async issue(tenantId: string, subjectId: string, purpose: SelfServicePurposeName, validDays: number, now: Date): Promise<{ token: string; path: string; expiresAt: Date }> {
    const link = await this.fence.write({ tenantId, subjectId }, () => this.tokens.issue({ tenantId, subjectId, purpose, ttlMs: validDays * DAY_MS, now }));
    return { token: link.token, path: `${SELF_SERVICE_PATH}?token=${link.token}`, expiresAt: link.expiresAt };
  }

  /** What the link is for and whom it names, if it is one of `purposes`, unused and unexpired. */
  async inspect(link: BroughtLink, purposes: readonly SelfServicePurposeName[], now: Date): Promise<{ ok: true; link: SelfServiceLink } | { ok: false; reason: LinkRefusal }> {
    const check = await this.tokens.inspect(link.token, purposes, now, link.tenantId ? { tenantId: link.tenantId } : {});
    if (!check.ok) return check;
    const purpose = SELF_SERVICE_PURPOSE.names.find((name) => name === check.link.purpose);
    return purpose ? { ok: true, link: { ...check.link, purpose } } : { ok: false, reason: 'invalid' };
  }

  /**
   * Acts for the candidate the link names, as the subject's only writer: `work` decides whether the
   * change can be made and, only then, uses the link up (`useLink`) before making it — so of two
   * uses of one link only one changes anything, and a link is never used up for nothing.
   */
  async act<T>(link: BroughtLink, purpose: SelfServicePurposeName, now: Date, work: (link: SelfServiceLink, useLink: () => Promise<void>) => Promise<T>): Promise<T> {
    const check = await this.inspect(link, [purpose], now);
    if (!check.ok) throw linkRefused(check.reason);
    const { tenantId, subjectId } = check.link;
    return this.fence.write({ tenantId, subjectId }, () =>
      work(check.link, async () => {
        const used = await this.tokens.consume(link.token, purpose, now, { tenantId, subjectId });
        if (!used.ok) throw linkRefused(used.reason);
      }),
    );
  }
}

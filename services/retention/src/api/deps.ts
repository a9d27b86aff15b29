import type { SubjectFence } from '@lethe/platform/erasure';
import type { LinkTokens } from '@lethe/platform/links';
import type { RateLimiter } from '@lethe/platform/redis';
import type { HandlerTable, ServiceHandlers } from '@lethe/platform/grpc';
import type { RetentionServiceDefinition } from '@lethe/protos';
import type { ClockStore } from '../clock/store';
import type { ErasureOrchestrator } from '../erasures/orchestrator';
import type { SubjectExports } from '../exports/exports';
import type { ReceiptSigner } from '../erasures/receipts';
import type { LegalHolds } from '../holds/legal-holds';
import type { Marks } from '../marks/marks';
import type { MassActions } from '../mass/mass-actions';
import type { PolicyStore } from '../policy/store';
import type { ApplicationIntake } from '../reports/intake';
import type { ErasureRequests } from '../requests/requests';
import type { SelfServiceLinks } from '../self-service/links';
import type { SelfService } from '../self-service/self-service';

/** What the handlers reach: retention's stores and domain, the write fence, and the service's clock. */
export interface RetentionApiDeps {
  policies: PolicyStore;
  clocks: ClockStore;
  orchestrator: ErasureOrchestrator;
  marks: Marks;
  requests: ErasureRequests;
  massActions: MassActions;
  links: LinkTokens;
  receipts: ReceiptSigner;
  intake: ApplicationIntake;
  fence: SubjectFence;
  /** The candidate's self-service links, and what they do. */
  selfServiceLinks: SelfServiceLinks;
  selfService: SelfService;
  /** The data export of a subject across every service. */
  exports: SubjectExports;
  /** Legal holds: no deletion, anonymisation or reduction of the subject while one holds. */
  legalHolds: LegalHolds;
  /** Limits data exports and mass actions per tenant and client (`expensive`). */
  rateLimits: RateLimiter;
  /** Where candidates reach the self-service pages; without it a link is a path. */
  publicUrl?: string;
  now: () => Date;
}

/** The handlers of some of RetentionService's methods. */
export type RetentionHandlers<K extends keyof ServiceHandlers<RetentionServiceDefinition>> = HandlerTable<RetentionServiceDefinition, K>;

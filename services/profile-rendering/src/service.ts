import { z } from 'zod';
import { ControllerDirectory } from '@lethe/platform/controller';
import { LinkTokens } from '@lethe/platform/links';
import { baseConfigSchema, publicOriginSchema, type ServiceDefinition, type ServiceParts, type ServiceRuntime } from '@lethe/platform/service';
import { profileRenderingApi } from './api';
import { Drafts } from './drafts/drafts';
import { DraftStore } from './drafts/store';
import { profileErasure } from './erasure';
import { profileExport } from './export';
import { consentEventsConsumer } from './events/consent-events';
import { profilePages } from './pages/routes';
import { Peers } from './peers/peers';
import { PdfRenderer } from './render/pdf-renderer';
import { Sending } from './sent/sending';
import { SentLedger } from './sent/store';
import { profileSettingsStore } from './settings/store';
import { rateLimitedPages } from '@lethe/platform/http';

const grpcAddress = z.string().regex(/^[^\s:]+:\d+$/, 'must be host:port');

export const profileRenderingConfigSchema = baseConfigSchema.extend({
  /** Where the candidates, consent and messaging services answer gRPC. */
  CANDIDATES_GRPC_ADDRESS: grpcAddress,
  CONSENT_GRPC_ADDRESS: grpcAddress,
  MESSAGING_GRPC_ADDRESS: grpcAddress,
  /** Where client companies open the profiles and answer them, e.g. https://lethe.example.com. */
  PROFILE_RENDERING_PUBLIC_URL: publicOriginSchema.optional(),
  /** The Chromium that renders PDFs (Debian's package, in the image and locally). */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** PDFs this replica renders at once: each takes a browser page (tens of MB). */
  PROFILE_RENDER_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(2),
});

export type ProfileRenderingConfig = z.infer<typeof profileRenderingConfigSchema>;

/** The profile-rendering service as built: what the lifecycle runs, and the pieces tests reach. */
export interface ProfileRendering {
  parts: ServiceParts;
  drafts: Drafts;
  sending: Sending;
  ledger: SentLedger;
  links: LinkTokens;
}

export function buildProfileRendering(runtime: ServiceRuntime<ProfileRenderingConfig>): ProfileRendering {
  const { config, cipher, fence, mongo } = runtime;
  const now = () => runtime.clock.now();
  const settings = profileSettingsStore(mongo);
  const draftStore = new DraftStore(mongo, cipher);
  const ledger = new SentLedger(mongo, cipher);
  const links = new LinkTokens(mongo, 'client_links', { rateLimits: runtime.rateLimits });
  const peers = new Peers(runtime, { candidates: config.CANDIDATES_GRPC_ADDRESS, consent: config.CONSENT_GRPC_ADDRESS, messaging: config.MESSAGING_GRPC_ADDRESS });
  const controllers = new ControllerDirectory(runtime, config.CONSENT_GRPC_ADDRESS);
  const pdf = new PdfRenderer({ executablePath: config.CHROMIUM_PATH, concurrency: config.PROFILE_RENDER_CONCURRENCY });
  const drafts = new Drafts({ store: draftStore, settings, peers, fence, pdf, now });
  const sending = new Sending({ drafts, ledger, links, settings, peers, fence, publicUrl: config.PROFILE_RENDERING_PUBLIC_URL, now });

  const parts: ServiceParts = {
    grpcServices: [profileRenderingApi({ drafts, sending, ledger, settings, now })],
    httpRoutes: rateLimitedPages(runtime.rateLimits, ['/profiles', '/feedback'], profilePages({ links, ledger, drafts, sending, controllers, now })),
    consumers: [consentEventsConsumer({ sending, fence })],
    erasure: profileErasure({ drafts: draftStore, ledger, sending, links, cipher }),
    export: profileExport({ drafts: draftStore, ledger, links }),
    start: async () => {
      await links.init();
    },
    stop: async () => {
      await pdf.close();
      peers.close();
      controllers.close();
    },
  };
  return { parts, drafts, sending, ledger, links };
}

/** The profile-rendering service: anonymous and clear-data profiles as HTML and PDF, consent-gated, sent through messaging, recalled. */
export const profileRenderingService: ServiceDefinition<typeof profileRenderingConfigSchema> = {
  name: 'profile-rendering',
  configSchema: profileRenderingConfigSchema,
  create: (runtime) => buildProfileRendering(runtime).parts,
};

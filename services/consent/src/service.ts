import { z } from 'zod';
import { LinkTokens } from '@lethe/platform/links';
import { baseConfigSchema, publicOriginSchema, type ServiceDefinition, type ServiceParts, type ServiceRuntime } from '@lethe/platform/service';
import { TOPICS } from '@lethe/protos';
import { consentApi } from './api';
import { CheckCache } from './consents/check-cache';
import { Consents } from './consents/consents';
import { ConsentStore } from './consents/store';
import { consentErasure } from './erasure';
import { consentPages } from './pages/routes';
import { consentSettingsStore, type SettingsStore } from './settings/store';
import { TextStore } from './texts/store';

export const consentConfigSchema = baseConfigSchema.extend({
  /** Where candidates reach the pages, e.g. https://lethe.example.com; the links issued to messaging are absolute with it. */
  CONSENT_PUBLIC_URL: publicOriginSchema.optional(),
  /** How often this replica ends consents whose period is over (every transition is conditional, so replicas may overlap). */
  CONSENT_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
});

export type ConsentConfig = z.infer<typeof consentConfigSchema>;

/** The consent service as built: what the lifecycle runs, and the pieces tests reach. */
export interface Consent {
  parts: ServiceParts;
  consents: Consents;
  store: ConsentStore;
  links: LinkTokens;
  cache: CheckCache;
  settings: SettingsStore;
  texts: TextStore;
}

export function buildConsent(runtime: ServiceRuntime<ConsentConfig>): Consent {
  const { config, cipher, fence } = runtime;
  const now = () => runtime.clock.now();
  const settings = consentSettingsStore(runtime.mongo);
  const texts = new TextStore(runtime.mongo);
  const store = new ConsentStore(runtime.mongo);
  const links = new LinkTokens(runtime.mongo, 'consent_links');
  const cache = new CheckCache(runtime.cache);
  const consents = new Consents({ store, links, cache, settings, texts, cipher, fence });
  let timer: NodeJS.Timeout | undefined;

  const parts: ServiceParts = {
    grpcServices: [consentApi({ consents, settings, texts, cache, serviceName: runtime.name, publicUrl: config.CONSENT_PUBLIC_URL, now })],
    httpRoutes: consentPages({
      consents,
      now,
      keyMaterial: Buffer.from(config.KEY_ENCRYPTION_KEY, 'base64'),
      secureCookies: config.CONSENT_PUBLIC_URL?.startsWith('https://') ?? false,
    }),
    publishes: [TOPICS.consentEvents],
    outbox: [store.model],
    erasure: consentErasure({ store, links, cache, cipher }),
    start: async () => {
      await Promise.all([store.init(), links.init(), texts.init()]);
      timer = setInterval(() => {
        consents.sweep(now()).catch((err: unknown) => runtime.logger.error({ err }, 'consent sweep failed'));
      }, config.CONSENT_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    stop: async () => {
      clearInterval(timer);
    },
  };
  return { parts, consents, store, links, cache, settings, texts };
}

/** The consent service: requests with single-use links (issued to messaging only), grants with proof, checks, expiry, public pages. */
export const consentService: ServiceDefinition<typeof consentConfigSchema> = {
  name: 'consent',
  configSchema: consentConfigSchema,
  create: (runtime) => buildConsent(runtime).parts,
};

import { z } from 'zod';
import { CachedControllers } from '@lethe/platform/controller';
import { LinkTokens } from '@lethe/platform/links';
import { baseConfigSchema, pageFormsConfigSchema, publicOriginSchema, type ServiceDefinition, type ServiceParts, type ServiceRuntime } from '@lethe/platform/service';
import { TOPICS } from '@lethe/protos';
import { consentApi } from './api';
import { CheckCache } from './consents/check-cache';
import { ControllerStore } from './controller/store';
import { Consents } from './consents/consents';
import { ConsentStore } from './consents/store';
import { consentErasure } from './erasure';
import { consentExport } from './export';
import { retentionEventsConsumer } from './events/retention-events';
import { consentPages } from './pages/routes';
import { RestrictionStore } from './restrictions/store';
import { consentSettingsStore, type SettingsStore } from './settings/store';
import { TextStore } from './texts/store';
import { rateLimitedPages } from '@lethe/platform/http';

export const consentConfigSchema = baseConfigSchema.extend({
  ...pageFormsConfigSchema.shape,
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
  controllers: ControllerStore;
  restrictions: RestrictionStore;
}

export function buildConsent(runtime: ServiceRuntime<ConsentConfig>): Consent {
  const { config, cipher, fence } = runtime;
  const now = () => runtime.clock.now();
  const settings = consentSettingsStore(runtime.mongo);
  const texts = new TextStore(runtime.mongo);
  const store = new ConsentStore(runtime.mongo);
  const links = new LinkTokens(runtime.mongo, 'consent_links', { rateLimits: runtime.rateLimits });
  const cache = new CheckCache(runtime.cache);
  const restrictions = new RestrictionStore(runtime.mongo);
  const consents = new Consents({ store, links, cache, settings, texts, cipher, fence, restrictions });
  const controllers = new ControllerStore(runtime.mongo);
  let timer: NodeJS.Timeout | undefined;

  const parts: ServiceParts = {
    grpcServices: [consentApi({ consents, settings, texts, cache, controllers, serviceName: runtime.name, publicUrl: config.CONSENT_PUBLIC_URL, now })],
    httpRoutes: rateLimitedPages(runtime.rateLimits, ['/consent'], consentPages({
      consents,
      // Its own store, read like every other service reads it from here.
      controllers: new CachedControllers((tenantId) => controllers.controllerOf(tenantId), { now }),
      now,
      keyMaterial: Buffer.from(config.CSRF_KEY, 'base64'),
      secureCookies: config.CONSENT_PUBLIC_URL?.startsWith('https://') ?? false,
    })),
    publishes: [TOPICS.consentEvents],
    outbox: [store.model],
    erasure: consentErasure({ store, links, cache, cipher, restrictions }),
    export: consentExport({ store, consents, links, restrictions, issuer: runtime.name }),
    consumers: [retentionEventsConsumer({ restrictions, fence })],
    start: async () => {
      await Promise.all([store.init(), links.init(), texts.init(), restrictions.model.init()]);
      timer = setInterval(() => {
        consents.sweep(now()).catch((err: unknown) => runtime.logger.error({ err }, 'consent sweep failed'));
      }, config.CONSENT_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    stop: async () => {
      clearInterval(timer);
    },
  };
  return { parts, consents, store, links, cache, settings, texts, controllers, restrictions };
}

/** The consent service: requests with single-use links (issued to messaging only), grants with proof, checks, expiry, public pages. */
export const consentService: ServiceDefinition<typeof consentConfigSchema> = {
  name: 'consent',
  configSchema: consentConfigSchema,
  create: (runtime) => buildConsent(runtime).parts,
};

import { z } from 'zod';
import { baseConfigSchema, type ServiceDefinition, type ServiceParts, type ServiceRuntime } from '@lethe/platform';
import { TOPICS } from '@lethe/protos';
import { consentApi } from './api';
import { consentPages } from './pages/routes';
import { SettingsStore } from './settings';
import { ConsentStore } from './store';
import { TextStore } from './texts';

export const consentConfigSchema = baseConfigSchema.extend({
  /** Where candidates reach the pages, e.g. https://lethe.example.com; links in responses are absolute with it. */
  CONSENT_PUBLIC_URL: z
    .string()
    .url()
    .refine((url) => /^https?:\/\/[^/?#]+$/.test(url.replace(/\/$/, '')), 'must be an origin such as https://lethe.example.com')
    .transform((url) => url.replace(/\/$/, ''))
    .optional(),
  /** How often this replica ends consents whose period is over (every transition is conditional, so replicas may overlap). */
  CONSENT_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
});

export type ConsentConfig = z.infer<typeof consentConfigSchema>;

export interface Consent {
  parts: ServiceParts;
  store: ConsentStore;
  settings: SettingsStore;
  texts: TextStore;
}

/** The consent service's parts; the definition below is what runs, tests reach the pieces through this. */
export function buildConsent(runtime: ServiceRuntime<ConsentConfig>): Consent {
  const { config } = runtime;
  const now = () => runtime.clock.now();
  const settings = new SettingsStore(runtime.mongo);
  const texts = new TextStore(runtime.mongo);
  const store = new ConsentStore(runtime, settings, texts);
  let timer: NodeJS.Timeout | undefined;

  const parts: ServiceParts = {
    grpcServices: [consentApi({ store, settings, texts, serviceName: runtime.name, publicUrl: config.CONSENT_PUBLIC_URL, now })],
    httpRoutes: consentPages({
      store,
      now,
      keyMaterial: Buffer.from(config.KEY_ENCRYPTION_KEY, 'base64'),
      secureCookies: config.CONSENT_PUBLIC_URL?.startsWith('https://') ?? false,
    }),
    publishes: [TOPICS.consentEvents],
    outbox: [store.model],
    // Requests, consents with their receipts, links and the cache go; the deletion log is the remaining record.
    erasure: async (command) => {
      // obey records the tombstone before this runs: a request whose writes land after these
      // deletes finds it on its check after writing, and takes them back.
      const counts = await store.erase(command.tenantId, command.subjectId);
      // Cached "no consent" answers say nothing about the person; records, links or a key do.
      const held = counts.consents + counts.links + counts.keys > 0;
      return { outcome: held ? 'done' : 'nothing-held', counts };
    },
    start: async () => {
      await Promise.all([store.init(), texts.init()]);
      timer = setInterval(() => {
        store.sweep(now()).catch((err: unknown) => runtime.logger.error({ err }, 'consent sweep failed'));
      }, config.CONSENT_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    stop: async () => {
      clearInterval(timer);
    },
  };
  return { parts, store, settings, texts };
}

/** The consent service: requests with single-use links, grants with proof, checks, expiry, public pages. */
export const consentService: ServiceDefinition<typeof consentConfigSchema> = {
  name: 'consent',
  configSchema: consentConfigSchema,
  create: (runtime) => buildConsent(runtime).parts,
};

import { z } from 'zod';
import { ControllerDirectory } from '@lethe/platform/controller';
import { LinkTokens } from '@lethe/platform/links';
import { baseConfigSchema, configFlag, publicOriginSchema, type ServiceDefinition, type ServiceParts, type ServiceRuntime } from '@lethe/platform/service';
import { TOPICS } from '@lethe/protos';
import { messagingApi } from './api';
import { deliveryCallbackRoutes, type DeliveryCallbackOptions } from './channels/callbacks';
import { EmailTransport } from './channels/email';
import { MetaWhatsAppTransport } from './channels/meta-whatsapp';
import { TwilioSmsTransport } from './channels/twilio-sms';
import type { Transport } from './channels/transport';
import { messagingErasure } from './erasure';
import { messagingExport } from './export';
import { consentRequestsConsumer } from './events/consent-requests';
import { retentionEventsConsumer } from './events/retention-events';
import { retentionNoticesConsumer } from './events/retention-notices';
import { statusTemplatesConsumer } from './events/status-templates';
import { talentLinksConsumer } from './events/talent-links';
import { Delivery } from './messages/delivery';
import { Messages } from './messages/messages';
import { MessageStore } from './messages/store';
import { UNSUBSCRIBE_LINK_DAYS, UNSUBSCRIBE_PURPOSE, unsubscribePages } from './pages/unsubscribe';
import { Peers } from './peers/peers';
import { Recipients } from './recipients/recipients';
import { UserAddresses } from './recipients/user-addresses';
import { messagingSettingsStore } from './settings/store';
import { SubjectStates } from './subjects/store';
import type { Channel } from './templates/catalogue';
import { TemplateStore } from './templates/store';
import { Templates } from './templates/templates';
import { rateLimitedPages } from '@lethe/platform/http';

const grpcAddress = z.string().regex(/^[^\s:]+:\d+$/, 'must be host:port');

/** An address as a sender names it: no spaces or angle brackets, an @ with something on either side. */
const isSenderAddress = (address: string) => /^[^<>\s]+$/.test(address) && address.slice(1, -1).includes('@');

/** `Name <address>`, `"Name" <address>` or a bare address; read part by part, in linear time. */
function parseSender(raw: string): { name: string; address: string } | undefined {
  const value = raw.trim();
  const open = value.indexOf('<');
  if (open === -1) return isSenderAddress(value) ? { name: '', address: value } : undefined;
  const address = value.slice(open + 1, -1);
  if (!value.endsWith('>') || !isSenderAddress(address)) return undefined;
  let name = value.slice(0, open).trim();
  if (name.startsWith('"')) name = name.slice(1);
  if (name.endsWith('"')) name = name.slice(0, -1);
  return name.includes('"') ? undefined : { name: name.trim(), address };
}

const sender = z
  .string()
  .max(500, 'must be at most 500 characters')
  .transform((value, ctx) => {
    const parsed = parseSender(value);
    if (!parsed) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be an address, optionally with a name: Lethe <no-reply@lethe.example>' });
      return z.NEVER;
    }
    return parsed;
  });

const configSchema = baseConfigSchema.extend({
  /** Where the candidates, consent and retention services answer gRPC. */
  CANDIDATES_GRPC_ADDRESS: grpcAddress,
  CONSENT_GRPC_ADDRESS: grpcAddress,
  RETENTION_GRPC_ADDRESS: grpcAddress,
  /** Where talent-crm answers gRPC: the addresses of people known only as talents, and the links of its questions to them. */
  TALENT_CRM_GRPC_ADDRESS: grpcAddress.optional(),
  /** Where people reach the unsubscribe page and providers the delivery callbacks, e.g. https://lethe.example.com. */
  MESSAGING_PUBLIC_URL: publicOriginSchema.optional(),
  /** smtp://host:port (STARTTLS when the server offers it) or smtps://host:port (TLS from the start). */
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s/]+$/, 'must be smtp://host:port or smtps://host:port'),
  SMTP_USERNAME: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  /** Refuse to send unless the server offers STARTTLS (always on in production). */
  SMTP_REQUIRE_TLS: configFlag(false),
  /** The sender of tenants that set none: the installation's "global sender". */
  SMTP_FROM: sender.default('Lethe <no-reply@lethe.local>'),
  SMTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(5),
  /** SMS through Twilio's Messages API; without an account the channel is not configured. TWILIO_FROM is a number or a Messaging Service SID (MG…). */
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-f]{32}$/, 'must be a Twilio account SID (AC…)').optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_FROM: z.string().regex(/^(\+[1-9]\d{6,14}|MG[0-9a-f]{32})$/, 'must be an E.164 number or a Messaging Service SID (MG…)').optional(),
  TWILIO_API_URL: z.string().url().default('https://api.twilio.com'),
  /** WhatsApp through Meta's Cloud API; without a phone number id the channel is not configured. */
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d{5,30}$/, 'must be the WhatsApp phone number id (digits)').optional(),
  WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  WHATSAPP_APP_SECRET: z.string().min(1).optional(),
  WHATSAPP_VERIFY_TOKEN: z.string().min(1).optional(),
  WHATSAPP_API_URL: z.string().url().default('https://graph.facebook.com'),
  WHATSAPP_API_VERSION: z.string().regex(/^v\d+\.\d+$/, 'must be a Graph API version such as v21.0').default('v21.0'),
  /** How often this replica looks for due messages besides being nudged by new ones. */
  MESSAGING_DELIVERY_INTERVAL_MS: z.coerce.number().int().min(100).default(2_000),
  /** Messages this replica sends at once. */
  MESSAGING_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
});

/** A provider named without its credentials is a mistake to report at boot, not at the first message. */
export const messagingConfigSchema = configSchema.superRefine((config, ctx) => {
  const needs = (given: keyof typeof config, required: readonly (keyof typeof config)[]) => {
    if (config[given] === undefined) return;
    for (const variable of required.filter((name) => config[name] === undefined)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [variable], message: `is required with ${given}` });
    }
  };
  needs('TWILIO_ACCOUNT_SID', ['TWILIO_AUTH_TOKEN', 'TWILIO_FROM']);
  needs('WHATSAPP_PHONE_NUMBER_ID', ['WHATSAPP_ACCESS_TOKEN']);
});

export type MessagingConfig = z.infer<typeof messagingConfigSchema>;

/** The messaging service as built: what the lifecycle runs, and the pieces tests reach. */
export interface Messaging {
  parts: ServiceParts;
  messages: Messages;
  delivery: Delivery;
  store: MessageStore;
  templates: Templates;
  subjects: SubjectStates;
  users: UserAddresses;
  links: LinkTokens;
}

/** The channels this installation can send through, from its configuration. */
export function transportsOf(config: MessagingConfig): Map<Channel, Transport> {
  const transports = new Map<Channel, Transport>();
  transports.set(
    'email',
    new EmailTransport({
      url: config.SMTP_URL,
      username: config.SMTP_USERNAME,
      password: config.SMTP_PASSWORD,
      requireTls: config.SMTP_REQUIRE_TLS,
      defaultFrom: config.SMTP_FROM,
      maxConnections: config.SMTP_MAX_CONNECTIONS,
    }),
  );
  if (config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN && config.TWILIO_FROM) {
    transports.set(
      'sms',
      new TwilioSmsTransport({
        accountSid: config.TWILIO_ACCOUNT_SID,
        authToken: config.TWILIO_AUTH_TOKEN,
        sender: config.TWILIO_FROM.startsWith('MG') ? { messagingServiceSid: config.TWILIO_FROM } : { from: config.TWILIO_FROM },
        statusCallbackUrl: twilioCallbackUrl(config),
        baseUrl: config.TWILIO_API_URL,
      }),
    );
  }
  if (config.WHATSAPP_PHONE_NUMBER_ID && config.WHATSAPP_ACCESS_TOKEN) {
    transports.set(
      'whatsapp',
      new MetaWhatsAppTransport({ phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID, accessToken: config.WHATSAPP_ACCESS_TOKEN, apiVersion: config.WHATSAPP_API_VERSION, baseUrl: config.WHATSAPP_API_URL }),
    );
  }
  return transports;
}

/** Where Twilio reports on the messages it took: the URL it signs its reports with. */
function twilioCallbackUrl(config: MessagingConfig): string | undefined {
  return config.MESSAGING_PUBLIC_URL ? `${config.MESSAGING_PUBLIC_URL}/callbacks/twilio` : undefined;
}

/** The providers' delivery reports, for the channels configured with what verifies them. */
function callbackOptions(config: MessagingConfig, delivery: Delivery): DeliveryCallbackOptions {
  const twilioUrl = twilioCallbackUrl(config);
  return {
    twilio: config.TWILIO_AUTH_TOKEN && twilioUrl ? { authToken: config.TWILIO_AUTH_TOKEN, publicUrl: twilioUrl } : undefined,
    meta: config.WHATSAPP_APP_SECRET && config.WHATSAPP_VERIFY_TOKEN ? { appSecret: config.WHATSAPP_APP_SECRET, verifyToken: config.WHATSAPP_VERIFY_TOKEN } : undefined,
    onReport: (report) => delivery.report(report),
  };
}

export function buildMessaging(runtime: ServiceRuntime<MessagingConfig>, transports: Map<Channel, Transport> = transportsOf(runtime.config)): Messaging {
  const { config, cipher, fence, mongo } = runtime;
  const now = () => runtime.clock.now();
  const settings = messagingSettingsStore(mongo);
  const store = new MessageStore(mongo);
  const templates = new Templates(new TemplateStore(mongo));
  const subjects = new SubjectStates(mongo);
  const users = new UserAddresses(mongo, cipher);
  const links = new LinkTokens(mongo, 'unsubscribe_links', { rateLimits: runtime.rateLimits });
  const recipients = new Recipients(runtime, { candidates: config.CANDIDATES_GRPC_ADDRESS, talentCrm: config.TALENT_CRM_GRPC_ADDRESS }, users);
  const peers = new Peers(runtime, { consent: config.CONSENT_GRPC_ADDRESS, retention: config.RETENTION_GRPC_ADDRESS, talentCrm: config.TALENT_CRM_GRPC_ADDRESS });
  const controllers = new ControllerDirectory(runtime, config.CONSENT_GRPC_ADDRESS);
  const nudgeDelivery = () => {
    delivery.nudge().catch((err: unknown) => runtime.logger.error({ err }, 'a delivery round failed'));
  };
  const messages = new Messages({
    store,
    templates,
    settings,
    subjects,
    recipients,
    peers,
    controllers,
    cipher,
    fence,
    unsubscribeLink: async (tenantId, subjectId, channel, at) => {
      const link = await links.issue({ tenantId, subjectId, purpose: UNSUBSCRIBE_PURPOSE, scope: channel, ttlMs: UNSUBSCRIBE_LINK_DAYS * 86_400_000, now: at });
      return `${config.MESSAGING_PUBLIC_URL ?? ''}/unsubscribe?token=${link.token}`;
    },
    defaultCompany: config.SMTP_FROM.name || 'Lethe',
    now,
    queued: () => nudgeDelivery(),
  });
  const delivery = new Delivery({
    store,
    messages,
    settings,
    cipher,
    fence,
    transports,
    logger: runtime.logger,
    now,
    concurrency: config.MESSAGING_DELIVERY_CONCURRENCY,
    // Longer than any transport waits for its provider, so only a stopped process leaves one behind.
    interruptedAfterMs: 5 * 60_000,
  });
  const consumerDeps = { messages, peers, recipients, store, subjects, users, settings, fence, serviceName: runtime.name, now };
  let timer: NodeJS.Timeout | undefined;

  const parts: ServiceParts = {
    grpcServices: [messagingApi({ templates, messages, store, cipher, settings, users, now })],
    // The providers' callbacks are signed and come in bursts: only the page people open is limited.
    httpRoutes: (app) => {
      rateLimitedPages(runtime.rateLimits, ['/unsubscribe'], unsubscribePages({ links, subjects, fence, controllers, now }))(app);
      deliveryCallbackRoutes(callbackOptions(config, delivery))(app);
    },
    // The questions talent-crm asks talents by link, where it is deployed.
    consumers: [retentionNoticesConsumer(consumerDeps), retentionEventsConsumer(consumerDeps), consentRequestsConsumer(consumerDeps), statusTemplatesConsumer(consumerDeps), ...(config.TALENT_CRM_GRPC_ADDRESS ? [talentLinksConsumer(consumerDeps)] : [])],
    publishes: [TOPICS.messagingEvents],
    outbox: [store.model],
    erasure: messagingErasure({ store, delivery: delivery, subjects, links, cipher }),
    export: messagingExport({ store, subjects, links, cipher }),
    start: async () => {
      await Promise.all([store.init(), links.init()]);
      timer = setInterval(nudgeDelivery, config.MESSAGING_DELIVERY_INTERVAL_MS);
      timer.unref();
    },
    stop: async () => {
      clearInterval(timer);
      await delivery.idle();
      await Promise.all([...transports.values()].map((transport) => transport.close()));
      recipients.close();
      peers.close();
      controllers.close();
    },
  };
  return { parts, messages, delivery: delivery, store, templates, subjects, users, links };
}

/** The messaging service: templates, email over SMTP (SMS and WhatsApp with a licence), a delivery outbox that forgets with the person. */
export const messagingService: ServiceDefinition<typeof messagingConfigSchema> = {
  name: 'messaging',
  configSchema: messagingConfigSchema,
  create: (runtime) => buildMessaging(runtime).parts,
};

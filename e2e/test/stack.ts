// Shared set-up of the tests across services: the real messaging service with the real candidates,
// consent and retention services it calls (service tokens), and on request the profile-rendering
// and talent-crm services, all on the local Kafka, FerretDB, Redis and Mailpit, with topics of their own so events
// flow between exactly these services.
import { generateKeyPairSync } from 'node:crypto';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { ManualClock } from '@lethe/platform/service';
import { captureLogs, captureSpans, definitionWithHandle, devTokenSigner, MailpitClient, startTestService, startTestServices, testAuth, testInfra, uniqueName, type CapturedLogs, type CapturedSpans, type LocalStack, type TestAuth, type TestService } from '@lethe/platform/testkit';
import { loadGrpcObject, type CandidatesProto, type ConsentProto, type MessagingProto, type ProfilesProto, type RecruitingProto, type RetentionProto, type TalentsProto } from '@lethe/protos';
import { candidatesService } from '@lethe/candidates/src/service';
import { consentService } from '@lethe/consent/src/service';
import { buildRetention, retentionConfigSchema, type Retention } from '@lethe/retention/src/service';
import type { Transport } from '@lethe/messaging/src/channels/transport';
import { freePort } from '@lethe/platform/testkit';
import { buildMessaging, messagingConfigSchema, transportsOf, type Messaging, type MessagingConfig } from '@lethe/messaging/src/service';
import type { Channel } from '@lethe/messaging/src/templates/catalogue';
import { buildProfileRendering, profileRenderingConfigSchema, type ProfileRendering, type ProfileRenderingConfig } from '@lethe/profile-rendering/src/service';
import { buildTalentCrm, talentCrmConfigSchema, type TalentCrm, type TalentCrmConfig } from '@lethe/talent-crm/src/service';
import { serviceCallersOf } from '../../deploy/src/registry';

export const MessagingService = loadGrpcObject<MessagingProto>().lethe.messaging.v1.MessagingService;
const ProfileRenderingService = loadGrpcObject<ProfilesProto>().lethe.profiles.v1.ProfileRenderingService;
export const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;
const { RecruitingService } = loadGrpcObject<RecruitingProto>().lethe.candidates.v1;
export const { ConsentService } = loadGrpcObject<ConsentProto>().lethe.consent.v1;
export const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;
export const { TalentCrmService } = loadGrpcObject<TalentsProto>().lethe.talents.v1;

export type MessagingClient = InstanceType<typeof MessagingService>;

export const RECRUITER_RIGHTS = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings, RIGHTS.setConsentManually, RIGHTS.seeMarked, RIGHTS.readTalents, RIGHTS.writeTalents];

export interface Clients {
  tenantId: string;
  messaging: MessagingClient;
  candidates: InstanceType<typeof CandidatesService>;
  recruiting: InstanceType<typeof RecruitingService>;
  consent: InstanceType<typeof ConsentService>;
  retention: InstanceType<typeof RetentionService>;
  /** When the stack runs the profile-rendering service. */
  profiles: InstanceType<typeof ProfileRenderingService>;
  /** When the stack runs the talent-crm service. */
  talents: InstanceType<typeof TalentCrmService>;
}

export interface Stack {
  auth: TestAuth;
  /** Messaging's clock: delivery, retries and "once per day" read it. */
  clock: ManualClock;
  /** Retention's clock: its sweep erases what is due by it. */
  retentionClock: ManualClock;
  retention: () => Retention;
  logs: CapturedLogs;
  /** Every service's spans. */
  spans: CapturedSpans;
  mailpit: MailpitClient;
  services: { candidates: TestService<never>; consent: TestService<never>; retention: TestService<never>; messaging: TestService<MessagingConfig>; profiles?: TestService<ProfileRenderingConfig>; talents?: TestService<TalentCrmConfig> };
  messaging: () => Messaging;
  profiles: () => ProfileRendering;
  talents: () => TalentCrm;
  /** A recruiter's clients of every service (a user token with the recruiter's rights, or those given). */
  recruiter(tenantId: string, rights?: readonly string[], actorId?: string): Promise<Clients>;
  /** Messaging's client with a service token (a workflow of another service). */
  workflow(tenantId: string, rights?: readonly string[]): Promise<MessagingClient>;
  close(): Promise<void>;
}

export interface KitOptions {
  env?: Record<string, string>;
  /** Channels to send through instead of the configured ones (e.g. a provider that is down). */
  transports?: (config: MessagingConfig) => Map<Channel, Transport>;
  /** Also start the profile-rendering service. */
  profiles?: boolean;
  /** Also start the talent-crm service. */
  talents?: boolean;
  /** Retention's own configuration beside the stack's (e.g. the data export's deadline). */
  retentionEnv?: Record<string, string>;
}

export async function startStack(options: KitOptions = {}): Promise<Stack> {
  // Without talent-crm in the stack, its workflows' service tokens still call messaging (`workflow`).
  const auth = await testAuth({ services: ['talent-crm'] });
  const logs = captureLogs();
  const spans = captureSpans();
  const observed = { logDestination: logs.destination, spanExporter: spans.exporter };
  const clock = new ManualClock();
  clock.set(new Date());
  const shared = {
    KAFKA_TOPIC_PREFIX: `${uniqueName('msg')}.`,
    ERASURE_SERVICES: ['candidates', 'consent', 'retention', 'messaging', ...(options.profiles ? ['profile-rendering'] : []), ...(options.talents ? ['talent-crm'] : [])].join(','),
    ERASURE_RECEIPT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    RETENTION_SWEEP_INTERVAL_MS: '3600000',
    LOG_LEVEL: 'info',
  };
  const retentionClock = new ManualClock();
  retentionClock.set(new Date());
  const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
  // Fixed HTTP ports, so the links in messages are absolute on them as on a public host.
  const [consentPort, consentGrpcPort, retentionPort, messagingPort, profilesPort, talentsPort, talentsGrpcPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort()]);
  // Fixed gRPC ports of the services retention asks for their part of a data export, started beside or after it.
  const [candidatesGrpcPort, messagingGrpcPort, profilesGrpcPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const exportAddresses = {
    CANDIDATES_GRPC_ADDRESS: `127.0.0.1:${candidatesGrpcPort}`,
    MESSAGING_GRPC_ADDRESS: `127.0.0.1:${messagingGrpcPort}`,
    ...(options.profiles ? { PROFILE_RENDERING_GRPC_ADDRESS: `127.0.0.1:${profilesGrpcPort}` } : {}),
    ...(options.talents ? { TALENT_CRM_GRPC_ADDRESS: `127.0.0.1:${talentsGrpcPort}` } : {}),
  };
  const [candidates, consent, retentionService] = await startTestServices([
    startTestService(candidatesService, auth, { env: { ...shared, ...callers('candidates'), GRPC_PORT: String(candidatesGrpcPort) }, ...observed }),
    startTestService(consentService, auth, { env: { ...shared, ...callers('consent'), GRPC_PORT: String(consentGrpcPort), HTTP_PORT: String(consentPort), CONSENT_PUBLIC_URL: `http://127.0.0.1:${consentPort}` }, ...observed }),
    startTestService(retention.definition, auth, {
      clock: retentionClock,
      env: { ...shared, ...callers('retention'), HTTP_PORT: String(retentionPort), RETENTION_PUBLIC_URL: `http://127.0.0.1:${retentionPort}`, CONSENT_GRPC_ADDRESS: `127.0.0.1:${consentGrpcPort}`, ...exportAddresses, ...options.retentionEnv },
      ...observed,
    }),
  ] as const);
  const handle = definitionWithHandle('messaging', messagingConfigSchema, (runtime) => buildMessaging(runtime, (options.transports ?? transportsOf)(runtime.config)));
  const messaging = await startTestService(handle.definition, auth, {
    clock,
    ...observed,
    env: {
      ...shared,
      ...callers('messaging'),
      SMTP_URL: testInfra().smtpUrl,
      SMTP_FROM: 'Muster Personal <no-reply@muster-personal.example>',
      CANDIDATES_GRPC_ADDRESS: candidates.address,
      CONSENT_GRPC_ADDRESS: consent.address,
      RETENTION_GRPC_ADDRESS: retentionService.address,
      ...(options.talents ? { TALENT_CRM_GRPC_ADDRESS: `127.0.0.1:${talentsGrpcPort}` } : {}),
      MESSAGING_DELIVERY_INTERVAL_MS: '200',
      GRPC_PORT: String(messagingGrpcPort),
      HTTP_PORT: String(messagingPort),
      MESSAGING_PUBLIC_URL: `http://127.0.0.1:${messagingPort}`,
      ...options.env,
    },
  });
  const profileHandle = definitionWithHandle('profile-rendering', profileRenderingConfigSchema, buildProfileRendering);
  const profiles = options.profiles
    ? await startTestService(profileHandle.definition, auth, {
        ...observed,
        env: {
          ...shared,
          ...callers('profile-rendering'),
          CANDIDATES_GRPC_ADDRESS: candidates.address,
          CONSENT_GRPC_ADDRESS: consent.address,
          MESSAGING_GRPC_ADDRESS: messaging.address,
          GRPC_PORT: String(profilesGrpcPort),
          HTTP_PORT: String(profilesPort),
          PROFILE_RENDERING_PUBLIC_URL: `http://127.0.0.1:${profilesPort}`,
        },
      })
    : undefined;
  const talentHandle = definitionWithHandle('talent-crm', talentCrmConfigSchema, buildTalentCrm);
  const talents = options.talents
    ? await startTestService(talentHandle.definition, auth, {
        ...observed,
        env: {
          ...shared,
          ...callers('talent-crm'),
          GRPC_PORT: String(talentsGrpcPort),
          CANDIDATES_GRPC_ADDRESS: candidates.address,
          CONSENT_GRPC_ADDRESS: consent.address,
          MESSAGING_GRPC_ADDRESS: messaging.address,
          HTTP_PORT: String(talentsPort),
          TALENT_CRM_PUBLIC_URL: `http://127.0.0.1:${talentsPort}`,
        },
      })
    : undefined;
  const closers: (() => void)[] = [];
  const kit: Stack = {
    auth,
    clock,
    retentionClock,
    retention: retention.built,
    logs,
    spans,
    mailpit: new MailpitClient(),
    services: { candidates: candidates as TestService<never>, consent: consent as TestService<never>, retention: retentionService as TestService<never>, messaging, profiles, talents },
    messaging: handle.built,
    profiles: profileHandle.built,
    talents: talentHandle.built,
    recruiter: async (tenantId, rights = RECRUITER_RIGHTS, actorId = 'recruiter-1') => {
      const token = await auth.mint({ tenantId, actorId, rights: [...rights] });
      const clients: Clients = {
        tenantId,
        messaging: createClient(MessagingService, messaging.address, { token }),
        candidates: createClient(CandidatesService, candidates.address, { token }),
        recruiting: createClient(RecruitingService, candidates.address, { token }),
        consent: createClient(ConsentService, consent.address, { token }),
        retention: createClient(RetentionService, retentionService.address, { token }),
        profiles: createClient(ProfileRenderingService, profiles?.address ?? '127.0.0.1:9', { token }),
        talents: createClient(TalentCrmService, talents?.address ?? '127.0.0.1:9', { token }),
      };
      const { tenantId: _tenant, ...grpcClients } = clients;
      closers.push(() => Object.values(grpcClients).forEach((client) => client.close()));
      return clients;
    },
    workflow: async (tenantId, rights = [RIGHTS.readCandidates, RIGHTS.writeCandidates]) => {
      const client = createClient(MessagingService, messaging.address, { token: await auth.mint({ tenantId, actorId: 'talent-crm', actorKind: 'service', rights: [...rights] }) });
      closers.push(() => client.close());
      return client;
    },
    close: async () => {
      for (const close of closers) close();
      await talents?.stop();
      await profiles?.stop();
      await messaging.stop();
      await Promise.all([candidates.stop(), consent.stop(), retentionService.stop()]);
    },
  };
  return kit;
}

/** A candidate with an address of their own, so their mail can be told from other tests'. */
export async function createCandidate(clients: Clients, personal: Record<string, unknown> = {}): Promise<{ id: string; email: string }> {
  const email = `${uniqueName('cand')}@example.org`;
  const { candidate } = await unaryCall(clients.candidates, 'CreateCandidate', {
    candidate: { personal: { salutation: 'Frau', firstName: 'Erika', lastName: 'Mustermann', email, ...personal }, tags: [], source: 'job_board' },
  });
  return { id: candidate!.id, email: String(personal.email ?? email) };
}

/** A message's id as the API returned it. */
export async function sendMessage(client: MessagingClient, request: Record<string, unknown>) {
  return unaryCall(client, 'SendMessage', { idempotencyKey: uniqueName('send'), templateKey: 'message', values: { subject: 'Ihre Bewerbung', text: 'Vielen Dank.' }, ...request });
}

export { freePort };

/** As the chart runs them: a service admits only the callers the registry names, with their rights. */
export function callers(service: string): { AUTH_SERVICE_CALLERS: string } {
  return { AUTH_SERVICE_CALLERS: JSON.stringify(serviceCallersOf(service)) };
}
export { failure, uniqueName, waitFor } from '@lethe/platform/testkit';

const formValue = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];

/** "Delete now" on the self-service page a link opens, as the person clicks it in the link of a message. */
export async function deleteNowThroughSelfService(url: string): Promise<void> {
  const page = await fetch(url);
  const html = await page.text();
  const csrf = formValue(html, 'csrf');
  const cookie = page.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ');
  if (page.status !== 200 || !csrf) throw new Error(`the self-service page answered ${page.status}`);
  const form = new URLSearchParams({ token: formValue(html, 'token')!, csrf, action: 'delete-now' });
  const posted = await fetch(new URL('/self-service', url), { method: 'POST', body: form, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
  if (posted.status !== 200) throw new Error(`delete-now answered ${posted.status}`);
}

/** A token minted again before it gets old: runs against a process stack last longer than a token. */
function freshToken(mint: () => Promise<string>): () => Promise<string> {
  let token: Promise<string> | undefined;
  let mintedAt = 0;
  return () => {
    if (!token || Date.now() - mintedAt > 4 * 60_000) {
      mintedAt = Date.now();
      token = mint();
    }
    return token;
  };
}

/**
 * The clients of a recruiter of `tenantId` to a stack of real processes, and messaging's client
 * to retention for the self-service links of its messages (nobody else gets one).
 */
export function processStackClients(stack: LocalStack, tenantId: string) {
  const services = stack.services.map((service) => service.name);
  const recruiter = freshToken(async () => (await devTokenSigner()).mint({ tenantId, actorId: 'recruiter-1', actorKind: 'user', rights: [...RECRUITER_RIGHTS], services, ttlSeconds: 600 }));
  const messaging = freshToken(async () => (await devTokenSigner('messaging')).mint({ tenantId, actorId: 'messaging', actorKind: 'service', rights: [RIGHTS.issueLinks], services: ['retention'], ttlSeconds: 300 }));
  const address = (name: string) => stack.service(name).address;
  // Two cores busy with six services and the infrastructure: a call may take seconds.
  const asRecruiter = { tokenProvider: recruiter, deadlineMs: 30_000 };
  return {
    candidates: createClient(CandidatesService, address('candidates'), asRecruiter),
    recruiting: createClient(RecruitingService, address('candidates'), asRecruiter),
    consent: createClient(ConsentService, address('consent'), asRecruiter),
    retention: createClient(RetentionService, address('retention'), asRecruiter),
    talents: createClient(TalentCrmService, address('talent-crm'), asRecruiter),
    messaging: createClient(MessagingService, address('messaging'), asRecruiter),
    profiles: createClient(ProfileRenderingService, address('profile-rendering'), asRecruiter),
    linksForMessaging: createClient(RetentionService, address('retention'), { tokenProvider: messaging, deadlineMs: 30_000 }),
  };
}

// Shared set-up of the consent tests: the real service on the local infrastructure with a manual
// clock, clients of any tenant, the consent events it publishes, and the page flow over HTTP.
import { RIGHTS } from '@lethe/platform/auth';
import { ERASURE_MODE, type ErasureModeName } from '@lethe/platform/erasure';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import type { Subscription } from '@lethe/platform/kafka';
import { ManualClock } from '@lethe/platform/service';
import { captureLogs, definitionWithHandle, erasureDriver as platformErasureDriver, startTestService, testAuth, uniqueName, waitFor, type CapturedLogs, type TestAuth, type TestService } from '@lethe/platform/testkit';
import {
  encodeMessage,
  loadGrpcObject,
  TOPICS,
  type ConsentProto,
  type ErasureAck__Output,
  type EventTypeName,
  type IssuedLink__Output,
} from '@lethe/protos';
import { buildConsent, consentConfigSchema, type Consent, type ConsentConfig } from '../src/service';

export const ConsentService = loadGrpcObject<ConsentProto>().lethe.consent.v1.ConsentService;
export type ConsentClient = InstanceType<typeof ConsentService>;

export const ALL_RIGHTS = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings, RIGHTS.setConsentManually];

/** Issues a request's link as messaging does: with a service token of the tenant the request belongs to. */
type Sender = (requestId: string) => Promise<IssuedLink__Output>;
/** The messaging stand-in of the tenant each recruiter's client (from `client`) calls for. */
const sendersOf = new WeakMap<ConsentClient, Sender>();

export interface SeenEvent {
  type: EventTypeName;
  tenantId: string;
  subjectId?: string;
  payload: Record<string, unknown>;
  /** The encoded payload and the envelope as JSON, for canary scans. */
  bytes: Buffer;
}

export interface ConsentKit {
  service: TestService<ConsentConfig>;
  consent: () => Consent;
  auth: TestAuth;
  logs: CapturedLogs;
  clock: ManualClock;
  events: SeenEvent[];
  /** A recruiter's client (actor recruiter-1, a user token). */
  client(tenantId: string, rights?: readonly string[]): Promise<ConsentClient>;
  /** Messaging's client: a service token of the tenant, with links:issue unless other rights are given. */
  messaging(tenantId: string, rights?: readonly string[]): Promise<ConsentClient>;
  close(): Promise<void>;
}

export async function startConsent(env: Record<string, string> = {}): Promise<ConsentKit> {
  // talent-crm records the consents given on its talent form with its own service tokens.
  const auth = await testAuth({ services: ['talent-crm'] });
  const logs = captureLogs();
  const clock = new ManualClock();
  const handle = definitionWithHandle('consent', consentConfigSchema, buildConsent);
  const service = await startTestService(handle.definition, auth, { clock, logDestination: logs.destination, env: { LOG_LEVEL: 'info', ...env } });
  const events: SeenEvent[] = [];
  const subscription: Subscription = await service.runtime.bus.subscribe({
    groupId: uniqueName('consent-test-events'),
    topics: [TOPICS.consentEvents],
    fromBeginning: true,
    handler: async (event) => {
      events.push({
        type: event.type,
        tenantId: event.envelope.tenantId,
        subjectId: event.envelope.subjectId,
        payload: event.payload as unknown as Record<string, unknown>,
        bytes: Buffer.concat([encodeMessage(event.type, event.payload), Buffer.from(JSON.stringify(event))]),
      });
    },
  });
  const clients: ConsentClient[] = [];
  const messaging: ConsentKit['messaging'] = async (tenantId, rights = [RIGHTS.issueLinks]) => {
    const client = createClient(ConsentService, service.address, { token: await auth.mint({ tenantId, actorId: 'messaging', actorKind: 'service', rights: [...rights] }) });
    clients.push(client);
    return client;
  };
  return {
    service,
    consent: handle.built,
    auth,
    logs,
    clock,
    events,
    client: async (tenantId, rights = ALL_RIGHTS) => {
      const client = createClient(ConsentService, service.address, { token: await auth.mint({ tenantId, actorId: 'recruiter-1', rights: [...rights] }) });
      clients.push(client);
      let sender: Promise<ConsentClient> | undefined;
      sendersOf.set(client, async (requestId) => unaryCall(await (sender ??= messaging(tenantId)), 'IssueRequestLink', { requestId }));
      return client;
    },
    messaging,
    close: async () => {
      for (const client of clients) client.close();
      await subscription.stop();
      await service.stop();
    },
  };
}

export { failure } from '@lethe/platform/testkit';

export const CLEAR_DATA = 'CONSENT_KIND_CLEAR_DATA_SHARING' as const;

/** Sends a request as messaging does: its link issued with a service token of the recruiter's tenant (the link never goes to the recruiter). */
export async function sendRequest(recruiter: ConsentClient, requestId: string): Promise<IssuedLink__Output> {
  const send = sendersOf.get(recruiter);
  if (!send) throw new Error('not a client of ConsentKit.client');
  return send(requestId);
}

/** A clear-data request for one client, made by the recruiter and sent by messaging; returns the request and its link. */
export async function requestClearData(client: ConsentClient, subjectId: string, clientId = 'client-a', clientName = 'Muster GmbH') {
  const response = await unaryCall(client, 'RequestConsent', { subjectId, kind: CLEAR_DATA, clientId, clientName });
  const requestId = response.consent!.requestId;
  const link = await sendRequest(client, requestId);
  return { requestId, token: link.token, linkUrl: link.url, expiresAt: link.expiresAt };
}

export async function checkClearData(client: ConsentClient, subjectId: string, clientId = 'client-a'): Promise<boolean> {
  return (await unaryCall(client, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId })).granted;
}

export interface OpenedPage {
  status: number;
  html: string;
  headers: Headers;
  cookie?: string;
  csrf?: string;
  textId?: string;
  textMac?: string;
}

/** GET of the consent page, as a mail scanner or a browser without scripts would do it. */
export async function openPage(httpUrl: string, token: string, language = 'de-DE,de;q=0.9', chosen?: 'de' | 'en'): Promise<OpenedPage> {
  const res = await fetch(`${httpUrl}/consent?token=${encodeURIComponent(token)}${chosen ? `&lang=${chosen}` : ''}`, { headers: { 'accept-language': language } });
  const html = await res.text();
  return {
    status: res.status,
    html,
    headers: res.headers,
    cookie: res.headers.get('set-cookie')?.split(';')[0],
    csrf: /name="csrf" value="([^"]+)"/.exec(html)?.[1],
    textId: /name="textId" value="([^"]+)"/.exec(html)?.[1],
    textMac: /name="textMac" value="([^"]+)"/.exec(html)?.[1],
  };
}

/** POST of the page's form. */
export async function answer(
  httpUrl: string,
  form: Record<string, string | undefined>,
  cookie?: string,
): Promise<{ status: number; body: string; contentType: string | null }> {
  const body = new URLSearchParams(Object.entries(form).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (cookie) headers.cookie = cookie;
  const res = await fetch(`${httpUrl}/consent`, { method: 'POST', body, headers, redirect: 'manual' });
  return { status: res.status, body: await res.text(), contentType: res.headers.get('content-type') };
}

/** Opens the page and gives (or refuses) consent on it. */
export async function decideOnPage(httpUrl: string, token: string, decision: 'grant' | 'decline' = 'grant') {
  const page = await openPage(httpUrl, token);
  if (page.status !== 200) throw new Error(`the consent page answered ${page.status}`);
  return answer(httpUrl, { token, csrf: page.csrf, textId: page.textId, textMac: page.textMac, decision }, page.cookie);
}

export async function eventsOf(kit: ConsentKit, subjectId: string, type: EventTypeName, count = 1): Promise<SeenEvent[]> {
  return waitFor(() => {
    const found = kit.events.filter((event) => event.subjectId === subjectId && event.type === type);
    return found.length >= count ? found : undefined;
  }, 20_000, `${count} ${type} event(s)`);
}

export interface ErasureDriver {
  /** Issues a command as retention does and waits for the consent service's acknowledgement. */
  erase(tenantId: string, subjectId: string, mode?: ErasureModeName): Promise<ErasureAck__Output>;
  stop(): Promise<void>;
}

export async function erasureDriver(kit: ConsentKit): Promise<ErasureDriver> {
  const driver = await platformErasureDriver(kit.service.runtime.bus, uniqueName('consent-test-acks'), 'consent');
  return { erase: (tenantId, subjectId, mode = 'delete') => driver.erase(tenantId, subjectId, { mode: ERASURE_MODE.toProto(mode) }), stop: () => driver.stop() };
}

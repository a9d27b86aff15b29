// Set-up of the tests of reminders and automation rules: the real talent-crm with the real
// candidates, consent and messaging services it works with (service tokens both ways: messaging
// reads a talent's address from talent-crm), on one topic prefix, mail landing in Mailpit, and a
// clock of talent-crm's own that the tests move.
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { ManualClock, type BaseConfig } from '@lethe/platform/service';
import {
  captureLogs,
  definitionWithHandle,
  erasureDriver,
  MailpitClient,
  startTestService,
  startTestServices,
  testAuth,
  testInfra,
  uniqueName,
  type CapturedLogs,
  type ErasureDriver,
  type TestAuth,
  type TestService,
} from '@lethe/platform/testkit';
import { loadGrpcObject, type ConsentProto, type MessagingProto } from '@lethe/protos';
import { candidatesService } from '@lethe/candidates/src/service';
import { consentService } from '@lethe/consent/src/service';
import { buildMessaging, messagingConfigSchema } from '@lethe/messaging/src/service';
import { callers, freePort } from '../stack';
import { ReminderDelivery } from '@lethe/talent-crm/src/reminders/delivery';
import { RuleRunner } from '@lethe/talent-crm/src/rules/runner';
import { buildTalentCrm, talentCrmConfigSchema, type TalentCrm, type TalentCrmConfig } from '@lethe/talent-crm/src/service';
import { ALL_RIGHTS, TalentCrmService, type TalentCrmClient } from '@lethe/talent-crm/test/kit';

const { ConsentService } = loadGrpcObject<ConsentProto>().lethe.consent.v1;
const { MessagingService } = loadGrpcObject<MessagingProto>().lethe.messaging.v1;
export type ConsentClient = InstanceType<typeof ConsentService>;
export type MessagingClient = InstanceType<typeof MessagingService>;

/** No service answers here: retention is not part of these tests. */
const NOWHERE = '127.0.0.1:1';

export interface AutomationStack {
  auth: TestAuth;
  /** talent-crm's clock: reminders fall due, and rules record their runs, by it. */
  clock: ManualClock;
  logs: CapturedLogs;
  mailpit: MailpitClient;
  crm: TestService<TalentCrmConfig>;
  built(): TalentCrm;
  /** The rules' runner and the reminders' delivery of another replica, on the same stores. */
  replica(): { runner: RuleRunner; delivery: ReminderDelivery };
  /** A recruiter of the tenant in talent-crm (every right of it by default). */
  client(tenantId: string, rights?: readonly string[], actorId?: string): Promise<TalentCrmClient>;
  /** A recruiter of the tenant in consent, who may set consent manually. */
  consent(tenantId: string): Promise<ConsentClient>;
  /** An administrator of the tenant in messaging (recruiters' addresses). */
  messaging(tenantId: string): Promise<MessagingClient>;
  /** Gives the recruiter a mailbox of their own in messaging's address book; returns its address. */
  recruiterMailbox(tenantId: string, userId: string): Promise<string>;
  /** Issues erasure commands to talent-crm as retention does. */
  erasure(): Promise<ErasureDriver>;
  close(): Promise<void>;
}

export async function startAutomationStack(): Promise<AutomationStack> {
  const auth = await testAuth();
  const logs = captureLogs();
  const clock = new ManualClock(new Date());
  const shared = { KAFKA_TOPIC_PREFIX: `${uniqueName('auto')}.`, LOG_LEVEL: 'info' };
  const [crmPort, messagingPort] = await Promise.all([freePort(), freePort()]);
  const [candidates, consent] = await startTestServices([startTestService(candidatesService, auth, { env: { ...shared, ...callers('candidates') } }), startTestService(consentService, auth, { env: { ...shared, ...callers('consent') } })] as const);
  const messagingHandle = definitionWithHandle('messaging', messagingConfigSchema, (runtime) => buildMessaging(runtime));
  const crmHandle = definitionWithHandle('talent-crm', talentCrmConfigSchema, buildTalentCrm);
  const started: { stop(): Promise<void> }[] = [candidates, consent];
  let messaging: TestService<BaseConfig>;
  let crm: TestService<TalentCrmConfig>;
  try {
    messaging = await startTestService(messagingHandle.definition, auth, {
      env: {
        ...shared,
        ...callers('messaging'),
        SMTP_URL: testInfra().smtpUrl,
        SMTP_FROM: 'Muster Personal <no-reply@muster-personal.example>',
        CANDIDATES_GRPC_ADDRESS: candidates.address,
        CONSENT_GRPC_ADDRESS: consent.address,
        RETENTION_GRPC_ADDRESS: NOWHERE,
        TALENT_CRM_GRPC_ADDRESS: `127.0.0.1:${crmPort}`,
        MESSAGING_DELIVERY_INTERVAL_MS: '200',
        HTTP_PORT: String(messagingPort),
        MESSAGING_PUBLIC_URL: `http://127.0.0.1:${messagingPort}`,
      },
    });
    started.push(messaging);
    crm = await startTestService(crmHandle.definition, auth, {
      clock,
      logDestination: logs.destination,
      env: {
        ...shared,
        ...callers('talent-crm'),
        GRPC_PORT: String(crmPort),
        CANDIDATES_GRPC_ADDRESS: candidates.address,
        CONSENT_GRPC_ADDRESS: consent.address,
        MESSAGING_GRPC_ADDRESS: messaging.address,
        TALENT_RULES_INTERVAL_MS: '200',
        TALENT_REMINDERS_INTERVAL_MS: '200',
      },
    });
  } catch (err) {
    await Promise.all(started.map((service) => service.stop()));
    throw err;
  }
  const closers: (() => Promise<void> | void)[] = [];
  const track = <C extends { close(): void }>(client: C): C => {
    closers.push(() => client.close());
    return client;
  };
  const userToken = (tenantId: string, rights: readonly string[], actorId = 'recruiter-1') => auth.mint({ tenantId, actorId, actorKind: 'user', rights: [...rights] });
  const messagingAdmin = async (tenantId: string) => track(createClient(MessagingService, messaging.address, { token: await userToken(tenantId, [RIGHTS.readCandidates, RIGHTS.manageSettings]) }));
  return {
    auth,
    clock,
    logs,
    mailpit: new MailpitClient(),
    crm,
    built: crmHandle.built,
    replica: () => {
      const { automation, talents, talentStore, subjects, peers } = crmHandle.built();
      const common = { talents, peers, fence: crm.runtime.fence, logger: crm.runtime.logger, now: () => clock.now() };
      return {
        runner: new RuleRunner({ ...common, rules: automation.ruleStore, runs: automation.runStore, queue: automation.triggerQueue, talentTriggers: talentStore, subjects }),
        delivery: new ReminderDelivery({ ...common, store: automation.reminderStore, reminders: automation.reminders, rules: automation.rules }),
      };
    },
    client: async (tenantId, rights = ALL_RIGHTS, actorId = 'recruiter-1') => track(createClient(TalentCrmService, crm.address, { token: await userToken(tenantId, rights, actorId) })),
    consent: async (tenantId) => track(createClient(ConsentService, consent.address, { token: await userToken(tenantId, [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.setConsentManually]) })),
    messaging: messagingAdmin,
    recruiterMailbox: async (tenantId, userId) => {
      const email = `${uniqueName(userId)}@muster-personal.example`;
      await unaryCall(await messagingAdmin(tenantId), 'SetUserAddress', { address: { userId, email, name: 'Rita Recruiter', language: 'de' } });
      return email;
    },
    erasure: async () => {
      const driver = await erasureDriver(crm.runtime.bus, uniqueName('erasure-acks'), 'talent-crm');
      closers.push(() => driver.stop());
      return driver;
    },
    close: async () => {
      for (const close of closers.reverse()) await close();
      await crm.stop();
      await messaging.stop();
      await Promise.all([candidates.stop(), consent.stop()]);
    },
  };
}

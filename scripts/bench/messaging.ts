// The messaging service against bare baselines on the same machine, in the same run:
//   email: messages to candidates through SendMessage (idempotency, rules, the address looked up in
//     the candidates service, the tenant's controller from the consent service for the mail's foot,
//     rendering, encryption, the outbox, the delivery loop) until Mailpit
//     has them all, vs bare nodemailer sending mails of the same size to the same Mailpit over the
//     same number of pooled connections; throughput ratio, same concurrency. A third side shows
//     the floor the database sets: bare nodemailer plus the three writes any durable outbox makes
//     per message (the message, the attempt begun, its outcome), straight through the driver.
//     Also the messaging service's database commands per message (its data and key store, the
//     delivery loop and the relay included, its idle polls taken off) against a budget, and where
//     the time went: accepting the calls, then delivering after the last one was accepted.
//   render: a shipped template rendered as the service renders it (text and escaped HTML with
//     links and paragraphs, the channel's size check) vs the bare Handlebars engine rendering the
//     same template text twice (text and HTML), each compiled once.
// Settings: BENCH_MESSAGING_EMAILS (300), BENCH_MESSAGING_CONCURRENCY (8), BENCH_MESSAGING_RENDERS
// (20000), BENCH_MESSAGING_ONLY (email or render; both by default).
import Handlebars from 'handlebars';
import nodemailer from 'nodemailer';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, unaryCall } from '../../services/platform/src/grpc';
import { MailpitClient, sampleController, startTestService, testAuth, testInfra, uniqueName } from '../../services/platform/src/testkit';
import { RIGHTS } from '../../services/platform/src/auth';
import { toControllerFields } from '../../services/platform/src/controller';
import { serviceCallersOf } from '../../deploy/src/registry';
import { candidatesService } from '../../services/candidates/src/service';
import { consentService } from '../../services/consent/src/service';
import { messagingService } from '../../services/messaging/src/service';
import { kindOf } from '../../services/messaging/src/templates/catalogue';
import { render } from '../../services/messaging/src/templates/templates';
import { loadGrpcObject, type CandidatesProto, type ConsentProto, type MessagingProto } from '../../protos/src';
import { commandCost, commandTime, countedServiceDatabases } from './commands';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting, runParts } from './harness';

const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;
const { MessagingService } = loadGrpcObject<MessagingProto>().lethe.messaging.v1;
const { ConsentService } = loadGrpcObject<ConsentProto>().lethe.consent.v1;

/**
 * The commands a message may take in the messaging service: the idempotency key claimed, the
 * person's data key read (or made), the message written with its event, the delivery claimed,
 * its attempt and outcome recorded, the erased-subject check, and the relay's share of reading
 * and cleaning up the outbox. A message's cost does not grow with how many are sent.
 */
const COMMANDS_PER_MESSAGE = 10;

const TEXT = 'vielen Dank für Ihre Bewerbung. Wir melden uns in den nächsten Tagen bei Ihnen, um einen Termin für ein erstes Gespräch zu vereinbaren.';

/** Runs `send` for every index, `concurrency` at a time, with a progress bar. */
async function inParallel(count: number, concurrency: number, send: (index: number) => Promise<unknown>, context: BenchContext, label: string): Promise<void> {
  const progress = context.progress(label, count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        await send(next++);
        progress.tick();
      }
    }),
  );
  progress.done();
}

/** Waits until Mailpit holds `count` messages whose subject carries `marker`. */
async function arrived(mailpit: MailpitClient, marker: string, count: number, context: BenchContext, label: string): Promise<void> {
  const progress = context.progress(label, count);
  const started = Date.now();
  let seen = 0;
  for (;;) {
    const { total } = await mailpit.search(`subject:"${marker}"`, { limit: 1 });
    progress.tick(total - seen);
    seen = total;
    if (total >= count) break;
    if (Date.now() - started > 600_000) throw new Error(`only ${total} of ${count} mails arrived within 10 minutes`);
    await sleep(50);
  }
  progress.done();
}

async function emailBenchmark(context: BenchContext): Promise<BenchResult> {
  const emails = intSetting('BENCH_MESSAGING_EMAILS', 300);
  const concurrency = intSetting('BENCH_MESSAGING_CONCURRENCY', 8);
  const infra = testInfra();
  const mailpit = new MailpitClient();
  const auth = await testAuth();
  const shared = { KAFKA_TOPIC_PREFIX: `${uniqueName('bench')}.`, LOG_LEVEL: 'warn' };
  const candidates = await startTestService(candidatesService, auth, { env: shared });
  // Every mail to a candidate names the tenant's controller, which the consent service publishes.
  const consent = await startTestService(consentService, auth, { env: { ...shared, AUTH_SERVICE_CALLERS: JSON.stringify(serviceCallersOf('consent')) } });
  const counted = countedServiceDatabases(infra.mongoUri);
  const messaging = await startTestService(messagingService, auth, {
    env: {
      ...shared,
      ...counted.env,
      SMTP_URL: infra.smtpUrl,
      SMTP_MAX_CONNECTIONS: String(concurrency),
      MESSAGING_DELIVERY_CONCURRENCY: String(concurrency),
      CANDIDATES_GRPC_ADDRESS: candidates.address,
      CONSENT_GRPC_ADDRESS: consent.address,
      // Messages of this kind do not call retention.
      RETENTION_GRPC_ADDRESS: '127.0.0.1:9',
    },
  });
  const tenantId = uniqueName('tenant');
  const token = await auth.mint({ tenantId, actorId: 'bench', rights: [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings], ttlSeconds: 3600 });
  const candidatesClient = createClient(CandidatesService, candidates.address, { token });
  const messagingClient = createClient(MessagingService, messaging.address, { token });
  const consentClient = createClient(ConsentService, consent.address, { token });
  const bare = nodemailer.createTransport({ pool: true, maxConnections: concurrency, host: '127.0.0.1', port: Number(new URL(infra.smtpUrl).port), secure: false });
  try {
    await unaryCall(consentClient, 'UpdateController', { controller: toControllerFields(sampleController()), expectedVersion: 0 });
    const recipients: { id: string; email: string }[] = [];
    await inParallel(
      Math.min(emails, 50),
      concurrency,
      async (index) => {
        const email = `bench-${uniqueName('c')}-${index}@example.org`;
        const { candidate } = await unaryCall(candidatesClient, 'CreateCandidate', { candidate: { personal: { salutation: 'Frau', firstName: 'Erika', lastName: `Bench${index}`, email }, tags: [], source: 'job_board' } });
        recipients.push({ id: candidate!.id, email });
      },
      context,
      'candidates',
    );

    // The relay and the delivery loop poll while idle: measured here, taken off the run's counts.
    const idle = await counted.commands.idle(3_000);
    const serviceMarker = uniqueName('svc');
    const { result: phases, tally } = await counted.commands.during(async () => {
      const serviceStart = process.hrtime.bigint();
      await inParallel(
        emails,
        concurrency,
        (index) =>
          unaryCall(messagingClient, 'SendMessage', {
            idempotencyKey: `${serviceMarker}-${index}`,
            recipient: { candidateId: recipients[index % recipients.length].id },
            templateKey: 'message',
            values: { subject: `${serviceMarker} ${index}`, text: TEXT },
          }, { deadlineMs: 30_000 }),
        context,
        'service: SendMessage',
      );
      const acceptedMs = Number(process.hrtime.bigint() - serviceStart) / 1e6;
      await arrived(mailpit, serviceMarker, emails, context, 'service: delivered');
      return { acceptedMs, deliveredMs: Number(process.hrtime.bigint() - serviceStart) / 1e6 };
    });
    const serviceMs = phases.deliveredMs;
    const cost = commandCost('email', 'message sent', emails, tally, { commands: COMMANDS_PER_MESSAGE }, idle);

    // The same mails, as the service rendered them, straight to Mailpit.
    const sample = await mailpit.getMessage((await mailpit.search(`subject:"${serviceMarker}"`, { limit: 1 })).messages[0].ID);
    const bareMarker = uniqueName('bare');
    const bareStart = process.hrtime.bigint();
    await inParallel(
      emails,
      concurrency,
      (index) => bare.sendMail({ from: 'Lethe <no-reply@lethe.local>', to: recipients[index % recipients.length].email, subject: `${bareMarker} ${index}`, text: sample.Text, html: sample.HTML }),
      context,
      'bare nodemailer',
    );
    await arrived(mailpit, bareMarker, emails, context, 'bare: delivered');
    const bareMs = Number(process.hrtime.bigint() - bareStart) / 1e6;

    // The outbox's own writes, and nothing else, around the same bare sends.
    const floorMarker = uniqueName('floor');
    const outbox = messaging.runtime.mongo.db!.collection<{ _id: string; state: string; content: string; attempts: unknown[] }>(uniqueName('bench_outbox'));
    const floorStart = process.hrtime.bigint();
    await inParallel(
      emails,
      concurrency,
      async (index) => {
        const _id = `${floorMarker}-${index}`;
        await outbox.insertOne({ _id, state: 'queued', content: sample.HTML + sample.Text, attempts: [] });
        await outbox.updateOne({ _id }, { $set: { state: 'sending' } });
        await bare.sendMail({ from: 'Lethe <no-reply@lethe.local>', to: recipients[index % recipients.length].email, subject: `${floorMarker} ${index}`, text: sample.Text, html: sample.HTML });
        await outbox.updateOne({ _id }, { $set: { state: 'sent' }, $push: { attempts: { number: 1, outcome: 'sent' } } });
      },
      context,
      'bare nodemailer + outbox writes',
    );
    await arrived(mailpit, floorMarker, emails, context, 'floor: delivered');
    const floorMs = Number(process.hrtime.bigint() - floorStart) / 1e6;
    await outbox.drop();

    const servicePerSecond = (emails / serviceMs) * 1000;
    const barePerSecond = (emails / bareMs) * 1000;
    const floorPerSecond = (emails / floorMs) * 1000;
    const ratio = servicePerSecond / barePerSecond;
    for (const marker of [serviceMarker, bareMarker, floorMarker]) await mailpit.deleteSearch(`subject:"${marker}"`);
    return {
      rows: [
        { benchmark: 'email', side: 'bare nodemailer', emails, concurrency, ms: Math.round(bareMs), perSecond: barePerSecond },
        { benchmark: 'email', side: 'bare nodemailer + 3 outbox writes', emails, concurrency, ms: Math.round(floorMs), perSecond: floorPerSecond },
        { benchmark: 'email', side: 'messaging service', emails, concurrency, ms: Math.round(serviceMs), perSecond: servicePerSecond },
        { benchmark: 'email breakdown', side: 'service: until every SendMessage was accepted (lookup, render, encryption, outbox; delivery runs meanwhile)', emails, concurrency, ms: Math.round(phases.acceptedMs) },
        { benchmark: 'email breakdown', side: 'service: delivering after the last was accepted (SMTP, attempt and outcome written)', emails, concurrency, ms: Math.round(phases.deliveredMs - phases.acceptedMs) },
        { benchmark: 'email breakdown', side: 'service: database commands (summed over concurrent ones)', emails, concurrency, ms: Math.round(commandTime(tally).ms), busiest: commandTime(tally).slowest },
        cost.row,
      ],
      summary: {
        'email throughput: service / bare nodemailer': ratio,
        'email throughput: bare nodemailer + outbox writes / bare nodemailer (the database floor)': floorPerSecond / barePerSecond,
        'email throughput: service / bare nodemailer + outbox writes': servicePerSecond / floorPerSecond,
      },
      goals: [goal('emails per second, service / bare nodemailer, same concurrency', ratio, { atLeast: 0.5 }), ...cost.goals],
      settings: { emails, concurrency },
    };
  } finally {
    bare.close();
    candidatesClient.close();
    messagingClient.close();
    consentClient.close();
    await messaging.stop();
    await consent.stop();
    await candidates.stop();
    counted.commands.close();
  }
}

async function renderBenchmark(context: BenchContext): Promise<BenchResult> {
  const renders = intSetting('BENCH_MESSAGING_RENDERS', 20_000);
  const kind = kindOf('deletion-notice')!;
  const text = kind.defaults.de.email!;
  const values = {
    company: 'Muster Personal GmbH',
    salutation: 'Frau',
    firstName: 'Erika',
    lastName: 'Mustermann',
    deletionDate: '31.01.2027',
    extendLink: 'https://lethe.example.com/consent?token=Q2hhbmdlIG1lIHBsZWFzZSwgSSBhbSBhIHRva2VuISEh',
    deleteNowLink: 'https://lethe.example.com/self-service?token=SSBhbSBhbm90aGVyIHRva2VuLCBzdGlsbCBmYWtlISE',
  };
  const template = { kind, channel: 'email' as const, text };
  const bareEngine = Handlebars.create();
  const bare = { subject: bareEngine.compile(text.subject, { noEscape: true }), text: bareEngine.compile(text.body, { noEscape: true }), html: bareEngine.compile(text.body) };
  const measure = (label: string, once: () => unknown) => {
    for (let i = 0; i < 1_000; i++) once();
    const progress = context.progress(label, renders);
    const start = process.hrtime.bigint();
    for (let i = 1; i <= renders; i++) {
      once();
      if (i % 1_000 === 0) progress.tick(1_000);
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    progress.done();
    return ms;
  };
  const bareMs = measure('bare handlebars', () => [bare.subject(values), bare.text(values), bare.html(values)]);
  const serviceMs = measure('service render', () => render(template, values));
  const ratio = serviceMs / bareMs;
  return {
    rows: [
      { benchmark: 'render', side: 'bare handlebars', renders, ms: Math.round(bareMs), usPerRender: (bareMs * 1000) / renders },
      { benchmark: 'render', side: 'service render', renders, ms: Math.round(serviceMs), usPerRender: (serviceMs * 1000) / renders },
    ],
    summary: { 'render time: service / bare handlebars': ratio },
    goals: [goal('render time, service / bare engine', ratio, { atMost: 1.5 })],
    settings: { renders },
  };
}

export const benchmark: Benchmark = {
  name: 'messaging',
  description: 'emails through the service vs bare nodemailer to the same Mailpit; template rendering vs the bare engine',
  run: (context) => runParts(context, 'BENCH_MESSAGING_ONLY', { email: emailBenchmark, render: renderBenchmark }),
};

// The forensic scan: canary persons (unique names, addresses, phones, notes, file names and contents,
// message texts, talent notes, ATS payloads, clear-data profiles with a note to the client, rendered
// as HTML and PDF and mailed to a contact person) go through every path of a stack of all six services as
// real processes; then the raw bytes of every store are searched for them — alive, after every person
// was erased through the self-service "delete now", and after the databases were compacted:
// Lethe's own Kafka topics' log segments, FerretDB's files (data and key stores), Redis, the
// services' log files, their temporary directories (the PDF renderer's Chromium profile) and their
// spans in Jaeger hold none at any stage (encrypted at rest, PII-free
// events, logs and traces). Mailpit holds them while the persons are alive (mail went to them and
// their profiles to the client's contact persons) and none once the recipients' mail is deleted, as
// a mailbox's retention does. The ATS's own topic holds its payloads while its retention lasts.
// Run alone: the scans read the shared stores.
//
//   LETHE_FORENSIC_PERSONS   how many canary persons (12 in CI; 1000 for the full run)
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { clientStreamCall, unaryCall } from '@lethe/platform/grpc';
import { inBatches } from '@lethe/platform/mongo';
import { closeRedis, connectRedis } from '@lethe/platform/redis';
import { createLogger } from '@lethe/platform/telemetry';
import {
  compactDatabases,
  kafkaLogDir,
  MailpitClient,
  makeCanaries,
  scanBytesForCanaries,
  scanDirectoryForCanaries,
  scanFilesForCanaries,
  scanOwnTopicsForCanaries,
  scanRedisForCanaries,
  startLocalStack,
  stateDir,
  testInfra,
  uniqueName,
  waitFor,
  waitForMail,
  type Canaries,
  type CanaryHit,
  type LocalStack,
} from '@lethe/platform/testkit';
import { TOPICS } from '@lethe/protos';
import { atsEvent, atsKafka, atsKafkaConfig, atsRecord } from '@lethe/talent-crm/src/cli/ats';
import { SERVICES, serviceCallersOf } from '../../deploy/src/registry';
import { deleteNowThroughSelfService, processStackClients } from './stack';


const PERSONS = Number(process.env.LETHE_FORENSIC_PERSONS ?? 12);
/** Persons created, and erased, at once. */
const CONCURRENCY = 6;
const FILE_TIMEOUT_MS = (8 + PERSONS * 0.03) * 60_000;
const NAMESPACE = uniqueName('forensic');
const TOPIC_PREFIX = `${NAMESPACE}.`;
const TENANT = uniqueName('agency');
const LOGS_DIR = path.join(stateDir(), 'logs', NAMESPACE);
/** The namespace's databases are named `<namespace>_<database>` (local-stack.ts), as files `<name>.sqlite*`. */
const DATABASE_PREFIX = `${NAMESPACE}_`.replace(/[^A-Za-z0-9_-]/g, '_');
/** The OpenTelemetry batch span processor exports every 5 s: a span of a call just made is in Jaeger after that. */
const SPAN_EXPORT_MS = 7_000;
/** Traces one Jaeger search returns: below the in-memory store's capacity (LETHE_JAEGER_MAX_TRACES), as Jaeger demands. */
const JAEGER_SEARCH_DEPTH = Math.min(10_000, Number(process.env.LETHE_JAEGER_MAX_TRACES ?? 20_000) - 1);

let stack: LocalStack;
const started = Date.now();
const startedUs = started * 1000;
const say = (line: string) => void process.stderr.write(`[forensic ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

beforeAll(async () => {
  say(`starting ${SERVICES.length} services in namespace ${NAMESPACE}; logs in ${LOGS_DIR}`);
  stack = await startLocalStack({
    services: SERVICES.map((service) => ({ name: service.name, obeysErasure: service.obeysErasure, callers: serviceCallersOf(service.name) })),
    namespace: NAMESPACE,
    // Below the range the system hands out for ephemeral ports, apart from the faults test's.
    ports: (_name, index) => ({ grpc: 27151 + index, http: 27181 + index }),
    logsDir: LOGS_DIR,
    say,
  });
}, 300_000);

const closers: (() => void)[] = [];
afterAll(async () => {
  for (const close of closers) close();
  await stack?.stop();
});

function clients() {
  const made = processStackClients(stack, TENANT);
  for (const client of Object.values(made)) closers.push(() => client.close());
  return made;
}
type Clients = ReturnType<typeof clients>;

const CANDIDATE_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'street', 'city', 'notes', 'fileName', 'fileText', 'messageSubject', 'messageText', 'profileNote'];
const TALENT_FIELDS = ['talentFirstName', 'talentLastName', 'talentEmail', 'talentPhone', 'talentCity', 'talentHeadline', 'talentNote'];
const ATS_FIELDS = ['atsFirstName', 'atsLastName', 'atsEmail', 'atsPhone', 'atsCity', 'atsHeadline'];

interface Person {
  canaries: Canaries;
  /** The subjects the person left in Lethe: the candidate, and the talent a recruiter or the ATS made. */
  subjects: string[];
  /** Where mail to them, or about them, went: the candidate, and the contact person their profile was sent to. */
  recipients: string[];
}

const CLIENT_NAME = 'Beispiel AG';

/** The client company the profiles go to, and its request; each person's profile goes to a contact person of its own. */
interface ProfileClient {
  clientId: string;
  clientRequestId: string;
}

async function profileClient(c: Clients): Promise<ProfileClient> {
  const company = await unaryCall(c.recruiting, 'CreateClient', { name: CLIENT_NAME });
  const contact = await unaryCall(c.recruiting, 'CreateContactPerson', { contact: { clientId: company.id, firstName: 'Max', lastName: 'Kontakt', email: `kontakt.${NAMESPACE}@beispiel-ag.example` } });
  const request = await unaryCall(c.recruiting, 'CreateClientRequest', { clientId: company.id, contactPersonId: contact.id, title: 'Leitung Backend-Entwicklung' });
  return { clientId: company.id, clientRequestId: request.id };
}

/** A PDF whose text is the canary: the file's content is personal data as well. */
const cvWith = (text: string) => Buffer.concat([Buffer.from(`%PDF-1.7\n1 0 obj (${text}) endobj\n`), Buffer.alloc(8 * 1024, ' ')]);

/**
 * A candidate with notes, an uploaded file, a storage consent request (mail), a message (mail) and
 * a clear-data profile sent to a contact person of the client (mail); then a talent: every second
 * person's made by a recruiter (with a note), the others' by the ATS.
 */
async function createPerson(c: Clients, client: ProfileClient, index: number): Promise<Person> {
  const canaries = makeCanaries(`FORENSIC${index}`, [...CANDIDATE_FIELDS, ...(index % 2 === 0 ? TALENT_FIELDS : ATS_FIELDS)]);
  const { candidate } = await unaryCall(c.candidates, 'CreateCandidate', {
    candidate: {
      personal: { salutation: 'Frau', firstName: canaries.firstName, lastName: canaries.lastName, email: canaries.email, phone: canaries.phone, address: { street: canaries.street, zip: '50667', city: canaries.city, country: 'DE' }, notes: canaries.notes },
      tags: ['forensic'],
      source: 'job_board',
    },
    allowDuplicates: true,
  });
  const candidateId = candidate!.id;
  await clientStreamCall(c.candidates, 'UploadFile', [{ header: { candidateId, kind: 'FILE_KIND_CV', fileName: `${canaries.fileName}.pdf` } }, { chunk: cvWith(canaries.fileText!) }]);
  await unaryCall(c.consent, 'RequestConsent', { subjectId: candidateId, kind: 'CONSENT_KIND_STORAGE', periodMonths: 24 });
  await unaryCall(c.messaging, 'SendMessage', {
    idempotencyKey: `forensic-message:${candidateId}`,
    recipient: { candidateId },
    templateKey: 'message',
    values: { subject: canaries.messageSubject, text: canaries.messageText },
  });
  const contactEmail = await sendProfile(c, client, candidateId, index, canaries);
  const talentId = index % 2 === 0 ? await recruiterTalent(c, canaries) : await atsTalent(c, index, canaries);
  return { canaries, subjects: [candidateId, talentId], recipients: [canaries.email!, contactEmail] };
}

/**
 * The candidate's clear-data profile (name, contact data, address, notes) to a contact person of
 * the client: consent for the client, a draft, its preview and PDF, and the send with a note, which
 * puts it in the sent ledger and mails it; then the client's answer ends the presentation. Returns
 * where the profile went.
 */
async function sendProfile(c: Clients, client: ProfileClient, candidateId: string, index: number, canaries: Canaries): Promise<string> {
  const email = `kontakt.${index}.${NAMESPACE}@beispiel-ag.example`;
  const contact = await unaryCall(c.recruiting, 'CreateContactPerson', { contact: { clientId: client.clientId, firstName: 'Max', lastName: `Kontakt${index}`, email } });
  // Asked by mail, then granted by the recruiter on the candidate's documented word.
  await unaryCall(c.consent, 'RequestConsent', { subjectId: candidateId, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: client.clientId, clientName: CLIENT_NAME });
  await waitForMail(canaries.email!, (mail) => mail.Subject.includes(CLIENT_NAME), 60_000);
  await unaryCall(c.consent, 'GrantManually', { subjectId: candidateId, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: client.clientId });
  const draft = await unaryCall(c.profiles, 'CreateDraft', { candidateId, clientRequestId: client.clientRequestId, kind: 'PROFILE_KIND_CLEAR_DATA' });
  const preview = await unaryCall(c.profiles, 'PreviewDraft', { id: draft.id });
  if (!preview.html.includes(canaries.lastName!)) throw new Error(`the profile of person ${index} does not show the candidate's name`);
  await unaryCall(c.profiles, 'RenderDraftPdf', { id: draft.id });
  await unaryCall(c.profiles, 'SendProfile', { draftId: draft.id, contentHash: preview.contentHash, contactPersonId: contact.id, note: canaries.profileNote });
  // The client declines: a presentation in progress would leave the person only an erasure request, not "delete now".
  for (const presentation of (await unaryCall(c.recruiting, 'ListPresentations', { candidateId })).presentations) {
    await unaryCall(c.recruiting, 'SetPresentationStatus', { id: presentation.id, statusKey: 'rejected_by_client' });
  }
  await waitFor(
    async () => ((await unaryCall(c.retention, 'ExplainRetention', { subjectId: candidateId })).anchor === 'CLOCK_ANCHOR_FINAL_STATUS' ? true : undefined),
    60_000,
    `retention to see the final status of person ${index}'s presentation`,
  );
  return email;
}

async function recruiterTalent(c: Clients, canaries: Canaries): Promise<string> {
  const talent = await unaryCall(c.talents, 'CreateTalent', {
    profile: { firstName: canaries.talentFirstName, lastName: canaries.talentLastName, email: canaries.talentEmail, phone: canaries.talentPhone, city: canaries.talentCity, country: 'DE', headline: canaries.talentHeadline },
    tags: ['forensic'],
  });
  await unaryCall(c.talents, 'AddTalentNote', { talentId: talent.id, text: canaries.talentNote });
  return talent.id;
}

/** The ATS sends the candidate on the namespace's inbound topic, as `pnpm ats upsert` does; talent-crm makes the talent. */
async function atsTalent(c: Clients, index: number, canaries: Canaries): Promise<string> {
  const kafka = atsKafka(atsKafkaConfig({ KAFKA_BROKERS: testInfra().kafkaBrokers.join(','), KAFKA_TOPIC_PREFIX: TOPIC_PREFIX }), 'forensic-ats');
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    const event = atsEvent('upsert', {
      id: `${NAMESPACE}-A${index}`,
      version: '1',
      'first-name': canaries.atsFirstName,
      'last-name': canaries.atsLastName,
      email: canaries.atsEmail,
      phone: canaries.atsPhone,
      city: canaries.atsCity,
      country: 'DE',
      headline: canaries.atsHeadline,
    });
    await producer.send({ topic: `${TOPIC_PREFIX}${TOPICS.atsInbound.name}`, acks: -1, messages: [atsRecord(event, { tenant: TENANT })] });
  } finally {
    await producer.disconnect();
  }
  const talent = await waitFor(
    async () => (await unaryCall(c.talents, 'ListTalents', { filter: { email: canaries.atsEmail } })).talents[0],
    60_000,
    `the ATS talent ${index}`,
  );
  return talent.id;
}

/** "Delete now" on the self-service page, as the person clicks it in the link of a message. */
async function deleteNow(c: Clients, subjectId: string): Promise<string> {
  const { url } = await unaryCall(c.linksForMessaging, 'CreateSelfServiceLink', { subjectId, purpose: 'SELF_SERVICE_PURPOSE_DELETE_NOW' });
  await deleteNowThroughSelfService(url);
  return subjectId;
}

function erasureDone(c: Clients, subjectId: string): Promise<unknown> {
  return waitFor(
    async () => {
      const [erasure] = (await unaryCall(c.retention, 'ListErasures', { subjectId })).erasures;
      return erasure?.state === 'ERASURE_STATE_DONE' ? erasure : undefined;
    },
    120_000,
    `the erasure of ${subjectId} to be done`,
  );
}

const OWN_STORES = ['kafkaOwnTopics', 'ferretdbFiles', 'redis', 'serviceLogs', 'jaegerSpans', 'serviceTmpDirs'] as const;
const STORES = [...OWN_STORES, 'mailpit', 'atsTopics'] as const;
type Store = (typeof STORES)[number];
type Stage = 'alive' | 'erased' | 'compacted';

/** The namespace's databases' files: data and key stores, with their -wal and -shm files. */
function databaseFiles(): string[] {
  const dir = testInfra().mongoDataDir;
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(DATABASE_PREFIX))
    .map((name) => path.join(dir, name));
}

/** The integration's topics of the namespace (the ATS's data, by contract), partition directories. */
function atsTopicDirs(): string[] {
  const logDir = kafkaLogDir(testInfra().kafkaDataDir);
  const topics = [TOPICS.atsInbound.name, TOPICS.atsOutbound.name].map((name) => `${TOPIC_PREFIX}${name}-`);
  return fs
    .readdirSync(logDir)
    .filter((name) => topics.some((topic) => name.startsWith(topic)))
    .map((name) => path.join(logDir, name));
}

interface Scan {
  hits: Record<Store, CanaryHit[]>;
  /** What was scanned: a scan of nothing would prove nothing. */
  scanned: { topicPartitions: number; databaseFiles: number; logFiles: number; tmpEntries: number; spans: number; mails: number };
}

/** Files and directories under `dirs`, however deep. */
const entriesUnder = (dirs: readonly string[]) => dirs.reduce((count, dir) => count + (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).length : 0), 0);

/** Every span Jaeger holds of the stack's services since the file started, as Jaeger's query API answers. */
async function scanJaeger(canaries: Canaries): Promise<{ spans: number; hits: CanaryHit[] }> {
  const hits: CanaryHit[] = [];
  let spans = 0;
  for (const service of SERVICES) {
    const url = `${testInfra().jaegerUrl}/api/traces?service=${encodeURIComponent(service.name)}&start=${startedUs}&end=${Date.now() * 1000}&limit=${JAEGER_SEARCH_DEPTH}`;
    const answer = await fetch(url);
    if (answer.status !== 200) throw new Error(`Jaeger answered ${answer.status} for ${url}`);
    const body = await answer.text();
    spans += (JSON.parse(body) as { data: { spans: unknown[] }[] }).data.reduce((sum, trace) => sum + trace.spans.length, 0);
    hits.push(...scanBytesForCanaries(`jaeger:${service.name}`, body, canaries));
  }
  return { spans, hits };
}

/** Every message to the persons, parsed (subject, text, HTML) and as received. */
async function scanMailpit(mailpit: MailpitClient, persons: readonly Person[], canaries: Canaries): Promise<{ mails: number; hits: CanaryHit[] }> {
  const hits: CanaryHit[] = [];
  let mails = 0;
  for (const batch of inBatches(persons.flatMap((person) => person.recipients), CONCURRENCY)) {
    await Promise.all(
      batch.map(async (recipient) => {
        for (const summary of await mailpit.messagesTo(recipient, { limit: 50 })) {
          mails++;
          const [message, raw] = await Promise.all([mailpit.getMessage(summary.ID), mailpit.getRaw(summary.ID)]);
          hits.push(...scanBytesForCanaries(`mailpit:${summary.ID}`, `${JSON.stringify(message)}\n${raw}`, canaries));
        }
      }),
    );
  }
  return { mails, hits };
}

/** Every person's canaries, each named by the person's number and the field. */
const canariesOf = (persons: readonly Person[]): Canaries => Object.fromEntries(persons.flatMap((person, index) => Object.entries(person.canaries).map(([field, value]) => [`${index}.${field}`, value])));

async function scanEverything(persons: readonly Person[], mailpit: MailpitClient): Promise<Scan> {
  const canaries = canariesOf(persons);
  const redis = await connectRedis(testInfra().redisUrl, { logger: createLogger({ service: 'forensic', level: 'silent' }) });
  try {
    const topics = await scanOwnTopicsForCanaries(testInfra().kafkaDataDir, TOPIC_PREFIX, canaries);
    const files = databaseFiles();
    const jaeger = await scanJaeger(canaries);
    const mail = await scanMailpit(mailpit, persons, canaries);
    return {
      hits: {
        kafkaOwnTopics: topics.hits,
        ferretdbFiles: await scanFilesForCanaries(files, canaries),
        redis: await scanRedisForCanaries(redis, canaries),
        serviceLogs: await scanDirectoryForCanaries(LOGS_DIR, canaries),
        serviceTmpDirs: (await Promise.all(stack.services.map((service) => scanDirectoryForCanaries(service.tmpDir, canaries)))).flat(),
        jaegerSpans: jaeger.hits,
        mailpit: mail.hits,
        atsTopics: await scanFilesForCanaries(atsTopicDirs().flatMap((dir) => fs.readdirSync(dir).map((name) => path.join(dir, name))), canaries),
      },
      scanned: { topicPartitions: topics.scanned.length, databaseFiles: files.length, logFiles: fs.readdirSync(LOGS_DIR).length, tmpEntries: entriesUnder(stack.services.map((service) => service.tmpDir)), spans: jaeger.spans, mails: mail.mails },
    };
  } finally {
    await closeRedis(redis);
  }
}

it(`no canary of ${PERSONS} persons is in Lethe's own topics, databases, Redis, logs or spans — alive, erased or compacted — and none in Mailpit after its purge`, async () => {
  const c = clients();
  const mailpit = new MailpitClient();
  const persons: Person[] = [];
  const client = await profileClient(c);
  for (const batch of inBatches(Array.from({ length: PERSONS }, (_, index) => index), CONCURRENCY)) {
    persons.push(...(await Promise.all(batch.map((index) => createPerson(c, client, index)))));
    say(`created ${persons.length}/${PERSONS} persons`);
  }
  // The mail went out (consent request and message to every candidate) and the spans were exported.
  await waitFor(async () => ((await mailpit.messagesTo(persons.at(-1)!.recipients[0]!)).length >= 2 ? true : undefined), 60_000, 'the last person\'s mail');
  // Every profile reached its contact person with the candidate's clear data and the note to the client.
  for (const batch of inBatches(persons, CONCURRENCY)) {
    await Promise.all(batch.map(({ canaries, recipients }) => mailpit.waitForMail(recipients[1]!, (mail) => mail.Text.includes(canaries.lastName!) && mail.Text.includes(canaries.profileNote!), 60_000)));
  }
  say(`${persons.length} profiles in their contact persons' mail`);
  await sleep(SPAN_EXPORT_MS);

  const table: Record<Store | 'mailpitBeforePurge', Partial<Record<Stage, number>>> = Object.fromEntries([...STORES, 'mailpitBeforePurge'].map((store) => [store, {}])) as never;
  const scans: Partial<Record<Stage, Scan>> = {};
  const record = (stage: Stage, scan: Scan) => {
    scans[stage] = scan;
    for (const store of STORES) table[store][stage] = scan.hits[store].length;
    say(`${stage}: ${JSON.stringify(Object.fromEntries(STORES.map((store) => [store, scan.hits[store].length])))}; scanned ${JSON.stringify(scan.scanned)}`);
  };

  record('alive', await scanEverything(persons, mailpit));

  // Everyone erased through the self-service page, every erasure done in every service.
  const subjects = persons.flatMap((person) => person.subjects);
  // A batch at a time: every waiting erasure polls retention.
  for (const batch of inBatches(subjects, CONCURRENCY * 2)) await Promise.all(batch.map(async (subjectId) => erasureDone(c, await deleteNow(c, subjectId))));
  say(`${subjects.length} erasures done`);
  await sleep(SPAN_EXPORT_MS);
  const erased = await scanEverything(persons, mailpit);
  table.mailpitBeforePurge.erased = erased.hits.mailpit.length;
  // The mailboxes' retention: the persons' mail is deleted.
  for (const recipient of persons.flatMap((person) => person.recipients)) await mailpit.deleteMessages((await mailpit.messagesTo(recipient, { limit: 50 })).map((summary) => summary.ID));
  const purged = await scanMailpit(mailpit, persons, canariesOf(persons));
  record('erased', { hits: { ...erased.hits, mailpit: purged.hits }, scanned: { ...erased.scanned, mails: purged.mails } });

  // Compaction: FerretDB rewrites every collection's file of the stack's databases. Lethe's own
  // topics hold no personal data, so there is nothing to compact there.
  const databases = [...new Set(databaseFiles().map((file) => path.basename(file).replace(/\.sqlite.*$/, '')))];
  const sizeOfFiles = () => databaseFiles().reduce((sum, file) => sum + (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
  const bytesBefore = sizeOfFiles();
  const freed = await compactDatabases(databases);
  const compaction = { databases: databases.length, bytesFreedAsReported: Object.values(freed).reduce((sum, bytes) => sum + bytes, 0), fileBytesBefore: bytesBefore, fileBytesAfter: sizeOfFiles() };
  say(`compacted: ${JSON.stringify(compaction)}`);
  record('compacted', await scanEverything(persons, mailpit));

  const summary = {
    namespace: NAMESPACE,
    persons: PERSONS,
    canaries: persons.reduce((sum, person) => sum + Object.keys(person.canaries).length, 0),
    erasures: subjects.length,
    atsTopicRetentionDays: (TOPICS.atsInbound.retentionMs ?? 0) / 86_400_000,
    hits: table,
    scanned: Object.fromEntries(Object.entries(scans).map(([stage, scan]) => [stage, scan.scanned])),
    compaction,
    leaks: Object.fromEntries(Object.entries(scans).map(([stage, scan]) => [stage, OWN_STORES.flatMap((store) => scan.hits[store].slice(0, 5))])),
    wholeFileSeconds: Math.round((Date.now() - started) / 1000),
  };
  const rows = [...STORES, 'mailpitBeforePurge' as const].map((store) => `| ${store} | ${(['alive', 'erased', 'compacted'] as const).map((stage) => table[store][stage] ?? '–').join(' | ')} |`);
  say(`hits per store and stage\n| store | alive | erased | compacted |\n|---|---|---|---|\n${rows.join('\n')}\n${JSON.stringify(summary, null, 2)}`);
  fs.mkdirSync(path.join(stateDir(), 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(stateDir(), 'test-results', 'forensic-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

  // The scans saw something: topics, files, logs, spans, and the persons' mail and ATS events.
  for (const scan of Object.values(scans)) {
    expect(scan.scanned.topicPartitions).toBeGreaterThan(0);
    expect(scan.scanned.databaseFiles).toBeGreaterThanOrEqual(SERVICES.length * 2);
    expect(scan.scanned.logFiles).toBe(SERVICES.length);
    expect(scan.scanned.spans).toBeGreaterThan(0);
  }
  // Chromium, which printed the PDFs, keeps its profile in the renderer's temporary directory.
  expect(scans.alive!.scanned.tmpEntries).toBeGreaterThan(0);
  expect(table.mailpit.alive).toBeGreaterThan(0);
  expect(table.atsTopics.alive).toBeGreaterThan(0);
  // Nothing in Lethe's own stores at any stage; nothing in Mailpit after its purge.
  expect(summary.leaks).toEqual({ alive: [], erased: [], compacted: [] });
  expect([table.mailpit.erased, table.mailpit.compacted]).toEqual([0, 0]);
}, FILE_TIMEOUT_MS);

/**
 * `pnpm ats`: plays an applicant tracking system against the talent CRM, as any ATS team would,
 * with a plain Kafka client and JSON (CloudEvents in binary mode; see protos/asyncapi/ats.yaml):
 *
 *   pnpm ats upsert --id A-1 --version 2 --first-name Jana --last-name Novak --email jana@example.org
 *   pnpm ats delete --id A-1 --version 3
 *   pnpm ats status --id A-1 --status rejected --version 1 [--application APP-1] [--job J-1] [--final]
 *   pnpm ats job-open --job J-1 --version 1 --title "Data engineer" [--location Köln] [--department IT]
 *   pnpm ats job-close --job J-1 --version 2
 *   pnpm ats raw --type lethe.ats.v1.AtsCandidateUpserted --key A-1 --data '{"atsCandidateId":'
 *   pnpm ats listen [--from-beginning] [--count N] [--timeout S] [--dead-letters]
 *
 * Every event takes --tenant (demo), --event-id (a new UUID; repeat one to resend an event) and
 * --time. It reads Kafka's address and the topic prefix as talent-crm does: the environment over
 * what `pnpm start` last started the service with (.lethe/local/talent-crm.env).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Kafka, logLevel, type IHeaders, type KafkaMessage, type Message, type SASLOptions } from 'kafkajs';
import { baseConfigSchema, ConfigError, loadConfig, localEnv } from '@lethe/platform/service';
import { deadLetterTopicName, TOPICS } from '@lethe/protos';

export const USAGE = `usage: pnpm ats <command> [options]
  upsert     --id <ats id> --version <n> [--first-name …] [--last-name …] [--email …] [--phone …] [--city …]
             [--country DE] [--headline …] [--skills a,b] [--profile-url …] [--recruiter-email …] [--updated-at <time>]
  delete     --id <ats id> --version <n> [--deleted-at <time>]
  status     --id <ats id> --status <key> --version <n> [--application <id>] [--job <id>] [--final] [--changed-at <time>]
  job-open   --job <ats job id> --version <n> --title <title> [--location …] [--department …] [--opened-at <time>]
  job-close  --job <ats job id> --version <n> [--closed-at <time>]
  raw        --type <ce_type> --key <record key> --data <value as sent>
  listen     [--from-beginning] [--count <n>] [--timeout <seconds>] [--dead-letters]
every event: [--tenant demo] [--event-id <id>] [--time <ISO 8601>]`;

/** The ATS's name in the events it sends. */
export const ATS_SOURCE = 'ats-cli';
/** The talent-crm consumer group whose dead letters `listen --dead-letters` reads. */
export const INBOUND_GROUP = 'talent-crm.ats-inbound';

export class UsageError extends Error {}

const OPTIONS = {
  id: { type: 'string' },
  version: { type: 'string' },
  'first-name': { type: 'string' },
  'last-name': { type: 'string' },
  email: { type: 'string' },
  phone: { type: 'string' },
  city: { type: 'string' },
  country: { type: 'string' },
  headline: { type: 'string' },
  skills: { type: 'string' },
  'profile-url': { type: 'string' },
  'recruiter-email': { type: 'string' },
  'updated-at': { type: 'string' },
  'deleted-at': { type: 'string' },
  status: { type: 'string' },
  application: { type: 'string' },
  job: { type: 'string' },
  final: { type: 'boolean', default: false },
  'changed-at': { type: 'string' },
  title: { type: 'string' },
  location: { type: 'string' },
  department: { type: 'string' },
  'opened-at': { type: 'string' },
  'closed-at': { type: 'string' },
  type: { type: 'string' },
  key: { type: 'string' },
  data: { type: 'string' },
  tenant: { type: 'string', default: 'demo' },
  'event-id': { type: 'string' },
  time: { type: 'string' },
  'from-beginning': { type: 'boolean', default: false },
  count: { type: 'string' },
  timeout: { type: 'string' },
  'dead-letters': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export type AtsCliOptions = Partial<Record<keyof typeof OPTIONS, string | boolean>>;

/** An event as the ATS sends it: its type, record key and JSON data (or, for `raw`, the value as given). */
export interface AtsEvent {
  type: string;
  key: string;
  data: Record<string, unknown> | string;
}

const EVENT_COMMANDS = ['upsert', 'delete', 'status', 'job-open', 'job-close', 'raw'] as const;
type EventCommand = (typeof EVENT_COMMANDS)[number];

function isEventCommand(command: string): command is EventCommand {
  return (EVENT_COMMANDS as readonly string[]).includes(command);
}

function required(options: AtsCliOptions, name: keyof typeof OPTIONS, command: string, what: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`${command} needs --${name} (${what})`);
  return value;
}

function version(options: AtsCliOptions, command: string): string {
  const value = required(options, 'version', command, 'a number from 1 that rises with every change in the ATS');
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new UsageError(`--version must be a whole number from 1, got "${value}"`);
  return value;
}

function time(options: AtsCliOptions, name: keyof typeof OPTIONS): string | undefined {
  const value = options[name];
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new UsageError(`--${name} must be an ISO 8601 date-time, got "${value}"`);
  return date.toISOString();
}

/** The given options only: what the ATS does not send, Lethe reads as empty. */
function given(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** The event a command sends; a UsageError names what is missing. */
export function atsEvent(command: EventCommand, options: AtsCliOptions): AtsEvent {
  const text = (name: keyof typeof OPTIONS) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  switch (command) {
    case 'upsert': {
      const atsCandidateId = required(options, 'id', command, "the ATS's candidate id");
      const skills = text('skills');
      return {
        type: 'lethe.ats.v1.AtsCandidateUpserted',
        key: atsCandidateId,
        data: given({
          atsCandidateId,
          version: version(options, command),
          firstName: text('first-name'),
          lastName: text('last-name'),
          email: text('email'),
          phone: text('phone'),
          city: text('city'),
          country: text('country'),
          headline: text('headline'),
          skills: skills?.split(',').map((skill) => skill.trim()).filter(Boolean),
          profileUrl: text('profile-url'),
          recruiterEmail: text('recruiter-email'),
          updatedAt: time(options, 'updated-at') ?? new Date().toISOString(),
        }),
      };
    }
    case 'delete': {
      const atsCandidateId = required(options, 'id', command, "the ATS's candidate id");
      return { type: 'lethe.ats.v1.AtsCandidateDeleted', key: atsCandidateId, data: given({ atsCandidateId, version: version(options, command), deletedAt: time(options, 'deleted-at') ?? new Date().toISOString() }) };
    }
    case 'status': {
      const atsCandidateId = required(options, 'id', command, "the ATS's candidate id");
      return {
        type: 'lethe.ats.v1.AtsApplicationStatusChanged',
        key: atsCandidateId,
        data: given({
          atsCandidateId,
          atsApplicationId: text('application'),
          atsJobId: text('job'),
          status: required(options, 'status', command, "the ATS's status key, e.g. rejected"),
          final: options.final === true,
          version: version(options, command),
          changedAt: time(options, 'changed-at') ?? new Date().toISOString(),
        }),
      };
    }
    case 'job-open': {
      const atsJobId = required(options, 'job', command, "the ATS's job id");
      return {
        type: 'lethe.ats.v1.AtsJobOpened',
        key: atsJobId,
        data: given({
          atsJobId,
          title: required(options, 'title', command, "the job's title"),
          location: text('location'),
          department: text('department'),
          version: version(options, command),
          openedAt: time(options, 'opened-at') ?? new Date().toISOString(),
        }),
      };
    }
    case 'job-close': {
      const atsJobId = required(options, 'job', command, "the ATS's job id");
      return { type: 'lethe.ats.v1.AtsJobClosed', key: atsJobId, data: given({ atsJobId, version: version(options, command), closedAt: time(options, 'closed-at') ?? new Date().toISOString() }) };
    }
    case 'raw':
      return { type: required(options, 'type', command, 'the ce_type, e.g. lethe.ats.v1.AtsCandidateUpserted'), key: required(options, 'key', command, 'the record key'), data: required(options, 'data', command, 'the value as sent') };
  }
}

/** The Kafka record of an event: CloudEvents attributes as headers, the data as JSON. */
export function atsRecord(event: AtsEvent, envelope: { tenant: string; id?: string; time?: string }): Message {
  return {
    key: event.key,
    value: typeof event.data === 'string' ? event.data : JSON.stringify(event.data),
    headers: {
      ce_specversion: '1.0',
      ce_id: envelope.id ?? randomUUID(),
      ce_type: event.type,
      ce_source: ATS_SOURCE,
      ce_time: envelope.time ?? new Date().toISOString(),
      ce_tenant: envelope.tenant,
      'content-type': 'application/json',
    },
  };
}

/** Kafka's address and the installation's topic prefix, read as talent-crm reads them. */
const kafkaConfigSchema = baseConfigSchema.pick({ KAFKA_BROKERS: true, KAFKA_SSL: true, KAFKA_SASL_MECHANISM: true, KAFKA_SASL_USERNAME: true, KAFKA_SASL_PASSWORD: true, KAFKA_TOPIC_PREFIX: true });
export type AtsKafkaConfig = ReturnType<typeof kafkaConfigSchema.parse>;

export function atsKafkaConfig(env: NodeJS.ProcessEnv): AtsKafkaConfig {
  return loadConfig(kafkaConfigSchema, { ...localEnv('talent-crm'), ...env });
}

export function atsKafka(config: AtsKafkaConfig, clientId = ATS_SOURCE): Kafka {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = config;
  return new Kafka({
    clientId,
    brokers: config.KAFKA_BROKERS,
    ssl: config.KAFKA_SSL,
    sasl: mechanism && username && password ? ({ mechanism, username, password } as SASLOptions) : undefined,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3_000,
    retry: { retries: 3, initialRetryTime: 300 },
  });
}

/** Why Kafka refused, in words a person can act on. */
function explain(err: unknown, config: AtsKafkaConfig, topic: string): Error {
  const message = err instanceof Error ? err.message : String(err);
  if (/connect|ECONNREFUSED|retries exceeded|timeout/i.test(message)) {
    return new Error(`cannot reach Kafka at ${config.KAFKA_BROKERS.join(',')} (KAFKA_BROKERS): is it running? (pnpm infra:up) — ${message}`);
  }
  if (/does not host this topic|unknown topic/i.test(message)) {
    return new Error(`topic ${topic} does not exist: talent-crm creates it when it starts (pnpm start), with KAFKA_TOPIC_PREFIX "${config.KAFKA_TOPIC_PREFIX}"`);
  }
  return err instanceof Error ? err : new Error(message);
}

function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined ? undefined : single.toString();
}

/** One consumed record as a line of JSON: the CloudEvents attributes, the data parsed where it is JSON. */
export function describeRecord(topic: string, partition: number, message: KafkaMessage): Record<string, unknown> {
  const headers = Object.fromEntries(Object.keys(message.headers ?? {}).map((name) => [name, headerText(message.headers, name)]));
  const raw = message.value?.toString('utf8') ?? '';
  let data: unknown = raw;
  try {
    data = JSON.parse(raw);
  } catch {
    // A dead letter may be anything: it is shown as sent.
  }
  return { topic, partition, offset: message.offset, key: message.key?.toString('utf8') ?? null, headers, data };
}

async function send(config: AtsKafkaConfig, event: AtsEvent, options: AtsCliOptions, out: (text: string) => void): Promise<void> {
  const topic = `${config.KAFKA_TOPIC_PREFIX}${TOPICS.atsInbound.name}`;
  const record = atsRecord(event, { tenant: String(options.tenant), id: typeof options['event-id'] === 'string' ? options['event-id'] : undefined, time: time(options, 'time') });
  const kafka = atsKafka(config);
  const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  try {
    await producer.connect();
    const [sent] = await producer.send({ topic, acks: -1, messages: [record] });
    out(`sent ${event.type} key ${event.key} (ce_id ${String(record.headers!.ce_id)}) to ${topic}, partition ${sent.partition}, offset ${sent.baseOffset ?? sent.offset}\n`);
  } catch (err) {
    throw explain(err, config, topic);
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}

async function listen(config: AtsKafkaConfig, options: AtsCliOptions, out: (text: string) => void): Promise<void> {
  const prefix = config.KAFKA_TOPIC_PREFIX;
  const topic = options['dead-letters'] ? deadLetterTopicName(`${prefix}${TOPICS.atsInbound.name}`, `${prefix}${INBOUND_GROUP}`) : `${prefix}${TOPICS.atsOutbound.name}`;
  const count = typeof options.count === 'string' ? Number(options.count) : Infinity;
  const timeoutSeconds = typeof options.timeout === 'string' ? Number(options.timeout) : Infinity;
  if (!(count > 0) || !(timeoutSeconds > 0)) throw new UsageError('--count and --timeout must be positive numbers');
  const consumer = atsKafka(config).consumer({ groupId: `${ATS_SOURCE}-${randomUUID()}`, allowAutoTopicCreation: false, maxWaitTimeInMs: 500 });
  let seen = 0;
  await new Promise<void>((resolve, reject) => {
    const timer = Number.isFinite(timeoutSeconds) ? setTimeout(resolve, timeoutSeconds * 1000) : undefined;
    const stop = () => {
      clearTimeout(timer);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    (async () => {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: options['from-beginning'] === true });
      await consumer.run({
        eachMessage: async ({ topic: from, partition, message }) => {
          if (seen >= count) return;
          seen += 1;
          out(`${JSON.stringify(describeRecord(from, partition, message))}\n`);
          if (seen >= count) stop();
        },
      });
      process.stderr.write(`listening on ${topic}${Number.isFinite(count) ? ` for ${count} record(s)` : ''}; Ctrl-C ends\n`);
    })().catch((err: unknown) => {
      clearTimeout(timer);
      reject(explain(err, config, topic));
    });
  }).finally(() => consumer.disconnect().catch(() => undefined));
}

export async function runAtsCli(argv: string[], env: NodeJS.ProcessEnv, out: (text: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, allowPositionals: true, options: OPTIONS });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    out(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const [command, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`unexpected argument(s): ${rest.join(' ')}`);
  const config = atsKafkaConfig(env);
  if (command === 'listen') {
    await listen(config, values, out);
    return 0;
  }
  if (!isEventCommand(command)) throw new UsageError(`unknown command "${command}"`);
  await send(config, atsEvent(command, values), values, out);
  return 0;
}

if (require.main === module) {
  runAtsCli(process.argv.slice(2), process.env, (text) => process.stdout.write(text)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof UsageError) process.stderr.write(`ats: ${err.message}\n${USAGE}\n`);
      else if (err instanceof ConfigError) process.stderr.write(`ats: ${err.message}\n`);
      else process.stderr.write(`ats: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(err instanceof UsageError ? 2 : 1);
    },
  );
}

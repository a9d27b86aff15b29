import net, { type Socket } from 'node:net';
import tls, { type ConnectionOptions } from 'node:tls';
import { Kafka, logLevel, type ISocketFactory, type KafkaConfig, type LogEntry, type RetryOptions, type SASLOptions } from 'kafkajs';
import type { Logger } from '../telemetry/logger';

export { Kafka } from 'kafkajs';

export interface KafkaOptions {
  clientId: string;
  brokers: string[];
  ssl?: boolean | ConnectionOptions;
  sasl?: SASLOptions;
  logger: Logger;
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Client-wide retry policy; consumers crash (and are restarted) once it is exhausted. */
  retry?: RetryOptions;
}

/** kafkajs log fields worth keeping; the rest (stacks, request dumps) stay out of our logs. */
const KEPT_FIELDS = ['broker', 'clientId', 'groupId', 'memberId', 'topic', 'partition', 'retryCount', 'retryTime', 'error', 'type'] as const;

/** Error our clean-up ends leftover sockets with (see destroyKafkaSockets); kafkajs logs it as a connection error. */
const LEFTOVER_SOCKET_CLOSED = 'connection left open after disconnect; closed by the event bus';

/** Routes kafkajs's own logging into the service's pino logger, warnings and errors only. */
export function pinoLogCreator(logger: Logger): KafkaConfig['logCreator'] {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const fields: Record<string, unknown> = { kafka: namespace };
      for (const key of KEPT_FIELDS) {
        if (log[key] !== undefined) fields[key] = log[key];
      }
      if (typeof log.message === 'string' && log.message.includes(LEFTOVER_SOCKET_CLOSED)) logger.debug(fields, `kafkajs: ${log.message}`);
      else if (level === logLevel.ERROR || level === logLevel.NOTHING) logger.error(fields, `kafkajs: ${log.message}`);
      else if (level === logLevel.WARN) logger.warn(fields, `kafkajs: ${log.message}`);
      else logger.debug(fields, `kafkajs: ${log.message}`);
    };
}

const KEEP_ALIVE_DELAY_MS = 60_000;

/** Open sockets of every client made by createKafka. */
const socketsOf = new WeakMap<Kafka, Set<Socket>>();

/** kafkajs's own socket factory, plus a record of the sockets so `destroyKafkaSockets` can end them. */
function trackingSocketFactory(sockets: Set<Socket>): ISocketFactory {
  return ({ host, port, ssl, onConnect }) => {
    const socket: Socket = ssl
      ? tls.connect({ host, port, ...(net.isIP(host) ? {} : { servername: host }), ...ssl }, onConnect)
      : net.connect({ host, port }, onConnect);
    socket.setKeepAlive(true, KEEP_ALIVE_DELAY_MS);
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    return socket;
  };
}

/**
 * Ends every socket a client still holds. kafkajs 2.2.4 keeps using the group coordinator it found
 * before a broker restart although that broker object is no longer in its pool, so disconnect()
 * leaves that connection open (and a process that should exit keeps running). Call it after the
 * producer, consumers and admins of the client are disconnected.
 */
export function destroyKafkaSockets(kafka: Kafka): number {
  const sockets = socketsOf.get(kafka);
  if (!sockets) return 0;
  let count = 0;
  for (const socket of sockets) {
    // Sockets kafkajs disconnected are ending already (and unref'd); only live ones were left behind.
    if (socket.destroyed || socket.writableEnded) continue;
    // With an error, so kafkajs's connection runs its own clean-up (request queue timers included).
    socket.destroy(new Error(LEFTOVER_SOCKET_CLOSED));
    count++;
  }
  return count;
}

/** One kafkajs client per service: shared by its producer, consumers and admin. */
export function createKafka({ clientId, brokers, ssl, sasl, logger, connectionTimeoutMs = 3_000, requestTimeoutMs = 30_000, retry }: KafkaOptions): Kafka {
  const sockets = new Set<Socket>();
  const kafka = new Kafka({
    socketFactory: trackingSocketFactory(sockets),
    clientId,
    brokers,
    ssl,
    sasl,
    connectionTimeout: connectionTimeoutMs,
    requestTimeout: requestTimeoutMs,
    logLevel: logLevel.WARN,
    logCreator: pinoLogCreator(logger),
    retry: { initialRetryTime: 300, maxRetryTime: 5_000, retries: 8, ...retry },
  });
  socketsOf.set(kafka, sockets);
  return kafka;
}

import pino, { type DestinationStream, type Logger } from 'pino';
import { redactPersonalData } from './personal-data';

export type { Logger } from 'pino';

export interface LoggerOptions {
  service: string;
  level?: string;
  /** Where JSON lines go; stdout by default. Tests pass a capturing stream. */
  destination?: DestinationStream;
}

/**
 * JSON logger with personal-data redaction built in: any key named in PERSONAL_DATA_FIELDS is
 * replaced at any depth of the logged object, so a careless `log.info({ candidate })` leaks nothing.
 */
export function createLogger({ service, level = 'info', destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redactPersonalData(object) as Record<string, unknown>,
      },
      serializers: { err: serializeError },
    },
    destination,
  );
}

/** Errors are logged by class, code and stack; messages of foreign errors may quote data, so they are cut. */
function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err).slice(0, 200) };
  const { name, stack } = err;
  const code = (err as { code?: unknown }).code;
  return { type: name, message: err.message.slice(0, 500), code, stack: stack?.split('\n').slice(0, 8).join('\n') };
}

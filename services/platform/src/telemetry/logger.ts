import pino, { type DestinationStream, type Logger } from 'pino';
import { LetheError } from '../errors/errors';
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

/**
 * Errors are logged by class, code and stack frames. Lethe's own errors and Node's system errors
 * (ECONNREFUSED, …) carry safe messages; any other message may quote data (a driver's duplicate-key
 * error quotes the key), so it is left out, and so is the stack's first line, which repeats it.
 */
function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const code = (err as { code?: unknown }).code;
  const frames = err.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8).join('\n');
  const messageIsSafe = err instanceof LetheError || typeof (err as { syscall?: unknown }).syscall === 'string';
  return { type: err.name, code, ...(messageIsSafe ? { message: err.message.slice(0, 500) } : {}), stack: frames };
}

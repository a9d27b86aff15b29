import * as protobuf from 'protobufjs';
import { CONVERSION_OPTIONS, messageTypes } from './loader';

/** Raised when bytes or an object do not fit the protobuf message type they claim to be. */
export class MessageCodecError extends Error {
  constructor(
    readonly typeName: string,
    detail: string,
  ) {
    super(`${typeName}: ${detail}`);
    this.name = 'MessageCodecError';
  }
}

const types = new Map<string, protobuf.Type>();

/** The message type by full name, resolved once: looking it up per record costs a consumer dearly. */
function lookup(typeName: string): protobuf.Type {
  let type = types.get(typeName);
  if (!type) {
    try {
      type = messageTypes().lookupType(typeName);
    } catch {
      throw new MessageCodecError(typeName, 'unknown message type');
    }
    types.set(typeName, type);
  }
  return type;
}

/** Encodes a plain object (the generated input type) as the named protobuf message. */
export function encodeMessage(typeName: string, value: object): Buffer {
  const type = lookup(typeName);
  let message: protobuf.Message;
  try {
    message = type.fromObject(value as Record<string, unknown>);
  } catch (err) {
    throw new MessageCodecError(typeName, (err as Error).message);
  }
  const bytes = type.encode(message).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Decodes bytes into a plain object shaped like the generated `__Output` type. */
export function decodeMessage<T>(typeName: string, bytes: Uint8Array): T {
  return messageDecoder<T>(typeName)(bytes);
}

const decoders = new Map<string, (bytes: Uint8Array) => unknown>();

/** `decodeMessage` for one type, resolved once: for consumers that decode many records of a type. */
export function messageDecoder<T>(typeName: string): (bytes: Uint8Array) => T {
  let decoder = decoders.get(typeName);
  if (!decoder) {
    const type = lookup(typeName);
    decoder = (bytes) => {
      try {
        return type.toObject(type.decode(bytes), CONVERSION_OPTIONS);
      } catch (err) {
        throw new MessageCodecError(typeName, (err as Error).message);
      }
    };
    decoders.set(typeName, decoder);
  }
  return decoder as (bytes: Uint8Array) => T;
}

const TWO_POW_32 = 2 ** 32;
const SAFE_HIGH_BITS = 2 ** 21;

/**
 * google.protobuf.Timestamp to an object with string longs, like protobufjs's own converter but
 * without a long.js division per value (a third of decoding an event that carries a timestamp).
 * Other long options, and seconds beyond 2^53, go to protobufjs's converter.
 */
protobuf.wrappers['.google.protobuf.Timestamp'] = {
  fromObject(object) {
    return this.fromObject(object);
  },
  toObject(message, options) {
    const { seconds, nanos } = message as { seconds?: number | { low: number; high: number } | null; nanos?: number | null };
    const long = seconds !== null && typeof seconds === 'object' ? seconds : undefined;
    if (options?.longs !== String || (long && (long.high >= SAFE_HIGH_BITS || long.high < -SAFE_HIGH_BITS))) return this.toObject(message, options);
    const object: { seconds?: string; nanos?: number } = {};
    if (options.defaults) {
      object.seconds = '0';
      object.nanos = 0;
    }
    if (seconds != null && Object.hasOwn(message, 'seconds')) object.seconds = String(long ? long.high * TWO_POW_32 + (long.low >>> 0) : seconds);
    if (nanos != null && Object.hasOwn(message, 'nanos')) object.nanos = nanos;
    return object;
  },
};

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
  const type = lookup(typeName);
  try {
    return type.toObject(type.decode(bytes), CONVERSION_OPTIONS) as T;
  } catch (err) {
    throw new MessageCodecError(typeName, (err as Error).message);
  }
}

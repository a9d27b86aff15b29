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

function lookup(typeName: string): protobuf.Type {
  try {
    return messageTypes().lookupType(typeName);
  } catch {
    throw new MessageCodecError(typeName, 'unknown message type');
  }
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
  return Buffer.from(type.encode(message).finish());
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

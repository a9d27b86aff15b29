import * as protobuf from 'protobufjs';
import { CONVERSION_OPTIONS, messageTypes } from './loader';
import { compilePlainDecoder } from './plain-decoder';

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
    const plain = compilePlainDecoder(type, CONVERSION_OPTIONS) ?? ((bytes: Uint8Array) => type.toObject(type.decode(bytes), CONVERSION_OPTIONS));
    decoder = (bytes) => {
      try {
        return plain(bytes);
      } catch (err) {
        throw new MessageCodecError(typeName, (err as Error).message);
      }
    };
    decoders.set(typeName, decoder);
  }
  return decoder as (bytes: Uint8Array) => T;
}

import { encodeMessage, messageDecoder } from './codec';
import { encodeJsonMessage, jsonMessageDecoder } from './json';
import type { TopicContract } from './topics';

/** How a topic's record values are written (see TopicContract.encoding). */
export type PayloadEncoding = NonNullable<TopicContract['encoding']>;

/** The `content-type` header of a record value in each encoding. */
export const PAYLOAD_CONTENT_TYPES: Readonly<Record<PayloadEncoding, string>> = {
  protobuf: 'application/protobuf',
  json: 'application/json',
};

export function encodingOf(contract: Pick<TopicContract, 'encoding'>): PayloadEncoding {
  return contract.encoding ?? 'protobuf';
}

/** Encodes a payload (the generated input type) as its topic's records carry it. */
export function encodePayload(encoding: PayloadEncoding, typeName: string, value: object): Buffer {
  return encoding === 'json' ? encodeJsonMessage(typeName, value) : encodeMessage(typeName, value);
}

/** The decoder of one type's record values in one encoding; both give the generated `__Output` shape. */
export function payloadDecoder<T>(encoding: PayloadEncoding, typeName: string): (bytes: Uint8Array) => T {
  return encoding === 'json' ? jsonMessageDecoder<T>(typeName) : messageDecoder<T>(typeName);
}

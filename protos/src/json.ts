import * as protobuf from 'protobufjs';
import { MessageCodecError } from './codec';
import { CONVERSION_OPTIONS, messageTypes } from './loader';

/**
 * The proto3 JSON mapping (https://protobuf.dev/programming-guides/json/) of Lethe's messages, for
 * the topics an integration produces and reads with any Kafka client. Parsing is strict as the
 * mapping's default asks: an unknown field, a value of the wrong JSON type or an unknown enum name
 * is refused, naming the field. Field names are the lowerCamelCase JSON names; the proto names
 * (snake_case) are accepted too. 64-bit integers are strings, timestamps RFC 3339 texts in UTC.
 * Writing prints every field, defaults included (a consumer never has to know a default), except
 * message fields that are not set.
 */

/** A JSON value as JSON.parse returns it. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TIMESTAMP = '.google.protobuf.Timestamp';
const INT32 = new Set(['int32', 'sint32', 'sfixed32']);
const UINT32 = new Set(['uint32', 'fixed32']);
const INT64 = new Set(['int64', 'sint64', 'sfixed64']);
const UINT64 = new Set(['uint64', 'fixed64']);
const FLOATS = new Set(['double', 'float']);
/** RFC 3339 as the mapping allows it: a date, a time with up to nine fractional digits, Z or an offset. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const INTEGER_TEXT = /^-?\d{1,20}$/;
/** Seconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the range a Timestamp may hold. */
const MIN_SECONDS = -62135596800;
const MAX_SECONDS = 253402300799;

class JsonMappingError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path || 'the value'}: ${detail}`);
  }
}

function typeOf(typeName: string): protobuf.Type {
  try {
    return messageTypes().lookupType(typeName);
  } catch {
    throw new MessageCodecError(typeName, 'unknown message type');
  }
}

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldByJsonName(type: protobuf.Type, name: string): protobuf.Field | undefined {
  const field = Object.prototype.hasOwnProperty.call(type.fields, name) ? type.fields[name] : undefined;
  if (field) return field;
  const camel = protobuf.util.camelCase(name);
  return camel !== name && Object.prototype.hasOwnProperty.call(type.fields, camel) ? type.fields[camel] : undefined;
}

/** JSON → the plain object protobufjs's fromObject takes, every value checked against its field. */
function readMessage(type: protobuf.Type, json: unknown, path: string): Record<string, unknown> {
  if (type.fullName === TIMESTAMP) return readTimestamp(json, path);
  if (!isObject(json)) throw new JsonMappingError(path, 'must be a JSON object');
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(json)) {
    const field = fieldByJsonName(type, name);
    const at = path ? `${path}.${name}` : name;
    if (!field) throw new JsonMappingError(at, `is not a field of ${type.fullName.slice(1)}`);
    if (field.name in plain) throw new JsonMappingError(at, 'is given twice (JSON name and proto name)');
    if (value === null) continue;
    field.resolve();
    if (field.map) {
      if (!isObject(value)) throw new JsonMappingError(at, 'must be a JSON object (a map)');
      const entries: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) entries[readMapKey(field, key, `${at}.${key}`)] = readValue(field, item, `${at}.${key}`);
      plain[field.name] = entries;
    } else if (field.repeated) {
      if (!Array.isArray(value)) throw new JsonMappingError(at, 'must be a JSON array');
      plain[field.name] = value.map((item, index) => readValue(field, item, `${at}[${index}]`));
    } else {
      plain[field.name] = readValue(field, value, at);
    }
  }
  return plain;
}

function readMapKey(field: protobuf.Field, key: string, path: string): string {
  const keyType = (field as unknown as protobuf.MapField).keyType;
  if (keyType === 'string') return key;
  if (keyType === 'bool') {
    if (key !== 'true' && key !== 'false') throw new JsonMappingError(path, 'must be a key "true" or "false"');
    return key;
  }
  if (!INTEGER_TEXT.test(key)) throw new JsonMappingError(path, 'must be an integer key');
  return key;
}

function readValue(field: protobuf.Field, value: Json, path: string): unknown {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) return readMessage(resolved, value, path);
  if (resolved instanceof protobuf.Enum) {
    if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(resolved.values, value)) return value;
    if (typeof value === 'number' && Number.isInteger(value) && value in resolved.valuesById) return value;
    throw new JsonMappingError(path, `must be one of ${Object.keys(resolved.values).join(', ')}`);
  }
  const type = field.type;
  if (type === 'string') {
    if (typeof value !== 'string') throw new JsonMappingError(path, 'must be a string');
    return value;
  }
  if (type === 'bool') {
    if (typeof value !== 'boolean') throw new JsonMappingError(path, 'must be true or false');
    return value;
  }
  if (type === 'bytes') {
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) throw new JsonMappingError(path, 'must be base64 text');
    return Buffer.from(value, value.includes('-') || value.includes('_') ? 'base64url' : 'base64');
  }
  if (INT32.has(type) || UINT32.has(type)) return readInteger(value, path, UINT32.has(type) ? [0, 2 ** 32 - 1] : [-(2 ** 31), 2 ** 31 - 1]);
  if (INT64.has(type) || UINT64.has(type)) {
    const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof text !== 'string' || !INTEGER_TEXT.test(text)) throw new JsonMappingError(path, 'must be an integer (a string, or a number up to 2^53)');
    const big = BigInt(text);
    const [min, max] = UINT64.has(type) ? [0n, 2n ** 64n - 1n] : [-(2n ** 63n), 2n ** 63n - 1n];
    if (big < min || big > max) throw new JsonMappingError(path, `must be between ${min} and ${max}`);
    return text;
  }
  if (FLOATS.has(type)) {
    if (typeof value === 'number') return value;
    if (value === 'NaN') return Number.NaN;
    if (value === 'Infinity') return Number.POSITIVE_INFINITY;
    if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    throw new JsonMappingError(path, 'must be a number');
  }
  throw new JsonMappingError(path, `has a type the JSON mapping does not cover here (${type})`);
}

function readInteger(value: Json, path: string, [min, max]: [number, number]): number {
  const number = typeof value === 'string' && INTEGER_TEXT.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) throw new JsonMappingError(path, 'must be an integer');
  if (number < min || number > max) throw new JsonMappingError(path, `must be between ${min} and ${max}`);
  return number;
}

function readTimestamp(value: unknown, path: string): { seconds: string; nanos: number } {
  const match = typeof value === 'string' ? RFC3339.exec(value) : null;
  if (!match) throw new JsonMappingError(path, 'must be an RFC 3339 timestamp, e.g. 2026-03-01T10:00:00Z');
  const [, year, month, day, hour, minute, second, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const date = new Date(local);
  // Date.UTC rolls over (2026-02-30 becomes March 2): such a date does not exist.
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1 || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    throw new JsonMappingError(path, 'is not a valid date and time');
  }
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60;
  const seconds = Math.floor(local / 1000) - offset;
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) throw new JsonMappingError(path, 'must lie between the years 0001 and 9999');
  return { seconds: String(seconds), nanos: fraction ? Number(fraction.padEnd(9, '0')) : 0 };
}

/** A Timestamp as the mapping prints it: UTC, with 0, 3, 6 or 9 fractional digits. */
function writeTimestamp({ seconds, nanos }: { seconds: string | number; nanos: number }): string {
  const iso = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  if (!nanos) return `${iso}Z`;
  const digits = String(nanos).padStart(9, '0');
  const fraction = digits.endsWith('000000') ? digits.slice(0, 3) : digits.endsWith('000') ? digits.slice(0, 6) : digits;
  return `${iso}.${fraction}Z`;
}

/** The plain object of toObject (longs and enums as strings, defaults on) → the JSON mapping. */
function writeMessage(type: protobuf.Type, plain: Record<string, unknown>): Json {
  if (type.fullName === TIMESTAMP) return writeTimestamp(plain as { seconds: string; nanos: number });
  const json: { [key: string]: Json } = {};
  for (const field of type.fieldsArray) {
    field.resolve();
    const value = plain[field.name];
    if (value === null || value === undefined) continue;
    if (field.map) {
      const entries: { [key: string]: Json } = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) entries[key] = writeValue(field, item);
      json[field.name] = entries;
    } else if (field.repeated) {
      json[field.name] = (value as unknown[]).map((item) => writeValue(field, item));
    } else {
      json[field.name] = writeValue(field, value);
    }
  }
  return json;
}

function writeValue(field: protobuf.Field, value: unknown): Json {
  if (field.resolvedType instanceof protobuf.Type) return writeMessage(field.resolvedType, value as Record<string, unknown>);
  if (field.type === 'bytes') return Buffer.from(value as Uint8Array).toString('base64');
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  return value as Json;
}

const WRITE_OPTIONS: protobuf.IConversionOptions = { longs: String, enums: String, bytes: Array, defaults: true, arrays: true, objects: true };

/** The JSON mapping of a plain object (the generated input type), as a JSON value. */
export function toProtoJson(typeName: string, value: object): Json {
  const type = typeOf(typeName);
  let message: protobuf.Message;
  try {
    message = type.fromObject(value as Record<string, unknown>);
  } catch (err) {
    throw new MessageCodecError(typeName, (err as Error).message);
  }
  return writeMessage(type, type.toObject(message, WRITE_OPTIONS));
}

/** Encodes a plain object (the generated input type) as the JSON mapping of the named message, UTF-8. */
export function encodeJsonMessage(typeName: string, value: object): Buffer {
  return Buffer.from(JSON.stringify(toProtoJson(typeName, value)), 'utf8');
}

const jsonDecoders = new Map<string, (bytes: Uint8Array) => unknown>();

/**
 * `decodeJsonMessage` for one type, resolved once. The result is shaped like the generated
 * `__Output` type, exactly as the protobuf decoder gives it (defaults filled in, longs and enums as
 * strings), so a consumer handles either encoding alike.
 */
export function jsonMessageDecoder<T>(typeName: string): (bytes: Uint8Array) => T {
  let decoder = jsonDecoders.get(typeName);
  if (!decoder) {
    const type = typeOf(typeName);
    decoder = (bytes) => {
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
      } catch {
        throw new MessageCodecError(typeName, 'the value is not JSON');
      }
      try {
        return type.toObject(type.fromObject(readMessage(type, json, '')), CONVERSION_OPTIONS);
      } catch (err) {
        throw new MessageCodecError(typeName, err instanceof JsonMappingError ? err.message : (err as Error).message);
      }
    };
    jsonDecoders.set(typeName, decoder);
  }
  return decoder as (bytes: Uint8Array) => T;
}

/** Decodes the JSON mapping of the named message (UTF-8 bytes) into its `__Output` shape. */
export function decodeJsonMessage<T>(typeName: string, bytes: Uint8Array): T {
  return jsonMessageDecoder<T>(typeName)(bytes);
}

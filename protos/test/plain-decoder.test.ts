import * as protobuf from 'protobufjs';
import { CONVERSION_OPTIONS, messageTypes, TOPICS } from '../src';
import { compilePlainDecoder, type PlainDecoder } from '../src/plain-decoder';

// Every field kind the generated decoders cover, plus what they leave to protobufjs.
const SAMPLE_PROTO = `
syntax = "proto3";
package sample;
enum Colour { COLOUR_UNSPECIFIED = 0; COLOUR_RED = 1; COLOUR_BLUE = 5; }
message Inner { string name = 1; int64 size = 2; Colour colour = 3; Inner child = 4; }
message Everything {
  string text = 1; bool flag = 2; int32 i32 = 3; uint32 u32 = 4; sint32 s32 = 5; fixed32 f32 = 6; sfixed32 sf32 = 7;
  double dbl = 8; float flt = 9; int64 i64 = 10; uint64 u64 = 11; sint64 s64 = 12; fixed64 f64 = 13; sfixed64 sf64 = 14;
  Colour colour = 15; Inner inner = 16;
  repeated string texts = 17; repeated int32 numbers = 18; repeated Colour colours = 19; repeated Inner inners = 20; repeated int64 longs = 21;
  map<string, int32> counts = 22; map<int32, string> names = 23; map<bool, Colour> switches = 24; map<string, int64> totals = 25;
  map<string, uint64> sizes = 26; map<uint32, bool> marks = 27;
  int64 huge = 30;
}
message WithOneof { oneof choice { string a = 1; int32 b = 2; } }
message WithOptional { optional string a = 1; }
message WithBytes { bytes data = 1; }
message WithMessageMap { map<string, Inner> inners = 1; }
message WithLongKeys { map<int64, string> byId = 1; }
message HoldsUnsupported { WithOneof nested = 1; }
`;

const sample = protobuf.parse(SAMPLE_PROTO, { keepCase: false }).root;
sample.resolveAll();

/** A small seeded generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = ['', 'a', 'ünïcödé ✓', '__proto__', 'constructor', '0', '42', 'x'.repeat(300)];
const SIGNED_LONGS = ['0', '1', '-1', '4294967296', '-4294967297', '9007199254740991', '-9007199254740991', '9007199254740993', '-9223372036854775808', '9223372036854775807'];
const UNSIGNED_LONGS = ['0', '1', '4294967295', '9007199254740991', '9007199254740993', '18446744073709551615'];
const INT32S = [0, 1, -1, 2147483647, -2147483648, 300];

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)];
}

function scalar(next: () => number, type: string): unknown {
  switch (type) {
    case 'string':
      return pick(next, TEXTS);
    case 'bool':
      return next() < 0.5;
    case 'uint32':
    case 'fixed32':
      return pick(next, [0, 1, 300, 4294967295]);
    case 'double':
    case 'float':
      return pick(next, [0, -1.5, 3.25, 1e10, Number.MAX_VALUE, -0]);
    case 'uint64':
    case 'fixed64':
      return pick(next, UNSIGNED_LONGS);
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return pick(next, SIGNED_LONGS);
    default:
      return pick(next, INT32S);
  }
}

function value(next: () => number, field: protobuf.Field, depth: number): unknown {
  const resolved = field.resolvedType;
  // Known names, and numbers the enum does not declare.
  if (resolved instanceof protobuf.Enum) return next() < 0.8 ? pick(next, Object.keys(resolved.values)) : pick(next, [2, 7, 1000, -3]);
  if (resolved instanceof protobuf.Type) return message(next, resolved, depth + 1);
  return scalar(next, field.type);
}

/** A random object of the type: any field may be missing; nesting stops at depth 3. */
function message(next: () => number, type: protobuf.Type, depth = 0): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    field.resolve();
    if (next() < 0.35 || (depth >= 3 && field.resolvedType instanceof protobuf.Type)) continue;
    if (field.map) {
      const entries: Record<string, unknown> = {};
      const keyType = (field as unknown as protobuf.MapField).keyType;
      for (let i = Math.floor(next() * 4); i > 0; i--) entries[String(scalar(next, keyType))] = value(next, field, depth);
      object[field.name] = entries;
    } else if (field.repeated) {
      object[field.name] = Array.from({ length: Math.floor(next() * 4) }, () => value(next, field, depth));
    } else {
      object[field.name] = value(next, field, depth);
    }
  }
  return object;
}

function encode(type: protobuf.Type, object: Record<string, unknown>): Uint8Array {
  return type.encode(type.fromObject(object)).finish();
}

/** The same bytes through protobufjs (decode, then toObject) and the generated decoder: equal values, equal key order, or both failing. */
function expectSame(type: protobuf.Type, plain: PlainDecoder, bytes: Uint8Array): void {
  const outcome = (decode: () => unknown) => {
    try {
      const decoded = decode();
      return { decoded, json: JSON.stringify(decoded) };
    } catch {
      return { failed: true };
    }
  };
  const expected = outcome(() => type.toObject(type.decode(bytes), CONVERSION_OPTIONS));
  const actual = outcome(() => plain(bytes));
  expect(actual).toStrictEqual(expected);
}

/** Wire forms protobufjs does not write itself: unpacked repeated numbers, unknown fields. */
function oddities(type: protobuf.Type, next: () => number): Uint8Array {
  const writer = protobuf.Writer.create();
  for (const field of type.fieldsArray) {
    if (field.repeated && !field.map && (field.resolvedType instanceof protobuf.Enum || field.type === 'int32')) {
      writer.uint32((field.id << 3) | 0).int32(pick(next, [1, 5, -3]));
    }
  }
  // A map entry keyed "__proto__": an own key, not the object's prototype.
  for (const field of type.fieldsArray) {
    if (field.map && (field as unknown as protobuf.MapField).keyType === 'string') {
      const valueType = field.resolvedType ? 'int32' : field.type;
      const write = writer.uint32((field.id << 3) | 2).fork().uint32((1 << 3) | 2).string('__proto__').uint32((2 << 3) | (protobuf.types.basic as Record<string, number>)[valueType]);
      (write as unknown as Record<string, (value: unknown) => void>)[valueType](scalar(next, valueType));
      writer.ldelim();
    }
  }
  writer.uint32((999 << 3) | 0).uint32(7);
  writer.uint32((998 << 3) | 2).string('unknown');
  writer.uint32((997 << 3) | 5).fixed32(1);
  writer.uint32((996 << 3) | 1).fixed64(1);
  return writer.finish();
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts.map((part) => Buffer.from(part)));
}

describe('generated plain decoders', () => {
  it('decode every field kind exactly as protobufjs decode + toObject', () => {
    const type = sample.lookupType('sample.Everything');
    const plain = compilePlainDecoder(type, CONVERSION_OPTIONS)!;
    expect(plain).toBeDefined();
    const next = random(1);
    expectSame(type, plain, new Uint8Array(0));
    for (let i = 0; i < 400; i++) {
      const a = encode(type, message(next, type));
      const b = encode(type, message(next, type));
      expectSame(type, plain, a);
      // Fields met twice (the last wins, lists and maps grow), unpacked lists, unknown fields.
      expectSame(type, plain, concat(a, oddities(type, next), b));
      // Cut short or corrupted: both fail, or both read the same.
      expectSame(type, plain, a.subarray(0, Math.floor(next() * a.length)));
      const corrupted = Buffer.from(a);
      if (corrupted.length > 0) corrupted[Math.floor(next() * corrupted.length)] ^= 0xff;
      expectSame(type, plain, corrupted);
    }
  });

  it('decode every event type of every topic exactly as protobufjs decode + toObject', () => {
    const next = random(2);
    const types = [...new Set(Object.values(TOPICS).flatMap((topic) => [...topic.eventTypes]))].map((name) => messageTypes().lookupType(name));
    for (const type of types) {
      const plain = compilePlainDecoder(type, CONVERSION_OPTIONS);
      expect(plain).toBeDefined();
      for (let i = 0; i < 100; i++) {
        const bytes = encode(type, message(next, type));
        expectSame(type, plain!, bytes);
        expectSame(type, plain!, concat(bytes, oddities(type, next), encode(type, message(next, type))));
      }
    }
  });

  it('leave what they do not cover, and other conversion options, to protobufjs', () => {
    for (const name of ['WithOneof', 'WithOptional', 'WithBytes', 'WithMessageMap', 'WithLongKeys', 'HoldsUnsupported']) {
      expect(compilePlainDecoder(sample.lookupType(`sample.${name}`), CONVERSION_OPTIONS)).toBeUndefined();
    }
    const everything = sample.lookupType('sample.Everything');
    expect(compilePlainDecoder(everything, { ...CONVERSION_OPTIONS, longs: Number })).toBeUndefined();
    expect(compilePlainDecoder(everything, { ...CONVERSION_OPTIONS, json: true })).toBeUndefined();
  });

  it('stop at protobufjs nesting limit', () => {
    const inner = sample.lookupType('sample.Inner');
    const plain = compilePlainDecoder(inner, CONVERSION_OPTIONS)!;
    // Written by hand: protobufjs will not encode that deep either.
    let bytes = encode(inner, { name: 'leaf' });
    for (let depth = 0; depth < 120; depth++) {
      bytes = protobuf.Writer.create().uint32((4 << 3) | 2).bytes(bytes).finish();
      if (depth === 20) expectSame(inner, plain, bytes);
    }
    expectSame(inner, plain, bytes);
    expect(() => plain(bytes)).toThrow(/nesting depth/);
  });
});

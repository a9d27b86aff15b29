import * as protobuf from 'protobufjs';

/** Bytes to the plain object `type.toObject(type.decode(bytes), CONVERSION_OPTIONS)` gives. */
export type PlainDecoder = (bytes: Uint8Array) => unknown;

/** A generated decoder of one type, called for top-level and nested messages alike. */
type Compiled = (reader: protobuf.Reader, length: number | undefined, depth: number) => unknown;

/** The conversion the generated decoders perform; any other asks for protobufjs's own converter. */
const PLAIN_CONVERSION: protobuf.IConversionOptions = { longs: String, enums: String, defaults: true, arrays: true, objects: true, oneofs: true };

const LONGS = new Set(['int64', 'sint64', 'sfixed64', 'uint64', 'fixed64']);
const UNSIGNED_LONGS = new Set(['uint64', 'fixed64']);
const SCALARS = new Set(['string', 'bool', 'int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'double', 'float', ...LONGS]);
const MAP_KEYS = new Set(['string', 'bool', 'int32', 'uint32', 'sint32', 'fixed32', 'sfixed32']);

const TWO_POW_32 = 2 ** 32;
const SAFE_HIGH_BITS = 2 ** 21;

/** A decoded 64-bit integer (a long.js Long, or a number without long.js) as protobufjs's String conversion writes it. */
function longText(value: number | protobuf.Long, unsigned: boolean): string {
  if (typeof value === 'number') return String(value);
  const high = unsigned ? value.high >>> 0 : value.high;
  if (high < SAFE_HIGH_BITS && high >= (unsigned ? 0 : -SAFE_HIGH_BITS)) return String(high * TWO_POW_32 + (value.low >>> 0));
  return (protobuf.util.Long as unknown as { prototype: { toString(this: unknown): string } }).prototype.toString.call(value);
}

/**
 * Decodes straight into the plain object protobufjs's decode followed by toObject produces, with
 * the same keys in the same order and the same errors for bad input, in one pass and without the
 * intermediate message: half the time of the two steps. Generated per type from its reflection,
 * like protobufjs's own code; types using what it does not cover (oneofs and proto3 optional,
 * bytes, maps of messages or with 64-bit keys, required or group fields) and other conversion
 * options get undefined, and their callers use protobufjs.
 */
export function compilePlainDecoder(type: protobuf.Type, options: protobuf.IConversionOptions): PlainDecoder | undefined {
  const keys = Object.keys(PLAIN_CONVERSION) as (keyof protobuf.IConversionOptions)[];
  if (keys.some((key) => options[key] !== PLAIN_CONVERSION[key]) || Object.keys(options).some((key) => !(key in PLAIN_CONVERSION))) return undefined;
  if (!supported(type, new Set())) return undefined;
  const compiled = compile(type, new Map());
  return (bytes) => compiled(protobuf.Reader.create(bytes), undefined, 0);
}

function keyTypeOf(field: protobuf.Field): string {
  return (field as unknown as protobuf.MapField).keyType;
}

function supported(type: protobuf.Type, visiting: Set<protobuf.Type>): boolean {
  if (visiting.has(type)) return true;
  visiting.add(type);
  return type.fieldsArray.every((field) => {
    field.resolve();
    if (field.required || field.partOf || (field as { delimited?: boolean }).delimited) return false;
    const resolved = field.resolvedType;
    if (field.map) {
      return MAP_KEYS.has(keyTypeOf(field)) && (resolved instanceof protobuf.Enum || (!resolved && SCALARS.has(field.type)));
    }
    if (resolved instanceof protobuf.Enum) return true;
    if (resolved instanceof protobuf.Type) return supported(resolved, visiting);
    return SCALARS.has(field.type);
  });
}

/** Compiles a type and the types it contains (once each, cycles included). */
function compile(type: protobuf.Type, done: Map<protobuf.Type, { decode?: Compiled }>): Compiled {
  const existing = done.get(type);
  if (existing) return (reader, length, depth) => existing.decode!(reader, length, depth);
  const slot: { decode?: Compiled } = {};
  done.set(type, slot);

  const enums: protobuf.Enum[] = [];
  const nested: Compiled[] = [];
  const fields = type.fieldsArray.slice().sort((a, b) => a.id - b.id);
  const prop = (field: protobuf.Field) => `d[${JSON.stringify(field.name)}]`;
  /** An expression converting `value` (a read field value) as toObject does. */
  const convert = (field: protobuf.Field, value: string): string => {
    if (field.resolvedType instanceof protobuf.Enum) {
      const e = `E[${enums.push(field.resolvedType) - 1}].values`;
      return `(${e}[${value}]===undefined?${value}:${e}[${value}])`;
    }
    if (LONGS.has(field.type)) return `L(${value},${UNSIGNED_LONGS.has(field.type)})`;
    return value;
  };
  /** An expression reading one value of the field's type (not a map entry). */
  const read = (field: protobuf.Field): string => {
    if (field.resolvedType instanceof protobuf.Type) return `M[${nested.push(compile(field.resolvedType, done)) - 1}](r,r.uint32(),n+1)`;
    return `r.${field.resolvedType instanceof protobuf.Enum ? 'int32' : field.type}()`;
  };

  const lines: string[] = [
    'if(n>R.recursionLimit||n>U.recursionLimit)throw Error("maximum nesting depth exceeded")',
    'var c,c2,t,tag2,k,value,v',
    'if(l===undefined)c=r.len',
    'else{c=r.pos+l;if(c>r.len)throw RangeError("index out of range");l=r.len;r.len=c}',
    'var d={}',
  ];
  // Defaults in toObject's order: repeated fields, maps, then the others, each by field number.
  for (const field of fields) if (field.repeated) lines.push(`${prop(field)}=[]`);
  for (const field of fields) if (field.map) lines.push(`${prop(field)}={}`);
  for (const field of fields) {
    if (field.repeated || field.map) continue;
    let value: unknown = field.typeDefault;
    if (field.resolvedType instanceof protobuf.Enum) value = field.resolvedType.valuesById[field.typeDefault as number];
    else if (LONGS.has(field.type)) {
      const { low, high, unsigned } = field.typeDefault as { low: number; high: number; unsigned: boolean };
      const Long = protobuf.util.Long as unknown as (new (low: number, high: number, unsigned: boolean) => protobuf.Long) | undefined;
      value = Long ? new Long(low, high, unsigned).toString() : String(field.typeDefault);
    }
    lines.push(`${prop(field)}=${JSON.stringify(value ?? null)}`);
  }

  lines.push('while(r.pos<c){', 't=r.uint32()', 'switch(t>>>3){');
  for (const field of fields) {
    lines.push(`case ${field.id}:{`);
    if (field.map) {
      const keyType = keyTypeOf(field);
      const valueType = field.resolvedType instanceof protobuf.Enum ? 'int32' : field.type;
      const types = protobuf.types as unknown as { defaults: Record<string, unknown> };
      lines.push(
        'c2=r.uint32()+r.pos;if(c2>r.len)throw RangeError("index out of range");r.len=c2',
        `k=${JSON.stringify(types.defaults[keyType] ?? null)};value=${JSON.stringify(field.resolvedType ? null : (types.defaults[valueType] ?? null))}`,
        `while(r.pos<c2){tag2=r.uint32();switch(tag2>>>3){case 1:k=r.${keyType}();break;case 2:value=r.${valueType}();break;default:r.skipType(tag2&7,n);break}}`,
        'if(r.pos!==c2)throw RangeError("index out of range");r.len=c',
        keyType === 'string' ? `if(k==="__proto__")U.makeProp(${prop(field)},k)` : '',
        `${prop(field)}[k]=${convert(field, 'value')}`,
      );
    } else if (field.repeated) {
      const packable = (protobuf.types as unknown as { packed: Record<string, unknown> }).packed[field.resolvedType instanceof protobuf.Enum ? 'int32' : field.type] !== undefined;
      if (packable) {
        lines.push(
          'if((t&7)===2){c2=r.uint32()+r.pos;if(c2>r.len)throw RangeError("index out of range");r.len=c2',
          `while(r.pos<c2){v=${read(field)};${prop(field)}.push(${convert(field, 'v')})}`,
          'if(r.pos!==c2)throw RangeError("index out of range");r.len=c}else',
        );
      }
      lines.push(`{v=${read(field)};${prop(field)}.push(${convert(field, 'v')})}`);
    } else {
      lines.push(`v=${read(field)};${prop(field)}=${convert(field, 'v')}`);
    }
    lines.push('break}');
  }
  lines.push('default:r.skipType(t&7,n);break', '}', '}', 'if(l!==undefined){if(r.pos!==c)throw RangeError("index out of range");r.len=l}', 'return d');

  const factory = new Function('R', 'U', 'L', 'E', 'M', `return function ${type.name.replace(/\W/g, '_')}$plain(r,l,n){\n${lines.filter(Boolean).join('\n')}\n}`) as (
    reader: typeof protobuf.Reader,
    util: typeof protobuf.util,
    long: typeof longText,
    enums: protobuf.Enum[],
    nested: Compiled[],
  ) => Compiled;
  slot.decode = factory(protobuf.Reader, protobuf.util, longText, enums, nested);
  return slot.decode;
}

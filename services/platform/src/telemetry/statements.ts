/**
 * What a trace records of a database or cache statement: its shape, never a value. Values hold
 * personal data (ciphertexts, blind indexes and ids at best), so MongoDB commands keep their field
 * names and operators with every value as '?', and Redis commands keep their name and the pattern
 * of their keys.
 */

export const VALUE_PLACEHOLDER = '?';

/** Longest statement recorded; the rest is cut. */
const MAX_STATEMENT_LENGTH = 2_000;
const MAX_DEPTH = 8;
const MAX_FIELDS = 50;
/** Distinct element shapes kept of an array (`$in` lists collapse to one). */
const MAX_ARRAY_SHAPES = 8;

/** A field name or operator as schemas and queries write them; anything else may be data used as a key. */
const FIELD_NAME = /^[A-Za-z_$][A-Za-z0-9_$.-]{0,63}$/;

function cut(statement: string): string {
  return statement.length > MAX_STATEMENT_LENGTH ? `${statement.slice(0, MAX_STATEMENT_LENGTH)}…` : statement;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function shapeOf(value: unknown, depth: number, seen: Set<object>): unknown {
  // Strings, numbers, dates, ObjectIds, binaries, buffers, regular expressions: all values.
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH || seen.has(value)) return VALUE_PLACEHOLDER;
  if (Array.isArray(value)) {
    seen.add(value);
    const shapes = new Map<string, unknown>();
    for (const item of value) {
      const shape = shapeOf(item, depth + 1, seen);
      shapes.set(JSON.stringify(shape), shape);
      if (shapes.size >= MAX_ARRAY_SHAPES) break;
    }
    seen.delete(value);
    return [...shapes.values()];
  }
  if (!isPlainObject(value)) return VALUE_PLACEHOLDER;
  let entries: [string, unknown][];
  try {
    entries = Object.entries(value);
  } catch {
    // A getter that throws: a document no driver sends, and nothing to describe.
    return VALUE_PLACEHOLDER;
  }
  seen.add(value);
  // No prototype: a field named `__proto__` stays a field.
  const shape = Object.create(null) as Record<string, unknown>;
  let fields = 0;
  for (const [key, inner] of entries) {
    if (++fields > MAX_FIELDS) break;
    const name = FIELD_NAME.test(key) ? key : VALUE_PLACEHOLDER;
    shape[name] = Object.hasOwn(shape, name) ? VALUE_PLACEHOLDER : shapeOf(inner, depth + 1, seen);
  }
  seen.delete(value);
  return shape;
}

/**
 * A MongoDB command (or the document an insert carries) as JSON with every value replaced by '?':
 * `{"find":"?","filter":{"tenantId":"?","emailIndex":"?"}}`.
 */
export function mongoStatement(command: unknown): string {
  return cut(JSON.stringify(shapeOf(command, 0, new Set())));
}

/** Where a Redis command's keys are among its arguments (after the command name). */
type KeyPositions = 'first' | 'all' | 'pairs' | 'first-two' | 'script' | 'scan';

const REDIS_KEY_POSITIONS = new Map<string, KeyPositions>();
for (const [positions, commands] of [
  [
    'first',
    'GET SET SETEX PSETEX SETNX GETDEL GETEX GETSET INCR INCRBY INCRBYFLOAT DECR DECRBY APPEND STRLEN ' +
      'EXPIRE PEXPIRE EXPIREAT PEXPIREAT TTL PTTL PERSIST TYPE DUMP RESTORE ' +
      'HGET HSET HSETNX HMSET HMGET HGETALL HDEL HINCRBY HEXISTS HKEYS HVALS HLEN HSCAN ' +
      'SADD SREM SMEMBERS SISMEMBER SCARD SSCAN ZADD ZREM ZRANGE ZRANGEBYSCORE ZREVRANGE ZSCORE ZCARD ZINCRBY ' +
      'ZREMRANGEBYSCORE ZSCAN LPUSH RPUSH LPOP RPOP LRANGE LLEN LTRIM LREM XADD XRANGE XLEN PFADD PFCOUNT',
  ],
  ['all', 'DEL UNLINK EXISTS MGET WATCH TOUCH'],
  ['pairs', 'MSET MSETNX'],
  ['first-two', 'RENAME RENAMENX COPY SMOVE'],
  ['script', 'EVAL EVALSHA EVAL_RO EVALSHA_RO FCALL FCALL_RO'],
  ['scan', 'SCAN'],
] as const) {
  for (const command of commands.split(' ')) REDIS_KEY_POSITIONS.set(command, positions);
}

const COMMAND_NAME = /^[A-Za-z][A-Za-z0-9_.|-]{0,31}$/;
/** A fixed word of Lethe's key layout (`subject`, a service's name, a store's name); ids and anything else become '?'. */
const KEY_WORD = /^[a-z][a-z-]{0,31}$/;

function argumentText(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (Buffer.isBuffer(arg)) return arg.toString('latin1');
  return undefined;
}

/** `lethe:candidates:t-1:subject:0f3a…:profile` → `lethe:candidates:?:subject:?:profile`. */
export function redisKeyPattern(key: unknown): string {
  const text = argumentText(key);
  if (text === undefined) return VALUE_PLACEHOLDER;
  return text
    .split(':')
    .map((part) => (part === '*' || KEY_WORD.test(part) ? part : VALUE_PLACEHOLDER))
    .join(':');
}

function redisKeys(positions: KeyPositions | undefined, args: readonly unknown[]): unknown[] {
  switch (positions) {
    case 'first':
      return args.slice(0, 1);
    case 'all':
      return [...args];
    case 'pairs':
      return args.filter((_, index) => index % 2 === 0);
    case 'first-two':
      return args.slice(0, 2);
    case 'script': {
      // script or function, number of keys, keys…, arguments…
      const count = Number(argumentText(args[1]) ?? args[1]);
      return Number.isInteger(count) && count > 0 ? args.slice(2, 2 + count) : [];
    }
    case 'scan': {
      const match = args.findIndex((arg) => argumentText(arg)?.toUpperCase() === 'MATCH');
      return match >= 0 ? args.slice(match + 1, match + 2) : [];
    }
    default:
      return [];
  }
}

/**
 * A Redis command as its name and the patterns of its keys, never an argument's value:
 * `SET lethe:candidates:?:subject:?:profile`. Commands whose keys are not known are their name only.
 */
export function redisStatement(commandName: unknown, args: readonly unknown[]): string {
  const name = argumentText(commandName)?.toUpperCase();
  if (name === undefined || !COMMAND_NAME.test(name)) return VALUE_PLACEHOLDER;
  const keys = redisKeys(REDIS_KEY_POSITIONS.get(name), Array.isArray(args) ? args : []).map(redisKeyPattern);
  return cut([name, ...keys].join(' '));
}

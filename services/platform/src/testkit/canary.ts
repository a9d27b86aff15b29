import { randomBytes, randomInt } from 'node:crypto';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { RESP_TYPES } from 'redis';
import { TOPICS } from '@lethe/protos';
import type { Redis } from '../redis/client';

/**
 * Canaries: unique, greppable stand-ins for personal data. A test stores them through a service
 * and then scans raw bytes (database files, Kafka segments, Redis) to prove no plaintext landed
 * anywhere. Each canary carries its own random part, so none is a substring of another.
 */
export type Canaries = Record<string, string>;

export const DEFAULT_CANARY_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'street', 'city', 'notes'] as const;

/**
 * One canary per field, e.g. `CANARY-9f2c4e1a7b30-firstName`. Fields that services validate get a
 * valid shape: `email` a lower-case address, `phone` an E.164 number with 10 random digits.
 */
export function makeCanaries(prefix = 'CANARY', fields: readonly string[] = DEFAULT_CANARY_FIELDS): Canaries {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(prefix)) throw new TypeError('a canary prefix is letters and digits');
  const canaries: Canaries = {};
  for (const field of fields) {
    const hex = randomBytes(6).toString('hex');
    if (/email/i.test(field)) canaries[field] = `${prefix.toLowerCase()}-${hex}-${field.toLowerCase()}@example.com`;
    else if (/phone|mobile/i.test(field)) canaries[field] = `+4915${Array.from({ length: 10 }, () => randomInt(10)).join('')}`;
    else canaries[field] = `${prefix}-${hex}-${field}`;
  }
  return canaries;
}

export interface CanaryHit {
  /** The file path, or `redis:<key>` (`redis-key:<key>` when the key name itself leaks). */
  file: string;
  /** The canary value found. */
  canary: string;
  /** The field the canary stands for, when the canaries were given as a record. */
  field?: string;
  encoding: 'utf8' | 'utf8-lowercase' | 'utf16le';
}

interface Needle {
  bytes: Buffer;
  canary: string;
  field?: string;
  encoding: CanaryHit['encoding'];
}

function needlesOf(canaries: Canaries | readonly string[]): Needle[] {
  const entries: [string | undefined, string][] = Array.isArray(canaries)
    ? (canaries as readonly string[]).map((value) => [undefined, value])
    : Object.entries(canaries as Canaries);
  const needles: Needle[] = [];
  for (const [field, canary] of entries) {
    if (canary.length < 8) throw new TypeError('a canary must be at least 8 characters, or it matches by chance');
    needles.push({ bytes: Buffer.from(canary, 'utf8'), canary, field, encoding: 'utf8' });
    // A service that lower-cases a value for search still leaks it.
    if (canary.toLowerCase() !== canary) needles.push({ bytes: Buffer.from(canary.toLowerCase(), 'utf8'), canary, field, encoding: 'utf8-lowercase' });
    needles.push({ bytes: Buffer.from(canary, 'utf16le'), canary, field, encoding: 'utf16le' });
  }
  return needles;
}

/** Needles that begin with the same anchor bytes, found by their first `keyLength` bytes. */
interface AnchorGroup {
  anchor: Buffer;
  keyLength: number;
  byKey: Map<string, Needle[]>;
}

const ANCHOR_BYTES = 4;
const anchorGroups = new WeakMap<Needle[], AnchorGroup[]>();

/**
 * The needles grouped by their first bytes: canaries share their prefix, so a haystack is searched
 * once per prefix rather than once per canary (thousands of canaries in a full forensic run).
 */
function groupsOf(needles: Needle[]): AnchorGroup[] {
  const known = anchorGroups.get(needles);
  if (known) return known;
  const byAnchor = new Map<string, Needle[]>();
  for (const needle of needles) {
    const anchor = needle.bytes.toString('latin1', 0, ANCHOR_BYTES);
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), needle]);
  }
  const groups = [...byAnchor.values()].map((members) => {
    const keyLength = Math.min(...members.map((needle) => needle.bytes.length));
    const byKey = new Map<string, Needle[]>();
    for (const needle of members) {
      const key = needle.bytes.toString('latin1', 0, keyLength);
      byKey.set(key, [...(byKey.get(key) ?? []), needle]);
    }
    return { anchor: members[0]!.bytes.subarray(0, ANCHOR_BYTES), keyLength, byKey };
  });
  anchorGroups.set(needles, groups);
  return groups;
}

function searchBuffer(where: string, haystack: Buffer, needles: Needle[], found: Map<string, CanaryHit>): void {
  for (const { anchor, keyLength, byKey } of groupsOf(needles)) {
    for (let at = haystack.indexOf(anchor); at !== -1; at = haystack.indexOf(anchor, at + 1)) {
      for (const needle of byKey.get(haystack.toString('latin1', at, at + keyLength)) ?? []) {
        const id = `${where}\u0000${needle.canary}\u0000${needle.encoding}`;
        if (!found.has(id) && haystack.compare(needle.bytes, 0, needle.bytes.length, at, at + needle.bytes.length) === 0) {
          found.set(id, { file: where, canary: needle.canary, field: needle.field, encoding: needle.encoding });
        }
      }
    }
  }
}

const CHUNK_BYTES = 4 * 1024 * 1024;

/** Reads a file in chunks that overlap by the longest needle, so a match across a boundary is found. */
async function scanFile(file: string, needles: Needle[], found: Map<string, CanaryHit>): Promise<void> {
  const overlap = Math.max(...needles.map((needle) => needle.bytes.length)) - 1;
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    // Databases delete journal and temporary files while we walk.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES + overlap);
    let carried = 0;
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, carried, CHUNK_BYTES, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const filled = carried + bytesRead;
      searchBuffer(file, buffer.subarray(0, filled), needles, found);
      carried = Math.min(overlap, filled);
      buffer.copy(buffer, 0, filled - carried, filled);
    }
  } finally {
    await handle.close();
  }
}

async function walk(dir: string, files: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, files);
    else if (entry.isFile()) files.push(full);
  }
}

/**
 * Every occurrence of a canary in the raw bytes of every file under `dir`, recursively: FerretDB's
 * SQLite files including -wal and -shm, Kafka log segments, anything. Searches UTF-8, lower-cased
 * UTF-8 and UTF-16LE. A missing directory is an error: a scan of nothing would prove nothing.
 */
export async function scanDirectoryForCanaries(dir: string, canaries: Canaries | readonly string[]): Promise<CanaryHit[]> {
  const files: string[] = [];
  await readdir(dir);
  await walk(dir, files);
  return scanFilesForCanaries(files, canaries);
}

/** Every occurrence of a canary in the raw bytes of the given files (a file deleted meanwhile is skipped). */
export async function scanFilesForCanaries(files: readonly string[], canaries: Canaries | readonly string[]): Promise<CanaryHit[]> {
  const needles = needlesOf(canaries);
  const found = new Map<string, CanaryHit>();
  for (const file of files) await scanFile(file, needles, found);
  return [...found.values()];
}

/** Every canary in bytes read elsewhere (an HTTP answer, a message's source), named `where`. */
export function scanBytesForCanaries(where: string, bytes: Buffer | string, canaries: Canaries | readonly string[]): CanaryHit[] {
  const found = new Map<string, CanaryHit>();
  searchBuffer(where, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'), needlesOf(canaries), found);
  return [...found.values()];
}

/** Where the local Kafka broker keeps its topics' log segments, one directory per partition (`<topic>-<n>`). */
export function kafkaLogDir(kafkaDataDir: string): string {
  return path.join(kafkaDataDir, 'kraft-combined-logs');
}

/** Names of the integration's topics (which carry personal data by contract), as named under a topic prefix. */
function integrationTopicNames(prefix: string): string[] {
  return Object.values(TOPICS)
    .filter((topic) => topic.personalData)
    .map((topic) => `${prefix}${topic.name}`);
}

/**
 * Canaries in the log segments of Lethe's own topics under a topic prefix (a test run's
 * KAFKA_TOPIC_PREFIX), and which topic partitions were scanned. The integration's topics
 * (`personalData` in protos/src/topics.ts) and their dead-letter topics carry personal data by
 * contract and are left out; every other topic, dead-letter topics included, is scanned.
 */
export async function scanOwnTopicsForCanaries(kafkaDataDir: string, prefix: string, canaries: Canaries | readonly string[]): Promise<{ scanned: string[]; hits: CanaryHit[] }> {
  if (!prefix) throw new TypeError('a topic prefix is needed: without it every test run\'s topics would be scanned');
  const logDir = kafkaLogDir(kafkaDataDir);
  const integration = integrationTopicNames(prefix);
  const scanned = (await readdir(logDir)).filter((name) => name.startsWith(prefix) && !integration.some((topic) => name.startsWith(`${topic}-`) || name.startsWith(`${topic}.dlq.`)));
  const hits: CanaryHit[] = [];
  for (const dir of scanned) hits.push(...(await scanDirectoryForCanaries(path.join(logDir, dir), canaries)));
  return { scanned, hits };
}

/** The client answering in raw bytes: a canary is looked for in the bytes as stored. */
function inBytes(redis: Redis) {
  return redis.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer, [RESP_TYPES.SIMPLE_STRING]: Buffer });
}

async function valuesOf(redis: Redis, key: string): Promise<Buffer[]> {
  const bytes = inBytes(redis);
  const type = await redis.type(key);
  switch (type) {
    case 'none':
      return [];
    case 'string': {
      const value = await bytes.get(key);
      return value ? [value] : [];
    }
    case 'hash': {
      const hash = (await bytes.hGetAll(key)) as unknown as Record<string, Buffer>;
      return Object.entries(hash).flatMap(([field, value]) => [Buffer.from(field), value]);
    }
    case 'list':
      return bytes.lRange(key, 0, -1);
    case 'set':
      return bytes.sMembers(key) as unknown as Promise<Buffer[]>;
    case 'zset':
      return bytes.zRange(key, 0, -1);
    default: {
      // Streams and module types: DUMP's serialisation keeps short strings verbatim; long ones may
      // be LZF-compressed, so this is a best effort for types Lethe does not use.
      const dumped = await bytes.dump(key);
      return dumped ? [dumped] : [];
    }
  }
}

/** Canaries in Redis key names or values of keys matching `keyPattern` (SCAN MATCH syntax). */
export async function scanRedisForCanaries(redis: Redis, canaries: Canaries | readonly string[], keyPattern = '*'): Promise<CanaryHit[]> {
  const needles = needlesOf(canaries);
  const found = new Map<string, CanaryHit>();
  let cursor = '0';
  do {
    const page = await redis.scan(cursor, { MATCH: keyPattern, COUNT: 500 });
    cursor = page.cursor;
    for (const key of page.keys) {
      searchBuffer(`redis-key:${key}`, Buffer.from(key, 'utf8'), needles, found);
      for (const value of await valuesOf(redis, key)) searchBuffer(`redis:${key}`, value, needles, found);
    }
  } while (cursor !== '0');
  return [...found.values()];
}

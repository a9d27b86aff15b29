import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/telemetry/logger';
import { REDACTED } from '../src/telemetry/personal-data';
import { Redis, closeRedis, connectRedis } from '../src/redis/client';
import { DEFAULT_CANARY_FIELDS, kafkaLogDir, makeCanaries, scanBytesForCanaries, scanDirectoryForCanaries, scanOwnTopicsForCanaries, scanRedisForCanaries } from '../src/testkit/canary';
import { testInfra, uniqueName } from '../src/testkit/infra';
import { captureLogs } from '../src/testkit/logs';

describe('makeCanaries', () => {
  it('makes a unique, greppable value per field, in shapes services accept', () => {
    const canaries = makeCanaries('CANARY');
    expect(Object.keys(canaries)).toEqual([...DEFAULT_CANARY_FIELDS]);
    expect(canaries.firstName).toMatch(/^CANARY-[0-9a-f]{12}-firstName$/);
    expect(canaries.email).toMatch(/^canary-[0-9a-f]{12}-email@example\.com$/);
    expect(canaries.phone).toMatch(/^\+4915\d{10}$/);
    const values = Object.values(canaries);
    expect(new Set(values).size).toBe(values.length);
    for (const a of values) for (const b of values) if (a !== b) expect(a.includes(b)).toBe(false);
    expect(makeCanaries('CANARY').firstName).not.toBe(canaries.firstName);
    expect(Object.keys(makeCanaries('X', ['street', 'mobile']))).toEqual(['street', 'mobile']);
    expect(() => makeCanaries('bad prefix')).toThrow(TypeError);
  });
});

describe('scanDirectoryForCanaries', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lethe-canary-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds canaries in raw bytes of nested files, in UTF-8, lower case and UTF-16LE', async () => {
    const canaries = makeCanaries('CANARY', ['firstName', 'lastName', 'city', 'street', 'notes']);
    await mkdir(path.join(dir, 'a', 'b'), { recursive: true });
    await writeFile(path.join(dir, 'db.sqlite-wal'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(`{"firstName":"${canaries.firstName}"}`), Buffer.from([255])]));
    await writeFile(path.join(dir, 'a', 'b', '00000000000000000000.log'), Buffer.from(`x${canaries.lastName}x`, 'utf16le'));
    await writeFile(path.join(dir, 'a', 'search-index'), canaries.city.toLowerCase());
    await writeFile(path.join(dir, 'a', 'clean.bin'), Buffer.from('CANARY-but-not-one-of-ours'));

    const hits = await scanDirectoryForCanaries(dir, canaries);
    const summary = hits.map((hit) => `${path.relative(dir, hit.file)}|${hit.field}|${hit.encoding}`).sort();
    expect(summary).toEqual([
      'a/b/00000000000000000000.log|lastName|utf16le',
      'a/search-index|city|utf8-lowercase',
      'db.sqlite-wal|firstName|utf8',
    ]);
    expect(hits.find((hit) => hit.field === 'firstName')?.canary).toBe(canaries.firstName);
  });

  it('tells apart thousands of canaries sharing a prefix, in bytes read elsewhere too', () => {
    const canaries = Array.from({ length: 2000 }, (_, index) => makeCanaries(`MANY${index}`, ['firstName', 'email', 'phone']));
    const wanted = canaries[1234]!;
    const all = Object.fromEntries(canaries.flatMap((person, index) => Object.entries(person).map(([field, value]) => [`${index}.${field}`, value])));
    const text = `before MANY-x ${wanted.firstName} +49 ${wanted.phone} ${wanted.email.slice(0, -1)} forever`;
    expect(scanBytesForCanaries('answer', text, all).map((hit) => `${hit.file}|${hit.field}|${hit.encoding}`)).toEqual(['answer|1234.firstName|utf8', 'answer|1234.phone|utf8']);
  });

  it('finds a canary that straddles a read-chunk boundary of a large file', async () => {
    const [canary] = Object.values(makeCanaries('BIG', ['notes']));
    const size = 4 * 1024 * 1024 + 1024;
    const bytes = Buffer.alloc(size, 0x2e);
    Buffer.from(canary).copy(bytes, 4 * 1024 * 1024 - 7);
    const sub = path.join(dir, 'big');
    await mkdir(sub);
    await writeFile(path.join(sub, 'segment.log'), bytes);
    expect(await scanDirectoryForCanaries(sub, [canary])).toEqual([{ file: path.join(sub, 'segment.log'), canary, field: undefined, encoding: 'utf8' }]);
    expect(await scanDirectoryForCanaries(sub, makeCanaries('BIG', ['notes']))).toEqual([]);
  });

  it('scans the topics of Lethe under a prefix and leaves the integration\'s topics, which carry personal data by contract, out', async () => {
    const kafkaDataDir = path.join(dir, 'kafka');
    const [canary] = Object.values(makeCanaries('TOPIC', ['firstName']));
    const segments = {
      'run1.lethe.talents.events.v1-0': 'clean',
      'run1.lethe.talents.events.v1.dlq.run1.retention.talents-2': canary,
      'run1.lethe.ats.inbound.v1-3': canary,
      'run1.lethe.ats.inbound.v1.dlq.run1.talent-crm.ats-0': canary,
      'run1.lethe.ats.outbound.v1-5': canary,
      'run2.lethe.talents.events.v1-0': canary,
    };
    for (const [topicDir, content] of Object.entries(segments)) {
      await mkdir(path.join(kafkaLogDir(kafkaDataDir), topicDir), { recursive: true });
      await writeFile(path.join(kafkaLogDir(kafkaDataDir), topicDir, '00000000000000000000.log'), content);
    }
    const { scanned, hits } = await scanOwnTopicsForCanaries(kafkaDataDir, 'run1.', [canary]);
    expect(scanned.sort()).toEqual(['run1.lethe.talents.events.v1-0', 'run1.lethe.talents.events.v1.dlq.run1.retention.talents-2']);
    expect(hits.map((hit) => path.basename(path.dirname(hit.file)))).toEqual(['run1.lethe.talents.events.v1.dlq.run1.retention.talents-2']);
    await expect(scanOwnTopicsForCanaries(kafkaDataDir, '', [canary])).rejects.toBeInstanceOf(TypeError);
  });

  it('refuses to report "clean" for a directory that does not exist', async () => {
    await expect(scanDirectoryForCanaries(path.join(dir, 'missing'), ['CANARY-0000000000'])).rejects.toThrow();
    await expect(scanDirectoryForCanaries(dir, ['short'])).rejects.toBeInstanceOf(TypeError);
  });
});

describe('scanRedisForCanaries', () => {
  const prefix = uniqueName('canary-scan');
  let redis: Redis;

  beforeAll(async () => {
    redis = await connectRedis(testInfra().redisUrl, { logger: createLogger({ service: 'canary-test', level: 'silent' }) });
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.unlink(keys);
    await closeRedis(redis);
  });

  it('finds canaries in key names and in values of every common type', async () => {
    const canaries = makeCanaries('CANARY', ['firstName', 'lastName', 'email', 'city', 'street', 'notes']);
    const other = makeCanaries('CANARY', ['firstName']);
    await redis.set(`${prefix}:string`, `{"firstName":"${canaries.firstName}"}`);
    await redis.hSet(`${prefix}:hash`, 'field', canaries.lastName);
    await redis.rPush(`${prefix}:list`, ['a', canaries.email]);
    await redis.sAdd(`${prefix}:set`, canaries.city);
    await redis.zAdd(`${prefix}:zset`, { score: 1, value: canaries.street });
    await redis.set(`${prefix}:by-name:${canaries.notes}`, 'opaque');
    await redis.set(`${prefix}:clean`, 'v1:abc:s:def:ghi');
    // Outside the pattern: must not be reported.
    const outside = uniqueName('canary-outside');
    await redis.set(outside, canaries.firstName, { expiration: { type: 'EX', value: 60 } });

    const hits = await scanRedisForCanaries(redis, canaries, `${prefix}:*`);
    await redis.unlink(outside);
    const summary = hits.map((hit) => `${hit.file.replace(prefix, 'P')}|${hit.field}`).sort();
    expect(summary).toEqual([
      'redis-key:P:by-name:' + canaries.notes + '|notes',
      'redis:P:hash|lastName',
      'redis:P:list|email',
      'redis:P:set|city',
      'redis:P:string|firstName',
      'redis:P:zset|street',
    ]);
    expect(await scanRedisForCanaries(redis, other, `${prefix}:*`)).toEqual([]);
  });
});

describe('captureLogs', () => {
  it('captures what createLogger writes, after redaction', () => {
    const logs = captureLogs();
    const log = createLogger({ service: 'capture-test', destination: logs.destination });
    const canaries = makeCanaries('CANARY', ['firstName', 'email']);
    log.info({ candidate: { firstName: canaries.firstName, contact: { email: canaries.email } }, candidateId: 'c-1' }, 'candidate created');
    // Positive control: a value under a key that is not personal data does get through.
    log.warn({ ref: 'visible-reference-123' }, 'second');

    expect(logs.lines()).toHaveLength(2);
    expect(logs.text()).not.toContain(canaries.firstName);
    expect(logs.text()).not.toContain(canaries.email);
    expect(logs.text()).toContain('visible-reference-123');
    const [first, second] = logs.records();
    expect(first).toMatchObject({ service: 'capture-test', level: 'info', msg: 'candidate created', candidateId: 'c-1', candidate: { firstName: REDACTED, contact: { email: REDACTED } } });
    expect(second).toMatchObject({ level: 'warn', ref: 'visible-reference-123' });
    logs.clear();
    expect(logs.lines()).toEqual([]);
  });
});

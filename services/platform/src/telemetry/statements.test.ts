import { mongo } from 'mongoose';
import { mongoStatement, redisKeyPattern, redisStatement } from './statements';

const CANARY = 'Ottilie Canary-Wunderlich';
const CANARY_EMAIL = 'ottilie.canary@example.test';
const CANARY_ID = '5f0c3e1a9b7d4e2f8a6c1b3d';

/** Every canary string, in any case: none may be in a statement. */
function expectNoCanary(statement: string): void {
  for (const canary of [CANARY, CANARY_EMAIL, CANARY_ID, 'Ottilie', 'canary', '0177']) {
    expect(statement.toLowerCase()).not.toContain(canary.toLowerCase());
  }
}

describe('mongoStatement', () => {
  it('keeps field names and operators and replaces every value, at any depth', () => {
    const statement = mongoStatement({
      find: 'candidates',
      filter: { tenantId: 't-1', emailIndex: CANARY_EMAIL, stage: { $in: ['new', 'hired', CANARY] }, $or: [{ lastName: CANARY }, { 'notes.text': { $regex: `^${CANARY}` } }] },
      sort: { createdAt: -1 },
      limit: 20,
    });
    expect(JSON.parse(statement)).toEqual({
      find: '?',
      filter: { tenantId: '?', emailIndex: '?', stage: { $in: ['?'] }, $or: [{ lastName: '?' }, { 'notes.text': { $regex: '?' } }] },
      sort: { createdAt: '?' },
      limit: '?',
    });
    expectNoCanary(statement);
  });

  it('replaces BSON values, dates, buffers, regular expressions and numbers whole', () => {
    const statement = mongoStatement({
      _id: new mongo.ObjectId(CANARY_ID),
      ciphertext: new mongo.Binary(Buffer.from(CANARY)),
      raw: Buffer.from(CANARY_EMAIL),
      at: new Date('2020-01-01T00:00:00Z'),
      pattern: new RegExp(CANARY),
      phone: 49_177_1234567,
      big: 10n,
      flag: true,
      nothing: null,
      gone: undefined,
      fn: () => CANARY,
      map: new Map([[CANARY, CANARY]]),
    });
    expect(JSON.parse(statement)).toEqual({
      _id: '?', ciphertext: '?', raw: '?', at: '?', pattern: '?', phone: '?', big: '?', flag: '?', nothing: '?', gone: '?', fn: '?', map: '?',
    });
    expectNoCanary(statement);
  });

  it('replaces keys that are not field names, so data used as a key does not survive', () => {
    const statement = mongoStatement({ $set: { [CANARY_EMAIL]: 1, [CANARY]: 2, [`profile.${CANARY}`]: 3, stage: 'hired' } });
    expect(JSON.parse(statement)).toEqual({ $set: { '?': '?', stage: '?' } });
    expectNoCanary(statement);
  });

  it('survives hostile input: cycles, deep nesting, huge documents, prototype keys, getters that throw', () => {
    const cyclic: Record<string, unknown> = { name: CANARY };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { value: CANARY };
    for (let i = 0; i < 100; i++) deep = { nested: deep };
    const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`field${i}`, CANARY]));
    const prototypeKey = JSON.parse(`{"__proto__": {"polluted": "${CANARY}"}, "constructor": "${CANARY}"}`) as unknown;
    const throwing = Object.defineProperty({}, 'secret', {
      enumerable: true,
      get() {
        throw new Error(CANARY);
      },
    });

    expect(JSON.parse(mongoStatement(cyclic))).toEqual({ name: '?', self: '?' });
    const deepStatement = mongoStatement(deep);
    expect(deepStatement.length).toBeLessThan(200);
    const wideStatement = mongoStatement(wide);
    expect(wideStatement.length).toBeLessThanOrEqual(2_001);
    expect(JSON.parse(mongoStatement(prototypeKey))).toEqual(JSON.parse('{"__proto__": {"polluted": "?"}, "constructor": "?"}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(mongoStatement({ find: 'candidates', filter: throwing })).toBe('{"find":"?","filter":"?"}');
    for (const statement of [mongoStatement(cyclic), deepStatement, wideStatement, mongoStatement(prototypeKey)]) expectNoCanary(statement);
  });

  it('turns a bare value into a placeholder', () => {
    for (const value of [CANARY, 42, null, undefined, [CANARY, CANARY_EMAIL]]) expectNoCanary(mongoStatement(value));
    expect(mongoStatement(CANARY)).toBe('"?"');
    expect(mongoStatement([CANARY, CANARY_EMAIL])).toBe('["?"]');
  });
});

describe('redisKeyPattern', () => {
  it('keeps the fixed words of the key layout and replaces ids and anything else', () => {
    expect(redisKeyPattern(`lethe:candidates:tenant-1:subject:${CANARY_ID}:profile`)).toBe('lethe:candidates:?:subject:?:profile');
    expect(redisKeyPattern('lethe:retention:*:lease')).toBe('lethe:retention:*:lease');
    expect(redisKeyPattern(CANARY_EMAIL)).toBe('?');
    expect(redisKeyPattern(Buffer.from(`lethe:${CANARY_ID}`))).toBe('lethe:?');
    expect(redisKeyPattern(42)).toBe('?');
  });
});

describe('redisStatement', () => {
  const key = `lethe:candidates:t1:subject:${CANARY_ID}:profile`;
  const pattern = 'lethe:candidates:?:subject:?:profile';

  it('records the command and its keys as patterns, never an argument value', () => {
    expect(redisStatement('SET', [key, `{"name":"${CANARY}"}`, 'EX', '600'])).toBe(`SET ${pattern}`);
    expect(redisStatement('get', [key])).toBe(`GET ${pattern}`);
    expect(redisStatement('UNLINK', [key, 'lethe:consent:t1:stamp'])).toBe(`UNLINK ${pattern} lethe:consent:?:stamp`);
    expect(redisStatement('MSET', [key, CANARY, 'lethe:x', CANARY_EMAIL])).toBe(`MSET ${pattern} lethe:x`);
    expect(redisStatement('HSET', [key, 'email', CANARY_EMAIL])).toBe(`HSET ${pattern}`);
    expect(redisStatement('SCAN', ['0', 'MATCH', 'lethe:candidates:t1:*', 'COUNT', '100'])).toBe('SCAN lethe:candidates:?:*');
  });

  it('takes a script command keys from its key count and drops the script and its arguments', () => {
    const script = `redis.call('SET', KEYS[1], '${CANARY}')`;
    expect(redisStatement('EVAL', [script, '2', key, 'lethe:guard', CANARY, CANARY_EMAIL])).toBe(`EVAL ${pattern} lethe:guard`);
    expect(redisStatement('EVALSHA', ['abc123', '0', CANARY])).toBe('EVALSHA');
    expect(redisStatement('EVAL', [script, CANARY, key])).toBe('EVAL');
  });

  it('records commands whose keys it does not know by name only', () => {
    expect(redisStatement('PUBLISH', ['lethe:events', CANARY])).toBe('PUBLISH');
    expect(redisStatement('AUTH', ['user', CANARY])).toBe('AUTH');
    expect(redisStatement('CLIENT', ['SETNAME', CANARY])).toBe('CLIENT');
  });

  it('survives hostile input', () => {
    const statements = [
      redisStatement(CANARY_EMAIL, [key]),
      redisStatement(Buffer.from('SET'), [Buffer.from(key), Buffer.from(CANARY)]),
      redisStatement('SET', [{ toString: () => CANARY }, CANARY]),
      redisStatement('DEL', Array.from({ length: 5_000 }, () => CANARY_EMAIL)),
      redisStatement(undefined, [CANARY]),
      redisStatement('GET', undefined as unknown as unknown[]),
    ];
    expect(statements[0]).toBe('?');
    expect(statements[1]).toBe(`SET ${pattern}`);
    expect(statements[2]).toBe('SET ?');
    expect(statements[3].length).toBeLessThanOrEqual(2_001);
    expect(statements[5]).toBe('GET');
    for (const statement of statements) expectNoCanary(statement);
  });
});

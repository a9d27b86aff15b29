// Dependency-free wire-protocol probes for the local infrastructure (used by infra.sh and
// test-infra.sh before `pnpm install` has run, so no client libraries are available).
//
//   node probe.mjs kafka HOST:PORT            Metadata v4 request; needs at least one broker
//   node probe.mjs mongo HOST:PORT            OP_MSG {ping: 1}; needs ok: 1
//   node probe.mjs mongo HOST:PORT roundtrip  insert, find and drop in a scratch database
//   node probe.mjs mailpit SMTP_HOST:PORT HTTP_HOST:PORT             SMTP greeting and GET /api/v1/info
//   node probe.mjs mailpit SMTP_HOST:PORT HTTP_HOST:PORT roundtrip   sends a message over SMTP, finds it
//                                                                    with the API, deletes it
//   node probe.mjs jaeger HEALTH_HOST:PORT QUERY_HOST:PORT           health check and GET /api/services
//   node probe.mjs jaeger HEALTH_HOST:PORT QUERY_HOST:PORT roundtrip OTLP_HTTP_HOST:PORT
//                                                                    exports a span over OTLP/HTTP and
//                                                                    finds its trace with the query API
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';

const TIMEOUT_MS = Number(process.env.LETHE_PROBE_TIMEOUT_MS ?? 3000);

// Sends one request and resolves with the first complete length-prefixed response frame.
// Kafka's prefix excludes itself; MongoDB's includes itself (lengthIncludesPrefix).
function exchange(host, port, request, lengthIncludesPrefix) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    let data = Buffer.alloc(0);
    const done = (err, frame) => {
      socket.destroy();
      if (err) reject(err);
      else resolve(frame);
    };
    socket.setTimeout(TIMEOUT_MS, () => done(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    socket.on('error', (err) => done(err));
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk) => {
      data = Buffer.concat([data, chunk]);
      if (data.length < 4) return;
      const need = lengthIncludesPrefix ? data.readInt32LE(0) : data.readInt32BE(0) + 4;
      if (data.length >= need) done(null, data.subarray(0, need));
    });
    socket.on('end', () => done(new Error('connection closed before a full response')));
  });
}

async function probeKafka(host, port) {
  const clientId = Buffer.from('lethe-probe');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4 + 1);
  let o = 0;
  o = body.writeInt16BE(3, o); // api key: Metadata
  o = body.writeInt16BE(4, o); // version 4, still served by Kafka 4.x
  o = body.writeInt32BE(1, o); // correlation id
  o = body.writeInt16BE(clientId.length, o);
  o += clientId.copy(body, o);
  o = body.writeInt32BE(0, o); // no topics: brokers only
  body.writeInt8(0, o); // allow_auto_topic_creation
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  const frame = await exchange(host, port, Buffer.concat([size, body]), false);

  let p = 4;
  const correlation = frame.readInt32BE(p);
  p += 4 + 4; // correlation id, throttle time
  if (correlation !== 1) throw new Error(`unexpected correlation id ${correlation}`);
  const brokers = frame.readInt32BE(p);
  p += 4;
  if (brokers < 1) throw new Error('metadata lists no brokers yet');
  const nodeId = frame.readInt32BE(p);
  const hostLen = frame.readInt16BE(p + 4);
  const brokerHost = frame.toString('utf8', p + 6, p + 6 + hostLen);
  const brokerPort = frame.readInt32BE(p + 6 + hostLen);
  return `kafka ok: broker ${nodeId} at ${brokerHost}:${brokerPort}`;
}

// Minimal BSON for the handful of types these commands use.
function encodeDoc(obj) {
  const parts = [];
  for (const [key, value] of Object.entries(obj)) {
    const name = Buffer.from(`${key}\0`);
    let type;
    let payload;
    if (typeof value === 'string') {
      const s = Buffer.from(`${value}\0`);
      type = 0x02;
      payload = Buffer.concat([int32le(s.length), s]);
    } else if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 2 ** 31) {
      type = 0x10;
      payload = int32le(value);
    } else if (typeof value === 'number') {
      type = 0x01;
      payload = Buffer.alloc(8);
      payload.writeDoubleLE(value);
    } else if (typeof value === 'boolean') {
      type = 0x08;
      payload = Buffer.from([value ? 1 : 0]);
    } else if (value === null) {
      type = 0x0a;
      payload = Buffer.alloc(0);
    } else if (Array.isArray(value)) {
      type = 0x04;
      payload = encodeDoc(Object.fromEntries(value.map((v, i) => [String(i), v])));
    } else {
      type = 0x03;
      payload = encodeDoc(value);
    }
    parts.push(Buffer.from([type]), name, payload);
  }
  const content = Buffer.concat([...parts, Buffer.from([0])]);
  return Buffer.concat([int32le(content.length + 4), content]);
}

function int32le(n) {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  return b;
}

function decodeDoc(buf, start = 0, asArray = false) {
  const end = start + buf.readInt32LE(start) - 1;
  const out = asArray ? [] : {};
  let p = start + 4;
  while (p < end) {
    const type = buf[p++];
    const nameEnd = buf.indexOf(0, p);
    const key = buf.toString('utf8', p, nameEnd);
    p = nameEnd + 1;
    let value;
    switch (type) {
      case 0x01: value = buf.readDoubleLE(p); p += 8; break;
      case 0x02: { const len = buf.readInt32LE(p); value = buf.toString('utf8', p + 4, p + 3 + len); p += 4 + len; break; }
      case 0x03: case 0x04: value = decodeDoc(buf, p, type === 0x04); p += buf.readInt32LE(p); break;
      case 0x05: value = '<binary>'; p += 5 + buf.readInt32LE(p); break;
      case 0x07: value = buf.toString('hex', p, p + 12); p += 12; break;
      case 0x08: value = buf[p] === 1; p += 1; break;
      case 0x09: value = new Date(Number(buf.readBigInt64LE(p))); p += 8; break;
      case 0x0a: value = null; break;
      case 0x10: value = buf.readInt32LE(p); p += 4; break;
      case 0x11: value = '<timestamp>'; p += 8; break;
      case 0x12: value = Number(buf.readBigInt64LE(p)); p += 8; break;
      case 0x13: value = '<decimal128>'; p += 16; break;
      default: throw new Error(`unsupported BSON type 0x${type.toString(16)} for key ${key}`);
    }
    if (asArray) out.push(value);
    else out[key] = value;
  }
  return out;
}

let requestId = 0;
async function mongoCommand(host, port, command) {
  const doc = encodeDoc(command);
  const header = Buffer.alloc(16 + 4 + 1);
  header.writeInt32LE(header.length + doc.length, 0);
  header.writeInt32LE(++requestId, 4);
  header.writeInt32LE(0, 8);
  header.writeInt32LE(2013, 12); // OP_MSG
  header.writeUInt32LE(0, 16); // flag bits
  header.writeUInt8(0, 20); // section kind 0: body
  const frame = await exchange(host, port, Buffer.concat([header, doc]), true);
  if (frame.readInt32LE(12) !== 2013 || frame[20] !== 0) throw new Error('unexpected reply opcode');
  const reply = decodeDoc(frame, 21);
  if (reply.ok !== 1) throw new Error(`command ${Object.keys(command)[0]} failed: ${JSON.stringify(reply)}`);
  return reply;
}

async function probeMongo(host, port, mode) {
  await mongoCommand(host, port, { ping: 1, $db: 'admin' });
  if (mode !== 'roundtrip') return 'mongo ok: ping answered';
  const db = `lethe_probe_${process.pid}`;
  const marker = `probe-${Date.now()}`;
  try {
    await mongoCommand(host, port, { insert: 'probe', documents: [{ _id: marker, n: 42 }], $db: db });
    const found = await mongoCommand(host, port, { find: 'probe', filter: { _id: marker }, $db: db });
    const batch = found.cursor?.firstBatch ?? [];
    if (batch.length !== 1 || batch[0].n !== 42) throw new Error(`find returned ${JSON.stringify(batch)}`);
  } finally {
    await mongoCommand(host, port, { dropDatabase: 1, $db: db }).catch(() => {});
  }
  return 'mongo ok: insert/find/drop round trip';
}

// One SMTP session: reads the greeting, then sends each command and reads its reply; every reply
// must have the expected code. Resolves with the greeting.
function smtpSession(host, port, steps) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const pending = [{ send: null, expect: 220 }, ...steps];
    let buffer = '';
    let greeting = '';
    const done = (err) => {
      socket.destroy();
      if (err) reject(err);
      else resolve(greeting);
    };
    socket.setTimeout(TIMEOUT_MS, () => done(new Error(`no SMTP answer within ${TIMEOUT_MS} ms`)));
    socket.on('error', (err) => done(err));
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      // A reply is complete at a line whose code is followed by a space (not "-", a continuation).
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (line[3] === '-') continue;
        const step = pending.shift();
        if (Number(line.slice(0, 3)) !== step.expect) {
          done(new Error(`SMTP ${step.send ?? 'greeting'} answered "${line}", expected ${step.expect}`));
          return;
        }
        if (step.send === null) greeting = line;
        if (pending.length === 0) {
          done(null);
          return;
        }
        socket.write(`${pending[0].send}\r\n`);
      }
    });
    socket.on('end', () => done(new Error('SMTP connection closed early')));
  });
}

// The body of an HTTP request's answer; fails unless it is 2xx.
async function httpCall(host, port, method, path, json) {
  // Globals of Node 20 that the lint configuration does not declare for .mjs files.
  const { fetch, AbortSignal } = globalThis;
  const response = await fetch(`http://${host}:${port}${path}`, {
    method,
    signal: AbortSignal.timeout(TIMEOUT_MS),
    ...(json === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return response.text();
}

async function mailpitApi(host, port, method, path) {
  // GET answers JSON; DELETE answers a plain "ok".
  const body = await httpCall(host, port, method, path);
  return method === 'GET' ? JSON.parse(body) : body;
}

async function probeMailpit(smtp, http, mode) {
  const greeting = await smtpSession(smtp.host, smtp.port, [{ send: 'QUIT', expect: 221 }]);
  if (!greeting.includes('Mailpit')) throw new Error(`SMTP greeting is not Mailpit's: ${greeting}`);
  const info = await mailpitApi(http.host, http.port, 'GET', '/api/v1/info');
  if (typeof info.Version !== 'string') throw new Error(`GET /api/v1/info answered ${JSON.stringify(info)}`);
  if (mode !== 'roundtrip') return `mailpit ok: ${info.Version}, SMTP and API answer`;
  const to = `probe-${process.pid}-${Date.now()}@lethe.test`;
  await smtpSession(smtp.host, smtp.port, [
    { send: 'EHLO lethe-probe', expect: 250 },
    { send: 'MAIL FROM:<probe@lethe.test>', expect: 250 },
    { send: `RCPT TO:<${to}>`, expect: 250 },
    { send: 'DATA', expect: 354 },
    { send: `From: probe@lethe.test\r\nTo: ${to}\r\nSubject: lethe probe\r\n\r\nprobe\r\n.`, expect: 250 },
    { send: 'QUIT', expect: 221 },
  ]);
  const query = encodeURIComponent(`to:"${to}"`);
  const found = await mailpitApi(http.host, http.port, 'GET', `/api/v1/search?query=${query}`);
  if (found.messages?.length !== 1 || found.messages[0].Subject !== 'lethe probe') {
    throw new Error(`search for the sent message answered ${JSON.stringify(found)}`);
  }
  await mailpitApi(http.host, http.port, 'DELETE', `/api/v1/search?query=${query}`);
  return 'mailpit ok: SMTP send, API search and delete round trip';
}

async function probeJaeger(health, query, mode, otlp) {
  await httpCall(health.host, health.port, 'GET', '/status');
  const services = JSON.parse(await httpCall(query.host, query.port, 'GET', '/api/services'));
  // `data` lists the services that sent spans: null before the first one.
  if (services.data !== null && !Array.isArray(services.data)) throw new Error(`GET /api/services answered ${JSON.stringify(services)}`);
  if (mode !== 'roundtrip') return 'jaeger ok: healthy, query API answers';
  if (!otlp) throw new Error('roundtrip needs the OTLP/HTTP address');
  const service = `lethe-probe-${process.pid}-${Date.now()}`;
  const traceId = randomBytes(16).toString('hex');
  const now = BigInt(Date.now()) * 1_000_000n;
  const span = { traceId, spanId: randomBytes(8).toString('hex'), name: 'probe', kind: 1, startTimeUnixNano: String(now - 1_000_000n), endTimeUnixNano: String(now) };
  await httpCall(otlp.host, otlp.port, 'POST', '/v1/traces', {
    resourceSpans: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] }, scopeSpans: [{ scope: { name: 'lethe-probe' }, spans: [span] }] }],
  });
  // The collector batches before it stores: the trace shows up within a second or so.
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = JSON.parse(await httpCall(query.host, query.port, 'GET', `/api/traces?service=${service}`));
    if (found.data?.some((trace) => trace.traceID === traceId)) return 'jaeger ok: OTLP/HTTP span stored and found with the query API';
    await sleep(200);
  }
  throw new Error(`the span exported for ${service} is not found with the query API`);
}

function parseAddress(address) {
  const match = /^(.+):(\d+)$/.exec(address ?? '');
  return match ? { host: match[1], port: Number(match[2]) } : undefined;
}

async function main() {
  const [kind, address, ...rest] = process.argv.slice(2);
  const target = parseAddress(address);
  let message;
  if (target && kind === 'kafka') message = await probeKafka(target.host, target.port);
  else if (target && kind === 'mongo') message = await probeMongo(target.host, target.port, rest[0]);
  else if (target && kind === 'mailpit' && parseAddress(rest[0])) message = await probeMailpit(target, parseAddress(rest[0]), rest[1]);
  else if (target && kind === 'jaeger' && parseAddress(rest[0])) message = await probeJaeger(target, parseAddress(rest[0]), rest[1], parseAddress(rest[2]));
  else {
    throw new Error(
      'usage: node probe.mjs kafka|mongo HOST:PORT [roundtrip] | mailpit SMTP_HOST:PORT HTTP_HOST:PORT [roundtrip]' +
        ' | jaeger HEALTH_HOST:PORT QUERY_HOST:PORT [roundtrip OTLP_HTTP_HOST:PORT]',
    );
  }
  console.log(message);
}

main().catch((err) => {
  console.error(`probe failed: ${err.message}`);
  process.exit(1);
});

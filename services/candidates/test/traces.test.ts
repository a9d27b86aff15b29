// The service as the chart runs it (its own process, exporting traces over OTLP to the local
// Jaeger): a request's trace holds Lethe's gRPC span with the MongoDB and Redis calls made for it
// as child spans, their statements recorded without values. A process of its own because the
// instrumentations hook node's `require`, which jest's module registry bypasses.
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { devTokenSigner, freePort, makeCanaries, startLocalStack, testInfra, uniqueName, waitFor, type LocalStack } from '@lethe/platform/testkit';
import { CandidatesService, input, person } from './kit';

interface JaegerTag {
  key: string;
  value: unknown;
}
interface JaegerSpan {
  spanID: string;
  operationName: string;
  references: { refType: string; spanID: string }[];
  tags: JaegerTag[];
}
interface JaegerTrace {
  traceID: string;
  spans: JaegerSpan[];
}

const tag = (span: JaegerSpan, key: string) => span.tags.find((found) => found.key === key)?.value;

/** The traces of one tenant's calls of `operation`, as Jaeger's query API returns them. */
async function tracesOf(operation: string, tenantId: string, since: number): Promise<JaegerTrace[]> {
  const query = new URLSearchParams({
    service: 'candidates',
    operation,
    tags: JSON.stringify({ 'lethe.tenant_id': tenantId }),
    start: String(since * 1000),
    limit: '20',
  });
  const response = await fetch(`${testInfra().jaegerUrl}/api/traces?${query}`);
  if (!response.ok) throw new Error(`Jaeger's query API answered ${response.status}`);
  return ((await response.json()) as { data: JaegerTrace[] }).data;
}

/** Every span of the trace that descends from `root`. */
function descendantsOf(trace: JaegerTrace, root: JaegerSpan): JaegerSpan[] {
  const found: JaegerSpan[] = [];
  const parents = new Set([root.spanID]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const span of trace.spans) {
      if (parents.has(span.spanID) || !span.references.some((ref) => ref.refType === 'CHILD_OF' && parents.has(ref.spanID))) continue;
      parents.add(span.spanID);
      found.push(span);
      grew = true;
    }
  }
  return found;
}

let stack: LocalStack;
beforeAll(async () => {
  const [grpc, http] = [await freePort(), await freePort()];
  stack = await startLocalStack({
    services: [{ name: 'candidates', obeysErasure: true, callers: {} }],
    namespace: uniqueName('traces'),
    ports: () => ({ grpc, http }),
    logsDir: testInfra().logsDir,
    // Exported within a fraction of a second, so the test need not wait for the default 5 s batches.
    env: { OTEL_BSP_SCHEDULE_DELAY: '100' },
  });
}, 300_000);
afterAll(async () => {
  await stack?.stop();
});

describe('traces in Jaeger', () => {
  it("show a call's MongoDB and Redis work under its gRPC span, with no value of the request in any statement", async () => {
    const since = Date.now();
    const tenantId = uniqueName('tenant');
    const signer = await devTokenSigner();
    const token = await signer.mint({ tenantId, actorId: 'recruiter-1', actorKind: 'user', rights: [RIGHTS.readCandidates, RIGHTS.writeCandidates], services: ['candidates'] });
    const client = createClient(CandidatesService, stack.service('candidates').address, { token });
    const canaries = makeCanaries('TRACE', ['firstName', 'lastName', 'email', 'phone', 'notes']);
    let candidateId: string;
    try {
      const { candidate } = await unaryCall(client, 'CreateCandidate', {
        candidate: input(person({ firstName: canaries.firstName, lastName: canaries.lastName, email: canaries.email, phone: canaries.phone, notes: canaries.notes })),
      });
      candidateId = candidate!.id;
      expect((await unaryCall(client, 'GetCandidate', { id: candidateId })).personal?.email).toBe(canaries.email);
    } finally {
      client.close();
    }

    const operations = ['lethe.candidates.v1.CandidatesService/CreateCandidate', 'lethe.candidates.v1.CandidatesService/GetCandidate'];
    const traces = new Map<string, JaegerTrace>();
    for (const operation of operations) {
      const [trace] = await waitFor(async () => {
        const found = await tracesOf(operation, tenantId, since);
        // The database and cache spans end before the gRPC span, so they arrive with it or before it.
        return found.length > 0 && found[0].spans.some((span) => span.operationName === operation) ? found : undefined;
      }, 30_000, `the trace of ${operation} in Jaeger`);
      traces.set(operation, trace);
    }

    const get = traces.get(operations[1])!;
    const server = get.spans.find((span) => span.operationName === operations[1])!;
    expect(tag(server, 'span.kind')).toBe('server');
    const children = descendantsOf(get, server);
    const mongoSpans = children.filter((span) => tag(span, 'db.system.name') === 'mongodb');
    const redisSpans = children.filter((span) => tag(span, 'db.system.name') === 'redis');
    // A read through the cache: a miss in Redis, the document from MongoDB, then the cache filled.
    expect(mongoSpans.map((span) => tag(span, 'db.operation.name'))).toContain('find');
    expect(redisSpans.length).toBeGreaterThan(0);
    for (const span of [...mongoSpans, ...redisSpans]) {
      expect(tag(span, 'span.kind')).toBe('client');
      expect(tag(span, 'db.query.text')).toEqual(expect.any(String));
    }
    // Field names and operators, every value a '?'; key patterns without ids.
    expect(mongoSpans.map((span) => String(tag(span, 'db.query.text'))).join('\n')).toMatch(/"filter":\{[^}]*"\?"/);
    expect(redisSpans.map((span) => String(tag(span, 'db.query.text'))).join('\n')).toMatch(/^(GET|SET|EVAL|EVALSHA) [a-z:?-]+/m);

    const create = traces.get(operations[0])!;
    const createServer = create.spans.find((span) => span.operationName === operations[0])!;
    expect(descendantsOf(create, createServer).some((span) => tag(span, 'db.operation.name') === 'insert')).toBe(true);

    // Nothing of the person anywhere in either trace (tags, logs, process tags), and no value in
    // a statement: not even the id the read looked up.
    const text = JSON.stringify([...traces.values()]).toLowerCase();
    expect(Object.values(canaries).filter((canary) => text.includes(canary.toLowerCase()))).toEqual([]);
    const statements = [...traces.values()].flatMap((trace) => trace.spans.map((span) => tag(span, 'db.query.text'))).filter((statement) => statement !== undefined);
    expect(statements.filter((statement) => String(statement).includes(candidateId))).toEqual([]);
  });
});


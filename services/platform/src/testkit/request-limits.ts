import type { MethodDefinition as GrpcMethodDefinition } from '@grpc/grpc-js';
import { messageTypes } from '@lethe/protos';
import { RIGHTS, type RequestContext } from '../auth/context';
import { ValidationError, type FieldViolation } from '../errors/errors';
import type { ServiceRegistration } from '../grpc/handlers';

/*
 * The lint of every gRPC request schema, run against the handlers themselves: for every method of
 * a service and every string field of its request message (nested messages, repeated fields and
 * maps included, as protobuf reflection finds them), one request with that field oversized, one
 * with each repeated field and map over-full, is decoded exactly as the server decodes it and
 * handed to the handler. The handler's dependencies are stand-ins that throw when the handler
 * reaches them: every probe must be refused as INVALID_ARGUMENT naming the field, quickly, before
 * anything else is touched. A field the handler ignores may be declared `dropped`; it must then
 * reach the dependencies without the oversized value.
 */

type Root = ReturnType<typeof messageTypes>;
type MessageType = ReturnType<Root['lookupType']>;
type ProtoField = MessageType['fieldsArray'][number];

/** Length of the oversized strings: 1 MiB. */
export const OVERSIZED_CHARS = 1024 * 1024;
/** Entries of the over-full lists and maps: more than any request takes. */
export const OVERFULL_ENTRIES = 10_001;

export interface RequestLimitOptions {
  /** What a probe may take, refused; 250 ms by default (a probe is timed once more when it takes longer). */
  maxMs?: number;
  /** Fields the handler ignores, as `Method field.path` (e.g. `GetThing settings.updatedBy`), with why. */
  dropped?: Readonly<Record<string, string>>;
}

export interface RequestLimitReport {
  /** Every probe made, as `Method field.path (what)`. */
  probes: string[];
  /** What went wrong; empty when every request schema holds. */
  problems: string[];
}

/** Thrown by the stand-in dependencies when a handler reaches one. */
export class DependencyReached extends Error {
  constructor(
    readonly dependency: string,
    readonly args: readonly unknown[],
  ) {
    super(`the handler reached ${dependency}`);
  }
}

const standIns = new WeakSet<object>();

/**
 * Dependencies for handlers under probe: every property is a stand-in that throws
 * DependencyReached when called (at any depth: `deps.recruiting.clients.get(...)`), except the
 * given real ones (a clock, a service name).
 */
export function unreachableDependencies<T extends object>(real: Partial<T> = {}): T {
  const standIn = (path: string): unknown => {
    const proxy: object = new Proxy(function standIn() {}, {
      get: (_target, property) => {
        if (typeof property === 'symbol' || property === 'then') return undefined;
        if (path === '' && property in real) return (real as Record<string, unknown>)[property];
        return standIn(path ? `${path}.${property}` : property);
      },
      apply: (_target, _this, args) => {
        throw new DependencyReached(path || '(dependencies)', args);
      },
      construct: (_target, args) => {
        throw new DependencyReached(`new ${path}`, args);
      },
    });
    standIns.add(proxy);
    return proxy;
  };
  return standIn('') as T;
}

/** A caller with every right, as a service (some methods answer only services). */
export const PROBE_CONTEXT: RequestContext = { tenantId: 'limits-tenant', actorId: 'limits-probe', actorKind: 'service', rights: new Set(Object.values(RIGHTS)), requestId: 'limits-probe' };

interface Probe {
  method: string;
  /** The proto path of the field, e.g. `candidate.personal.email` or `sections[0].title`. */
  field: string;
  what: 'oversized string' | 'oversized map key' | 'over-full list' | 'over-full map';
  request: Record<string, unknown>;
  /** A violation that names the field: its path, and the codes that say why. */
  named: (violation: FieldViolation) => boolean;
}

type Segment = string | number;

/** `{ a: [{ b: value }] }` from ['a', 0, 'b']: every probe's request is built from the root. */
function nested(path: readonly Segment[], value: unknown): Record<string, unknown> {
  let built: unknown = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i]!;
    built = typeof segment === 'number' ? [built] : { [segment]: built };
  }
  return built as Record<string, unknown>;
}

const dotted = (path: readonly Segment[]) => path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');

const LENGTH_CODES = new Set(['too_long', 'invalid_value']);

function probesOf(method: string, type: MessageType, path: Segment[], seen: ReadonlySet<string>): Probe[] {
  const probes: Probe[] = [];
  const big = 'x'.repeat(OVERSIZED_CHARS);
  const add = (field: Segment[], what: Probe['what'], value: unknown, named: (name: string) => (v: FieldViolation) => boolean) => {
    const name = dotted(field);
    probes.push({ method, field: name, what, request: nested(field, value), named: named(name) });
  };
  const exactly = (codes: ReadonlySet<string>) => (name: string) => (v: FieldViolation) => v.field === name && codes.has(v.code);
  const under = (name: string) => (v: FieldViolation) => v.field.startsWith(`${name}.`) && LENGTH_CODES.has(v.code);

  for (const field of type.fieldsArray as ProtoField[]) {
    field.resolve();
    const here = [...path, field.name];
    const message = field.resolvedType && 'fieldsArray' in field.resolvedType ? (field.resolvedType as MessageType) : undefined;
    const isString = field.type === 'string';
    if (field.map) {
      const keyed = (count: number, value: unknown) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, value]));
      const entryValue = isString ? 'v' : message ? {} : 0;
      add(here, 'over-full map', keyed(OVERFULL_ENTRIES, entryValue), exactly(new Set(['too_big'])));
      add(here, 'oversized map key', { [big]: entryValue }, () => under(dotted(here)));
      if (isString) add([...here, 'k'], 'oversized string', big, exactly(LENGTH_CODES));
      else if (message && !seen.has(message.fullName)) probes.push(...probesOf(method, message, [...here, 'k'], new Set([...seen, message.fullName])));
      continue;
    }
    if (field.repeated) {
      if (isString || message) add(here, 'over-full list', Array.from({ length: OVERFULL_ENTRIES }, () => (isString ? 'x' : {})), exactly(new Set(['too_big'])));
      if (isString) add([...here, 0], 'oversized string', big, exactly(LENGTH_CODES));
      else if (message && !seen.has(message.fullName)) probes.push(...probesOf(method, message, [...here, 0], new Set([...seen, message.fullName])));
      continue;
    }
    if (isString) add(here, 'oversized string', big, exactly(LENGTH_CODES));
    else if (message && !seen.has(message.fullName)) probes.push(...probesOf(method, message, here, new Set([...seen, message.fullName])));
  }
  return probes;
}

/** Whether the arguments a handler passed on carry an oversized value. */
function carriesOversized(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.length >= OVERSIZED_CHARS / 2;
  if (value === null || typeof value !== 'object' || depth > 8 || standIns.has(value)) return false;
  if (Buffer.isBuffer(value) || value instanceof Date) return false;
  if (Array.isArray(value)) return value.length >= OVERFULL_ENTRIES / 2 || value.some((item) => carriesOversized(item, depth + 1));
  const entries = Object.entries(value);
  return entries.length >= OVERFULL_ENTRIES / 2 || entries.some(([key, item]) => key.length >= OVERSIZED_CHARS / 2 || carriesOversized(item, depth + 1));
}

async function* once<T>(item: T): AsyncIterable<T> {
  yield item;
}

type Outcome = { kind: 'refused'; violations: FieldViolation[] } | { kind: 'reached'; dependency: string; oversized: boolean } | { kind: 'failed'; error: unknown } | { kind: 'answered' };

async function invoke(registration: ServiceRegistration, method: string, request: unknown): Promise<{ outcome: Outcome; ms: number }> {
  const handler = registration.handlers[method]!;
  // The call objects are not read by handlers before they validate; an empty one stands in.
  const call = {} as never;
  const started = process.hrtime.bigint();
  let outcome: Outcome;
  try {
    if (handler.kind === 'unary') await handler.handle(request, PROBE_CONTEXT, call);
    else if (handler.kind === 'serverStream') await handler.produce(request, PROBE_CONTEXT, call)[Symbol.asyncIterator]().next();
    else await handler.consume(once(request), PROBE_CONTEXT, call);
    outcome = { kind: 'answered' };
  } catch (err) {
    if (err instanceof ValidationError) outcome = { kind: 'refused', violations: err.violations };
    else if (err instanceof DependencyReached) outcome = { kind: 'reached', dependency: err.dependency, oversized: carriesOversized(err.args) };
    else outcome = { kind: 'failed', error: err };
  }
  return { outcome, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

/**
 * Probes every method of the registrations (whose handlers were built with
 * unreachableDependencies) and reports every request field that is not refused as it must be.
 */
export async function checkRequestLimits(registrations: readonly ServiceRegistration[], options: RequestLimitOptions = {}): Promise<RequestLimitReport> {
  const maxMs = options.maxMs ?? 250;
  const dropped = new Set(Object.keys(options.dropped ?? {}));
  const foundDropped = new Set<string>();
  const root = messageTypes();
  const report: RequestLimitReport = { probes: [], problems: [] };

  for (const registration of registrations) {
    const service = root.lookupService(registration.name);
    for (const [name, definition] of Object.entries(registration.definition) as [string, GrpcMethodDefinition<unknown, unknown>][]) {
      const method = service.methods[name];
      if (!method) {
        report.problems.push(`${registration.name}/${name}: not in the protos`);
        continue;
      }
      method.resolve();
      const requestType = method.resolvedRequestType as MessageType;
      for (const probe of probesOf(name, requestType, [], new Set([requestType.fullName]))) {
        const key = `${name} ${probe.field}`;
        const label = `${key} (${probe.what})`;
        report.probes.push(label);
        // Decoded as the server decodes it: defaults, oneof names and all.
        const request = definition.requestDeserialize(definition.requestSerialize(probe.request));
        const { outcome, ms: first } = await invoke(registration, name, request);
        let ms = first;
        for (let retry = 0; retry < 2 && ms > maxMs; retry++) ms = Math.min(ms, (await invoke(registration, name, request)).ms);
        const problem = judge(outcome, probe, dropped.has(key));
        if (dropped.has(key) && outcome.kind === 'reached') foundDropped.add(key);
        if (problem) report.problems.push(`${label}: ${problem}`);
        else if (ms > maxMs) report.problems.push(`${label}: refused, but in ${ms.toFixed(1)} ms (at most ${maxMs} ms)`);
      }
    }
  }
  for (const key of dropped) if (!foundDropped.has(key)) report.problems.push(`${key}: declared dropped, but no probe found the handler going on without it`);
  return report;
}

function judge(outcome: Outcome, probe: Probe, droppedField: boolean): string | undefined {
  switch (outcome.kind) {
    case 'refused':
      if (outcome.violations.some(probe.named)) return undefined;
      return `refused, but not by naming the field as too long: ${JSON.stringify(outcome.violations.map(({ field, code }) => ({ field, code })))}`;
    case 'reached':
      if (outcome.oversized) return `reached ${outcome.dependency} with the oversized value`;
      if (droppedField) return undefined;
      return `reached ${outcome.dependency} without refusing the field (declare it dropped if the handler ignores it)`;
    case 'failed':
      return `failed with ${outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message.slice(0, 200)}` : String(outcome.error)}`;
    case 'answered':
      return 'answered without refusing the field';
  }
}

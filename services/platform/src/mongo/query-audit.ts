import { isServed } from './index-rules';
import { describeIndex, describeShape, type IndexShape, type QueryShape } from './query-shapes';

/**
 * The query audit: every query shape the test suite recorded (command-monitor.ts) checked against
 * the indexes the same service declared, by MongoDB's prefix rules (index-rules.ts).
 */

interface Source {
  /** The service whose connection it was, when a service runtime opened it. */
  service: string | null;
  database: string;
  /** The test file (or script) under way when the command was sent. */
  origin: string;
}

export type AuditEntry = Source & (({ kind: 'query' } & QueryShape) | ({ kind: 'index' } & IndexShape));

/** A shape no index serves that is right as it is, and why. */
export interface AllowedShape {
  service: string;
  collection: string;
  shape: string;
  reason: string;
}

export interface AuditedShape {
  service: string;
  collection: string;
  shape: string;
  /** The indexes the service declared on the collection. */
  indexes: string[];
  origins: string[];
}

export interface AuditResult {
  shapes: number;
  /** Shapes on databases no service opened: the platform's tests of its machinery on models of their own. */
  notAudited: number;
  served: number;
  allowed: AuditedShape[];
  unserved: AuditedShape[];
  /** Allow-list entries no recorded shape matched. */
  unused: AllowedShape[];
}

const UNIQUE_PART = /[-_][0-9a-z]{8,9}[-_][0-9a-f]{8}(?![0-9a-f])/g;

/** Names made unique for a test run (testkit `uniqueName`) stand for the name they were made from. */
export function withoutUniquePart(name: string): string {
  return name.replace(UNIQUE_PART, '');
}

/** The service a database belongs to: the one whose runtime opened it, or by its production name (`lethe_<service>`). */
function serviceOf(database: string, serviceOfDatabase: Map<string, string>): string | undefined {
  const production = /^lethe_(.+)$/.exec(database);
  return serviceOfDatabase.get(database) ?? production?.[1].replace(/_/g, '-');
}

export function auditQueries(entries: readonly AuditEntry[], allowList: readonly AllowedShape[]): AuditResult {
  const serviceOfDatabase = new Map<string, string>();
  for (const entry of entries) if (entry.service) serviceOfDatabase.set(entry.database, entry.service);

  const indexes = new Map<string, Map<string, IndexShape>>();
  const queries = new Map<string, { service: string; collection: string; shape: QueryShape; origins: Set<string> }>();
  const notAudited = new Set<string>();
  for (const entry of entries) {
    const service = serviceOf(entry.database, serviceOfDatabase);
    if (service === undefined) {
      if (entry.kind === 'query') notAudited.add(`${withoutUniquePart(entry.database)}\u0000${withoutUniquePart(entry.collection)}\u0000${describeShape(entry)}`);
      continue;
    }
    const collection = withoutUniquePart(entry.collection);
    const scope = `${service}\u0000${collection}`;
    if (entry.kind === 'index') {
      const declared = indexes.get(scope) ?? new Map<string, IndexShape>();
      declared.set(describeIndex(entry), { collection, key: entry.key, unique: entry.unique });
      indexes.set(scope, declared);
    } else {
      const shape: QueryShape = { collection, command: entry.command, filter: entry.filter, sort: entry.sort, limited: entry.limited };
      const key = `${scope}\u0000${describeShape(shape)}`;
      const known = queries.get(key) ?? { service, collection, shape, origins: new Set<string>() };
      known.origins.add(entry.origin);
      queries.set(key, known);
    }
  }

  const allowedKeys = new Map(allowList.map((allowed) => [`${allowed.service}\u0000${allowed.collection}\u0000${allowed.shape}`, allowed]));
  const used = new Set<AllowedShape>();
  const result: AuditResult = { shapes: queries.size, notAudited: notAudited.size, served: 0, allowed: [], unserved: [], unused: [] };
  for (const [key, { service, collection, shape, origins }] of [...queries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const declared = [...(indexes.get(`${service}\u0000${collection}`)?.values() ?? [])];
    if (isServed(shape, declared)) {
      result.served++;
      continue;
    }
    const audited: AuditedShape = { service, collection, shape: describeShape(shape), indexes: declared.map(describeIndex), origins: [...origins].sort() };
    const allowed = allowedKeys.get(key);
    if (allowed) {
      used.add(allowed);
      result.allowed.push(audited);
    } else {
      result.unserved.push(audited);
    }
  }
  result.unused = allowList.filter((allowed) => !used.has(allowed));
  return result;
}

import { better, type FieldKind, type FilterShape, type IndexShape, type QueryShape, type SortShape } from './query-shapes';

/**
 * Whether an index answers a query, by MongoDB's prefix rules (equality, sort, range), with one
 * judgement of ours: reads narrower than a tenant may leave the rest to the documents they yield.
 * - a unique index (and `_id`) whose keys are all fixed by equality serves any filter: at most one
 *   document per value is read;
 * - an index whose equality prefix fixes a key besides `tenantId` (a candidate, a subject, a job)
 *   has narrowed the read to one parent's documents: the rest of the filter and the sort may be
 *   applied to those;
 * - any other read (tenant-wide or across tenants) must be answered by the index: the filter's
 *   equality fields (`eq`, and `$in`, whose values MongoDB merges in sort order) are its leading
 *   keys in any order; the sort (without fields fixed by equality) follows as the next keys, in
 *   order, all in the index's direction or all reversed; range fields (`$gt`…, an anchored regex)
 *   are keys after the equality prefix (the first one when there is no sort); only existence tests
 *   and negations, which most documents pass, are left to the documents; and the index bounds the
 *   scan (an equality key, a range key, or a sort with a limit);
 * - an `$or` is served when every branch (with the rest of the filter) is; one that only tests
 *   existence or negations is filtered like such a field.
 */

type Index = Pick<IndexShape, 'key' | 'unique'>;

const ID_INDEX: Index = { key: [['_id', 1]], unique: true };
const EQUALITY: ReadonlySet<FieldKind> = new Set(['eq', 'in']);
/** What a tenant-wide read may leave to the documents: tests that most documents pass. */
const RESIDUAL: ReadonlySet<FieldKind> = new Set(['exists', 'ne']);
const TENANT_FIELD = 'tenantId';

function equalityFields(fields: Record<string, FieldKind>): Set<string> {
  return new Set(Object.keys(fields).filter((field) => EQUALITY.has(fields[field])));
}

/** At most one document per value is read: a unique index whose keys are all fixed by equality. */
function isPointRead(fields: Record<string, FieldKind>, index: Index): boolean {
  const equality = equalityFields(fields);
  return index.unique && index.key.every(([field]) => equality.has(field));
}

/** The index's leading keys fixed by equality. */
function equalityPrefix(fields: Record<string, FieldKind>, index: Index): string[] {
  const equality = equalityFields(fields);
  const prefix: string[] = [];
  for (const [field] of index.key) {
    if (!equality.has(field)) break;
    prefix.push(field);
  }
  return prefix;
}

/** A point read, or a read narrowed below the tenant by the index's equality prefix. */
function isNarrow(fields: Record<string, FieldKind>, index: Index): boolean {
  return isPointRead(fields, index) || equalityPrefix(fields, index).some((field) => field !== TENANT_FIELD);
}

function servesConjunction(fields: Record<string, FieldKind>, sort: SortShape, limited: boolean, index: Index): boolean {
  if (isNarrow(fields, index)) return true;
  const keys = index.key.map(([field]) => field);
  const equality = equalityFields(fields);
  const range = new Set(Object.keys(fields).filter((field) => fields[field] === 'range'));
  if (Object.values(fields).some((kind) => !EQUALITY.has(kind) && kind !== 'range' && !RESIDUAL.has(kind))) return false;

  const prefix = equalityPrefix(fields, index).length;
  if (prefix < equality.size) return false;

  const ordering = sort.filter(([field]) => !equality.has(field));
  if (ordering.length > 0) {
    const next = index.key.slice(prefix, prefix + ordering.length);
    if (next.length < ordering.length || next.some(([field], i) => field !== ordering[i][0])) return false;
    const forward = next.every(([, direction], i) => direction === ordering[i][1]);
    const backward = next.every(([, direction], i) => direction === -ordering[i][1]);
    if (!forward && !backward) return false;
  }

  const afterPrefix = keys.slice(prefix);
  if ([...range].some((field) => !afterPrefix.includes(field))) return false;
  if (range.size > 0 && ordering.length === 0 && !range.has(keys[prefix])) return false;

  return prefix > 0 || range.has(keys[prefix]) || (ordering.length > 0 && limited);
}

function withFields(filter: FilterShape, extra: Record<string, FieldKind>): FilterShape {
  const fields = { ...filter.fields };
  for (const [field, kind] of Object.entries(extra)) fields[field] = better(fields[field], kind);
  return { fields, or: filter.or };
}

/** An `$or` whose branches only test existence or negations is filtered like such a field. */
function isResidual(filter: FilterShape): boolean {
  return Object.values(filter.fields).every((kind) => RESIDUAL.has(kind)) && filter.or.every((branches) => branches.every(isResidual));
}

function servesFilter(filter: FilterShape, sort: SortShape, limited: boolean, indexes: readonly Index[]): boolean {
  const boundingGroups = filter.or.filter((branches) => !branches.every(isResidual));
  if (boundingGroups.length === 0) return indexes.some((index) => servesConjunction(filter.fields, sort, limited, index));
  if (indexes.some((index) => isNarrow(filter.fields, index))) return true;
  return boundingGroups.some((branches) => {
    const others = filter.or.filter((group) => group !== branches);
    return branches.every((branch) => servesFilter(withFields({ fields: branch.fields, or: [...branch.or, ...others] }, filter.fields), sort, limited, indexes));
  });
}

/** Whether one of `indexes` (with the `_id` index every collection has) answers the query. */
export function isServed(query: Pick<QueryShape, 'filter' | 'sort' | 'limited'>, indexes: readonly Index[]): boolean {
  return servesFilter(query.filter, query.sort, query.limited, [ID_INDEX, ...indexes]);
}

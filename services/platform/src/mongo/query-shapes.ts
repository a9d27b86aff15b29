/**
 * The shape of the queries a database command makes: which fields it filters on with which kind of
 * operator, and how it sorts. Never a value: shapes are written to files during the test suite and
 * checked against the declared indexes (see index-rules.ts).
 */

/** How a filter constrains one field, as far as an index is concerned. */
export type FieldKind =
  | 'eq' // equality (also on null, an array or an embedded document), $all
  | 'in' // $in: a set of equalities
  | 'range' // $gt/$gte/$lt/$lte, or an anchored, case-sensitive regex
  | 'exists'
  | 'ne' // $ne, $nin, $not
  | 'regex' // any other regex
  | 'other'; // $elemMatch, $size, $type, $mod, $expr, …

export interface FilterShape {
  /** Field path → kind; paths in a stable order. */
  fields: Record<string, FieldKind>;
  /** Each `$or` of the filter: its branches, each a filter of its own. */
  or: FilterShape[][];
}

export type SortShape = [field: string, direction: 1 | -1][];

export type QueryCommand = 'find' | 'count' | 'distinct' | 'aggregate' | 'update' | 'delete' | 'findAndModify' | 'lookup';

export interface QueryShape {
  collection: string;
  command: QueryCommand;
  filter: FilterShape;
  sort: SortShape;
  /** A limit bounds how much an index-ordered scan reads; only whether there is one is kept. */
  limited: boolean;
}

export interface IndexShape {
  collection: string;
  key: SortShape;
  unique: boolean;
}

type Doc = Record<string, unknown>;

const KIND_RANK: FieldKind[] = ['eq', 'in', 'range', 'exists', 'ne', 'regex', 'other'];
const RANGE_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte']);

function isPlainObject(value: unknown): value is Doc {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isRegex(value: unknown): boolean {
  return value instanceof RegExp || (value !== null && typeof value === 'object' && (value as { _bsontype?: unknown })._bsontype === 'BSONRegExp');
}

/** An anchored, case-sensitive regex is answered as a range of the index; any other regex is not. */
function regexKind(pattern: unknown, options: unknown): FieldKind {
  const source = pattern instanceof RegExp ? pattern.source : typeof pattern === 'string' ? pattern : String((pattern as { pattern?: unknown })?.pattern ?? '');
  const flags = pattern instanceof RegExp ? pattern.flags : `${typeof options === 'string' ? options : ''}${String((pattern as { options?: unknown })?.options ?? '')}`;
  return source.startsWith('^') && !flags.includes('i') && !flags.includes('m') ? 'range' : 'regex';
}

export function better(a: FieldKind | undefined, b: FieldKind): FieldKind {
  return a === undefined || KIND_RANK.indexOf(b) < KIND_RANK.indexOf(a) ? b : a;
}

function operatorKind(operator: string, operand: unknown, all: Doc): FieldKind {
  if (operator === '$eq') return 'eq';
  if (operator === '$in') return 'in';
  // Every value must be in the array: equalities, of which MongoDB bounds the index by one.
  if (operator === '$all') return 'eq';
  if (RANGE_OPERATORS.has(operator)) return 'range';
  if (operator === '$exists') return 'exists';
  if (operator === '$ne' || operator === '$nin' || operator === '$not') return 'ne';
  if (operator === '$regex') return regexKind(operand, all.$options);
  return 'other';
}

function valueKind(value: unknown): FieldKind {
  if (isRegex(value)) return regexKind(value, undefined);
  if (!isPlainObject(value)) return 'eq';
  const operators = Object.keys(value);
  if (operators.length === 0 || !operators.every((key) => key.startsWith('$'))) return 'eq';
  let kind: FieldKind | undefined;
  for (const operator of operators) if (operator !== '$options') kind = better(kind, operatorKind(operator, value[operator], value));
  return kind ?? 'other';
}

const ID_LIKE = /^(?:[0-9a-f]{24}|[0-9a-f-]{32,36}|(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{16,})$/i;

/** Field paths may carry keys of a map (ids, array positions): those segments are replaced, never kept. */
export function normalisePath(path: string): string {
  return path
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? '$' : ID_LIKE.test(segment) ? '<key>' : segment))
    .join('.');
}

function addFields(shape: FilterShape, filter: Doc): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) addFields(shape, part);
    } else if (key === '$or' && Array.isArray(value)) {
      shape.or.push(value.filter(isPlainObject).map(filterShape));
    } else if (key === '$comment') {
      continue;
    } else if (key.startsWith('$')) {
      // $nor, $expr, $text, $where: nothing an ordinary index bounds.
      shape.fields[key] = 'other';
    } else {
      const path = normalisePath(key);
      shape.fields[path] = better(shape.fields[path], valueKind(value));
    }
  }
}

export function filterShape(filter: unknown): FilterShape {
  const shape: FilterShape = { fields: {}, or: [] };
  if (isPlainObject(filter)) addFields(shape, filter);
  shape.fields = Object.fromEntries(Object.entries(shape.fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return shape;
}

/** A sort or an index key: the driver sends them as a Map, callers may pass a plain object. */
function sortShape(sort: unknown): SortShape {
  const entries = sort instanceof Map ? [...(sort as Map<unknown, unknown>).entries()].map(([field, direction]) => [String(field), direction] as const) : isPlainObject(sort) ? Object.entries(sort) : [];
  return entries.map(([field, direction]) => [normalisePath(field), Number(direction) < 0 ? -1 : 1]);
}

function stringField(command: Doc, name: string): string | undefined {
  const value = command[name];
  return typeof value === 'string' ? value : undefined;
}

function shape(collection: string, command: QueryCommand, filter: unknown, sort: unknown, limited: boolean): QueryShape {
  return { collection, command, filter: filterShape(filter), sort: sortShape(sort), limited };
}

/** The shapes of an aggregation: its leading $match and $sort, and the lookups into other collections. */
function aggregateShapes(collection: string, pipeline: unknown[]): QueryShape[] {
  const stages = pipeline.filter(isPlainObject);
  const leadingMatch = stages[0] !== undefined && '$match' in stages[0];
  const match = leadingMatch ? stages[0].$match : {};
  const sortStage = stages[leadingMatch ? 1 : 0];
  const sort = sortStage !== undefined && '$sort' in sortStage ? sortStage.$sort : undefined;
  const limited = stages.some((stage) => '$limit' in stage);
  const shapes = [shape(collection, 'aggregate', match, sort, limited)];
  for (const stage of stages) {
    const lookup = stage.$lookup;
    if (isPlainObject(lookup) && typeof lookup.from === 'string' && typeof lookup.foreignField === 'string') {
      shapes.push(shape(lookup.from, 'lookup', { [lookup.foreignField]: 0 }, undefined, false));
    }
  }
  return shapes;
}

/** The query shapes a command issues; none for commands that do not select documents. */
export function queryShapesOf(commandName: string, command: Doc): QueryShape[] {
  const collection = stringField(command, commandName);
  if (collection === undefined) return [];
  switch (commandName) {
    case 'find':
      return [shape(collection, 'find', command.filter, command.sort, command.limit !== undefined && Number(command.limit) !== 0)];
    case 'count':
      // A count without a filter is answered from the collection's metadata.
      return isPlainObject(command.query) && Object.keys(command.query).length > 0 ? [shape(collection, 'count', command.query, undefined, command.limit !== undefined)] : [];
    case 'distinct':
      return [shape(collection, 'distinct', command.query, undefined, false)];
    case 'aggregate':
      return Array.isArray(command.pipeline) ? aggregateShapes(collection, command.pipeline) : [];
    case 'update':
      return Array.isArray(command.updates) ? command.updates.filter(isPlainObject).map((update) => shape(collection, 'update', update.q, undefined, update.multi !== true)) : [];
    case 'delete':
      return Array.isArray(command.deletes) ? command.deletes.filter(isPlainObject).map((deletion) => shape(collection, 'delete', deletion.q, undefined, Number(deletion.limit) === 1)) : [];
    case 'findAndModify':
      return [shape(collection, 'findAndModify', command.query, command.sort, true)];
    default:
      return [];
  }
}

/** The indexes a createIndexes command declares. */
export function indexShapesOf(commandName: string, command: Doc): IndexShape[] {
  const collection = stringField(command, 'createIndexes');
  if (commandName !== 'createIndexes' || collection === undefined || !Array.isArray(command.indexes)) return [];
  return command.indexes.filter(isPlainObject).map((index) => ({ collection, key: sortShape(index.key), unique: index.unique === true }));
}

function describeFilter(filter: FilterShape): string {
  const parts = Object.entries(filter.fields).map(([field, kind]) => `${field}:${kind}`);
  for (const branches of filter.or) parts.push(`$or[${branches.map(describeFilter).join(' | ')}]`);
  return `{${parts.join(', ')}}`;
}

/** One line per shape, the same for the same shape: what the audit prints and the allow-list names. */
export function describeShape(shape: Omit<QueryShape, 'collection'>): string {
  const sort = shape.sort.length > 0 ? ` sort {${shape.sort.map(([field, direction]) => `${field}:${direction}`).join(', ')}}` : '';
  return `${shape.command} ${describeFilter(shape.filter)}${sort}${shape.limited ? ' limit' : ''}`;
}

export function describeIndex(index: Pick<IndexShape, 'key' | 'unique'>): string {
  return `{${index.key.map(([field, direction]) => `${field}:${direction}`).join(', ')}}${index.unique ? ' unique' : ''}`;
}

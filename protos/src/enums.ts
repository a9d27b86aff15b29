/**
 * A two-way mapping between the names Lethe's code uses for an enum's values (`delete`,
 * `nothing-held`) and the value names of the proto enum (`ERASURE_MODE_DELETE`), declared once
 * per enum so no service keeps a table of its own.
 */
export interface ProtoEnum<N extends string, P extends string> {
  readonly names: readonly N[];
  toProto(name: N): P;
  /** The name of a proto value; undefined for the UNSPECIFIED value and for unknown values. */
  fromProto(value: unknown): N | undefined;
}

export function protoEnum<N extends string, P extends string>(toProto: Readonly<Record<N, P>>): ProtoEnum<N, P> {
  const names = Object.keys(toProto) as N[];
  const fromProto = new Map<unknown, N>(names.map((name) => [toProto[name], name]));
  return {
    names,
    toProto: (name) => toProto[name],
    fromProto: (value) => fromProto.get(value),
  };
}

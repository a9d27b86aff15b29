import type { Timestamp, Timestamp__Output } from './generated/google/protobuf/Timestamp';

/** google.protobuf.Timestamp from a Date (millisecond precision). */
export function toTimestamp(date: Date): Timestamp {
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds: String(seconds), nanos: (ms - seconds * 1000) * 1_000_000 };
}

/** Date from a google.protobuf.Timestamp; undefined when absent. */
export function fromTimestamp(ts: Timestamp | Timestamp__Output | null | undefined): Date | undefined {
  if (!ts) return undefined;
  const seconds = Number(ts.seconds ?? 0);
  const nanos = ts.nanos ?? 0;
  return new Date(seconds * 1000 + Math.floor(nanos / 1_000_000));
}

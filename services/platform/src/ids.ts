import { randomBytes } from 'node:crypto';

/**
 * Identifiers of records and events: UUIDv7 (RFC 9562), time-ordered, so a descending `_id` sort
 * is newest first and page tokens hold while new records arrive. Ids made in the same millisecond
 * by this process still sort in the order they were made: the 12 bits after the timestamp are a
 * counter that starts at a random value each millisecond (RFC 9562, section 6.2, method 1).
 */
let lastMs = 0;
let counter = 0;

/** A new id; `at` dates it at another time than now (e.g. when the fact it records happened). */
export function newId(at?: Date): string {
  if (at) return format(at.getTime(), randomCounter());
  let ms = Math.max(Date.now(), lastMs);
  if (ms === lastMs) {
    counter += 1;
    // The counter ran over: borrow the next millisecond, as the RFC allows.
    if (counter > 0xfff) {
      ms += 1;
      counter = randomCounter();
    }
  } else {
    counter = randomCounter();
  }
  lastMs = ms;
  return format(ms, counter);
}

/** Half the counter's range at most, so a burst in one millisecond rarely needs to borrow. */
function randomCounter(): number {
  return randomBytes(2).readUInt16BE(0) & 0x7ff;
}

function format(ms: number, counter: number): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True for an id made by `newId`. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID_V7.test(value);
}

/** The time an id was made at. */
export function timeOfId(id: string): Date {
  return new Date(parseInt(id.slice(0, 8) + id.slice(9, 13), 16));
}

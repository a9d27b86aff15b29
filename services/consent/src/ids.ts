import { randomBytes } from 'node:crypto';

let last = { ms: 0, seq: 0 };

/**
 * `<prefix>_` and 32 hex digits: the milliseconds (12), a sequence within the millisecond (4) and 64
 * random bits (16). Ids sort by the time they were made (strictly, within one process), so a list in
 * _id order is a list by age whose page tokens stay put when new records arrive.
 */
export function newId(prefix: string): string {
  let ms = Date.now();
  let seq = 0;
  if (ms <= last.ms) {
    ms = last.ms;
    seq = last.seq + 1;
    if (seq > 0xffff) {
      ms += 1;
      seq = 0;
    }
  }
  last = { ms, seq };
  return `${prefix}_${ms.toString(16).padStart(12, '0')}${seq.toString(16).padStart(4, '0')}${randomBytes(8).toString('hex')}`;
}

import { mongo } from 'mongoose';

/** The bytes of a Buffer path: a lean read returns them as BSON Binary, a mongoose document as a Buffer. */
export function bufferOf(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof mongo.Binary) return Buffer.from(value.buffer.buffer, value.buffer.byteOffset, value.position);
  throw new TypeError('a stored value is not binary');
}

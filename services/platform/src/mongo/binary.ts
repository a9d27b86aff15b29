/**
 * The bytes of a stored binary value: a mongoose document holds a Buffer, a lean read or the
 * driver returns BSON Binary (its `position` is the length of its data).
 */
export function bufferOf(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  const binary = value as { buffer?: Uint8Array; position?: number } | null | undefined;
  if (binary?.buffer instanceof Uint8Array) return Buffer.from(binary.buffer.buffer, binary.buffer.byteOffset, binary.position ?? binary.buffer.byteLength);
  throw new TypeError('a stored value is not binary');
}

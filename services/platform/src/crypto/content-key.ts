import { randomBytes } from 'node:crypto';
import { IV_BYTES, KEY_BYTES, open, seal } from './aead';
import { DecryptionError } from './subject-cipher';

/**
 * A random key for one large object about a person (a data-export package), so its bytes can be
 * encrypted and stored before it is known whether the object may be kept. The key itself is only
 * ever stored encrypted under the person's key (`SubjectCipher.encrypt` of `bytes`), and only once
 * the object is complete and the person not erased: until then every stored byte is unreadable,
 * and erasing the person (crypto-shredding their key) makes it unreadable again.
 *
 * Sealed form: IV, then ciphertext and tag. The AAD names the piece, so pieces cannot be swapped.
 */
export class ContentKey {
  private constructor(readonly bytes: Buffer) {}

  static random(): ContentKey {
    return new ContentKey(randomBytes(KEY_BYTES));
  }

  /** The key as unwrapped from its stored form. */
  static of(bytes: Buffer): ContentKey {
    if (bytes.length !== KEY_BYTES) throw new DecryptionError('a content key has the wrong length');
    return new ContentKey(bytes);
  }

  seal(piece: string, plaintext: Buffer): Buffer {
    const { iv, body } = seal(this.bytes, aadOf(piece), plaintext);
    return Buffer.concat([iv, body]);
  }

  /** DecryptionError when the bytes were changed or belong to another piece or key. */
  open(piece: string, sealed: Buffer): Buffer {
    try {
      return open(this.bytes, aadOf(piece), sealed.subarray(0, IV_BYTES), sealed.subarray(IV_BYTES));
    } catch {
      throw new DecryptionError(`piece ${piece} does not open with its key`);
    }
  }
}

function aadOf(piece: string): Buffer {
  return Buffer.from(JSON.stringify(['lethe-content', 'v1', piece]), 'utf8');
}

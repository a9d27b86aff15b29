import { ValidationError } from '@lethe/platform/errors';
import { MAX_FILE_BYTES, receiveFile } from './upload';

async function* chunks(...parts: Buffer[]): AsyncIterable<Buffer> {
  for (const part of parts) yield part;
}

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(6_000, 0x20)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);

describe('receiving an upload', () => {
  it('takes content in any chunking and tells its type from its bytes', async () => {
    const received = await receiveFile('FILE_KIND_CV', chunks(PDF.subarray(0, 3), PDF.subarray(3, 5000), PDF.subarray(5000)));
    expect(received.contentType).toBe('application/pdf');
    expect(received.bytes.equals(PDF)).toBe(true);
    expect((await receiveFile('FILE_KIND_PHOTO', chunks(PNG))).contentType).toBe('image/png');
  });

  it('refuses a type the kind does not accept, an empty file and one that grows too large, with field details', async () => {
    await expect(receiveFile('FILE_KIND_PHOTO', chunks(PDF))).rejects.toMatchObject({ violations: [{ field: 'chunk', code: 'unsupported_content_type' }] });
    await expect(receiveFile('FILE_KIND_CV', chunks(Buffer.from('just text')))).rejects.toBeInstanceOf(ValidationError);
    await expect(receiveFile('FILE_KIND_CV', chunks())).rejects.toMatchObject({ violations: [{ code: 'required' }] });
    let produced = 0;
    async function* endless(): AsyncIterable<Buffer> {
      yield PDF;
      for (;;) {
        produced += 1;
        yield Buffer.alloc(1024 * 1024);
      }
    }
    await expect(receiveFile('FILE_KIND_CV', endless())).rejects.toMatchObject({ violations: [{ code: 'too_large' }] });
    // Refused as it passed the limit, not after reading on.
    expect(produced).toBeLessThanOrEqual(Math.ceil(MAX_FILE_BYTES / (1024 * 1024)) + 1);
  });
});

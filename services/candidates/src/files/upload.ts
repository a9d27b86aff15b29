import { ValidationError } from '@lethe/platform/errors';
import { ACCEPTED_TYPES, detectContentType, SNIFF_BYTES } from './content-type';

/** Largest file a candidate may have (CVs and photos; larger files are refused while streaming). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type FileKind = keyof typeof ACCEPTED_TYPES;

/** An upload's content, read in full and checked: nothing is stored until it is complete. */
export interface ReceivedFile {
  bytes: Buffer;
  contentType: string;
}

/**
 * Reads an upload's content, refusing it as soon as it grows past MAX_FILE_BYTES or its leading
 * bytes show a format the kind of file does not accept (detected from the bytes, never from the
 * name). The content is held in memory until the candidate's write stores it at once, so a file
 * whose candidate is erased while it streams leaves nothing behind.
 */
export async function receiveFile(kind: FileKind, content: AsyncIterable<Buffer>): Promise<ReceivedFile> {
  const parts: Buffer[] = [];
  let size = 0;
  let contentType: string | undefined;
  const sniff = (head: Buffer) => {
    contentType = detectContentType(head.subarray(0, SNIFF_BYTES));
    if (!contentType || !ACCEPTED_TYPES[kind].includes(contentType)) {
      throw new ValidationError([{ field: 'chunk', description: `content must be one of ${ACCEPTED_TYPES[kind].join(', ')} (detected from its bytes)`, code: 'unsupported_content_type' }]);
    }
  };
  for await (const part of content) {
    size += part.length;
    if (size > MAX_FILE_BYTES) throw new ValidationError([{ field: 'chunk', description: `file must be at most ${MAX_FILE_BYTES} bytes`, code: 'too_large' }]);
    parts.push(part);
    if (!contentType && size >= SNIFF_BYTES) sniff(Buffer.concat(parts));
  }
  if (size === 0) throw new ValidationError([{ field: 'chunk', description: 'file must not be empty', code: 'required' }]);
  const bytes = Buffer.concat(parts, size);
  if (!contentType) sniff(bytes);
  return { bytes, contentType: contentType! };
}

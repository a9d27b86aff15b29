
/** How many leading bytes the detection needs. */
export const SNIFF_BYTES = 4096;

interface Signature {
  contentType: string;
  matches: (head: Buffer) => boolean;
}

const startsWith = (bytes: number[], offset = 0) => (head: Buffer) => bytes.every((byte, index) => head[offset + index] === byte);
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

const SIGNATURES: readonly Signature[] = [
  { contentType: 'application/pdf', matches: startsWith(ascii('%PDF-')) },
  { contentType: 'image/png', matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { contentType: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  { contentType: 'image/webp', matches: (head) => startsWith(ascii('RIFF'))(head) && startsWith(ascii('WEBP'), 8)(head) },
  { contentType: 'application/msword', matches: startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  // A Word document is a ZIP whose entries live under word/; any other ZIP is an archive.
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: (head) => startsWith([0x50, 0x4b, 0x03, 0x04])(head) && head.includes('word/', 0, 'latin1'),
  },
  { contentType: 'application/zip', matches: startsWith([0x50, 0x4b, 0x03, 0x04]) },
];

const DOCUMENTS = ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
const IMAGES = ['image/png', 'image/jpeg', 'image/webp'];

/** Which detected types each kind of file accepts. */
export const ACCEPTED_TYPES: Record<'FILE_KIND_CV' | 'FILE_KIND_PHOTO' | 'FILE_KIND_ATTACHMENT', readonly string[]> = {
  FILE_KIND_CV: DOCUMENTS,
  FILE_KIND_PHOTO: IMAGES,
  FILE_KIND_ATTACHMENT: [...DOCUMENTS, ...IMAGES, 'application/zip'],
};

/** The content type the leading bytes show, or undefined when they match no known format. */
export function detectContentType(head: Buffer): string | undefined {
  return SIGNATURES.find((signature) => signature.matches(head))?.contentType;
}

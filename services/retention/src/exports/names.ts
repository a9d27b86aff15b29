/** Characters no file name in the package holds: controls, format characters, and what file systems treat specially. */
const UNSAFE = /[\p{Cc}\p{Cf}<>:"/\\|?*]/gu;
const MAX_NAME = 120;

const isDotOrSpace = (char: string) => char === '.' || /\s/.test(char);

function trimDotsAndSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isDotOrSpace(text[start]!)) start++;
  while (end > start && isDotOrSpace(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * A file's name as it may appear in the package: only its last path segment, no control or format
 * characters (no bidi overrides), none of the characters file systems reserve, no leading or
 * trailing dots or spaces (so never `.` or `..`), at most 120 characters with its extension kept.
 */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let safe = trimDotsAndSpaces(base.replace(UNSAFE, '_'));
  if (!safe) return 'file';
  if (safe.length > MAX_NAME) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 16 ? safe.slice(dot) : '';
    safe = `${safe.slice(0, MAX_NAME - extension.length)}${extension}`;
  }
  return safe;
}

/** An id (a service's name, a file's id) as one path segment: letters, digits, `-`, `_` and `.` only, never `.` or `..`. */
export function safeSegment(id: string): string {
  const safe = id.slice(0, 80).replace(/[^A-Za-z0-9._-]/g, '_');
  return /^\.*$/.test(safe) ? `_${safe}` : safe;
}

/** Where a file goes in the package: `files/<service>/<fileId>-<name>`, made unique among `taken`. */
export function packagePathOf(service: string, fileId: string, name: string, taken: Set<string>): string {
  const wanted = `files/${safeSegment(service)}/${safeSegment(fileId)}-${safeFileName(name)}`;
  let path = wanted;
  for (let copy = 2; taken.has(path); copy++) path = `files/${safeSegment(service)}/${safeSegment(fileId)}-${copy}-${safeFileName(name)}`;
  taken.add(path);
  return path;
}

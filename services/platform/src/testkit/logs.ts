import type { DestinationStream } from 'pino';

export interface CapturedLogs {
  /** Pass to `createLogger({ destination })`. */
  destination: DestinationStream;
  /** Every JSON line logged so far. */
  lines(): string[];
  /** The lines parsed. */
  records(): Record<string, unknown>[];
  /** Everything logged, as one string: for `expect(text()).not.toContain(canary)`. */
  text(): string;
  clear(): void;
}

/** An in-memory log destination for tests; pino writes to it synchronously. */
export function captureLogs(): CapturedLogs {
  let chunks: string[] = [];
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter((line) => line.length > 0);
  return {
    destination: { write: (chunk: string) => void chunks.push(chunk) },
    lines,
    records: () => lines().map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => chunks.join(''),
    clear: () => {
      chunks = [];
    },
  };
}

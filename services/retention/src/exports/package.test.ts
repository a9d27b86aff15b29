import { strFromU8, unzipSync } from 'fflate';
import type { ExportRecord, ReceivedFile } from '@lethe/platform/export';
import { inPieces, PackageWriter, PieceWrites } from './package';
import { summaryHtml, type SummaryPart } from './summary';

const HOSTILE = '<script>alert(1)</script>"\'><img src=x onerror=alert(2)>&amp;';
const exportedAt = new Date('2026-05-01T10:00:00Z');
const cv = Buffer.from('%PDF-1.7 the CV');

/** A service's part as received: its sections, and its files whole. */
interface ReceivedPart {
  service: string;
  sections: Record<string, ExportRecord[]>;
  files: ReceivedFile[];
}

const parts: ReceivedPart[] = [
  {
    service: 'candidates',
    sections: { candidate: [{ candidateId: 's1', firstName: HOSTILE, address: { city: 'Köln' }, tags: ['a', 'b'], rating: 4, active: true, note: null }], activities: [{ kind: 'ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED' }, { kind: 'x', extra: 'only here', [HOSTILE]: { nested: [HOSTILE, { deeper: HOSTILE }] } }] },
    files: [{ fileId: 'f1', section: 'files', name: 'cv.pdf', contentType: 'application/pdf', data: cv }, { fileId: 'f2', section: 'files', name: `../../${HOSTILE}.txt`, contentType: 'text/plain', data: Buffer.from('hi') }],
  },
  { service: 'retention', sections: { clock: [{ subjectId: 's1', lastActivityAt: '2026-04-01T00:00:00.000Z' }] }, files: [] },
  { service: 'messaging', sections: {}, files: [] },
];

/** The package of `input`, every service sending at once, and what the sink had before the summary was written. */
async function packageOf(input: readonly ReceivedPart[]): Promise<{ entries: Record<string, Uint8Array>; bytesBeforeFinish: number }> {
  const chunks: Uint8Array[] = [];
  const writer = new PackageWriter('s1', exportedAt, async (bytes) => void chunks.push(bytes));
  const listed: SummaryPart[] = await Promise.all(
    input.map(async ({ service, sections, files }) => {
      const summaryFiles = [];
      for (const file of files) summaryFiles.push(await writer.addFile(service, file));
      return { service, sections, files: summaryFiles };
    }),
  );
  const bytesBeforeFinish = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  await writer.finish(listed);
  return { entries: unzipSync(Buffer.concat(chunks)), bytesBeforeFinish };
}

describe('the package', () => {
  it('holds <service>.json per service, index.html, and every file under files/<service>/', async () => {
    const { entries } = await packageOf(parts);
    const names = Object.keys(entries).sort();
    // Of a file's name only the last segment stays (what follows the last slash), made safe.
    const hostileFile = "files/candidates/f2-script__'__img src=x onerror=alert(2)_&amp;.txt";
    expect(names).toEqual(['candidates.json', 'files/candidates/f1-cv.pdf', hostileFile, 'index.html', 'messaging.json', 'retention.json'].sort());
    expect(Buffer.from(entries['files/candidates/f1-cv.pdf']!).equals(cv)).toBe(true);
    const candidates = JSON.parse(strFromU8(entries['candidates.json']!)) as Record<string, unknown>;
    expect(candidates).toEqual({
      service: 'candidates',
      subjectId: 's1',
      exportedAt: '2026-05-01T10:00:00.000Z',
      sections: parts[0]!.sections,
      files: [
        { fileId: 'f1', section: 'files', name: 'cv.pdf', contentType: 'application/pdf', size: cv.length, path: 'files/candidates/f1-cv.pdf' },
        expect.objectContaining({ fileId: 'f2', name: `../../${HOSTILE}.txt`, size: 2 }),
      ],
    });
    expect(JSON.parse(strFromU8(entries['messaging.json']!))).toMatchObject({ service: 'messaging', sections: {}, files: [] });
  });

  it('writes every file to the sink as it arrives, before the summary, and stays whole when services send at once', async () => {
    const many: ReceivedPart[] = ['candidates', 'talent-crm', 'messaging'].map((service, s) => ({
      service,
      sections: {},
      files: Array.from({ length: 4 }, (_, i) => ({ fileId: `f${i}`, section: 'files', name: `file ${i}.pdf`, contentType: 'application/pdf', data: Buffer.alloc(10_000 + i, s * 10 + i) })),
    }));
    const { entries, bytesBeforeFinish } = await packageOf(many);
    expect(bytesBeforeFinish).toBeGreaterThan(12 * 10_000);
    for (const [s, { service }] of many.entries()) {
      for (let i = 0; i < 4; i++) expect(Buffer.from(entries[`files/${service}/f${i}-file ${i}.pdf`]!).equals(Buffer.alloc(10_000 + i, s * 10 + i))).toBe(true);
    }
  });
});

describe('the summary', () => {
  const html = summaryHtml({
    subjectId: 's1',
    exportedAt,
    parts: parts.map(({ service, sections, files }) => ({ service, sections, files: files.map((file, index) => ({ ...file, size: file.data.length, path: `files/${service}/f${index}-${file.name.replace(/\//g, '_')}` })) })),
  });

  it('escapes every value: nothing a person or a service wrote can become markup', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;');
  });

  it('loads and runs nothing: a policy forbids it, and it links only to files inside the package', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/\bsrc=["']/);
    expect(html).not.toMatch(/href="(?:https?:|\/\/|\/|javascript:)/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    expect(hrefs).toContain('files/candidates/f0-cv.pdf');
    expect(hrefs).toContain('candidates.json');
    // A file's name is percent-encoded in its link: it cannot leave the attribute or the package.
    expect(hrefs.find((href) => href.startsWith('files/candidates/f1-'))).toMatch(/^files\/candidates\/f1-[^"<>'\s/]+$/);
  });

  it('is in German and English, per service and section, with a table of the records', () => {
    expect(html).toContain('Ihre Daten <span lang="en">· Your data</span>');
    expect(html).toContain('<h2>candidates</h2>');
    expect(html).toContain('<h3>activities <small>(2)</small></h3>');
    expect(html).toContain('<th scope="col">extra</th>');
    expect(html).toContain('<td>only here</td>');
    // Nested values as nested tables and lists, not as JSON.
    expect(html).toContain('<table class="fields"><tr><th scope="row">city</th><td>Köln</td></tr></table>');
    expect(html).toContain('<td>a, b</td>');
    expect(html).toContain('Dieser Dienst speichert nichts über Sie. <span lang="en">· This service holds nothing about you.</span>');
  });
});

describe('the stored pieces', () => {
  it('are of exactly the given size, the last one shorter, in order', async () => {
    const pieces: Buffer[] = [];
    const { sink, end } = inPieces(4, async (piece) => void pieces.push(Buffer.from(piece)));
    await sink(Uint8Array.from([1, 2, 3]));
    await sink(Uint8Array.from([4, 5, 6, 7, 8, 9, 10]));
    await sink(Uint8Array.from([11]));
    await end();
    expect(pieces.map((piece) => [...piece])).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11]]);
  });
});

describe('the pieces’ writes', () => {
  /** A write that takes a moment, recorded with how many ran at once. */
  function slowWrites() {
    const writes: number[][] = [];
    let running = 0;
    const seen = { mostAtOnce: 0 };
    const write = async (batch: readonly number[]) => {
      running++;
      seen.mostAtOnce = Math.max(seen.mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      writes.push([...batch]);
      running--;
    };
    return { writes, seen, write };
  }

  it('write the first piece at once, and what is made meanwhile with the next write', async () => {
    const { writes, seen, write } = slowWrites();
    const pieces = new PieceWrites<number>(8, write);
    for (const piece of [0, 1, 2]) await pieces.add(piece);
    await pieces.end();
    expect(writes).toEqual([[0], [1, 2]]);
    expect(seen.mostAtOnce).toBe(1);
    expect(pieces.count).toBe(3);
  });

  it('make the maker wait once a full batch waits for the write before it', async () => {
    const writes: number[][] = [];
    const finishWrite: (() => void)[] = [];
    const pieces = new PieceWrites<number>(2, (batch) => new Promise<void>((resolve) => void (writes.push([...batch]), finishWrite.push(resolve))));
    await pieces.add(0);
    await pieces.add(1);
    let added = false;
    const third = pieces.add(2).then(() => (added = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(added).toBe(false);
    expect(writes).toEqual([[0]]);
    finishWrite.shift()!();
    await third;
    expect(writes).toEqual([[0], [1, 2]]);
    finishWrite.shift()!();
    await pieces.end();
    expect(pieces.count).toBe(3);
  });

  it('fail the package when a write fails, and settle without failing for the clean-up', async () => {
    const pieces = new PieceWrites<number>(1, async () => {
      throw new Error('the database refused the write');
    });
    await pieces.add(0);
    await pieces.settled();
    await expect(pieces.add(1)).rejects.toThrow('the database refused the write');
    await expect(pieces.end()).rejects.toThrow('the database refused the write');
  });
});

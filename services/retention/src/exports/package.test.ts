import { strFromU8, unzipSync } from 'fflate';
import type { ReceivedExport } from '@lethe/platform/export';
import { HeldUntilOpen, inPieces, PieceWrites, writePackage, type ServiceExport } from './package';
import { summaryHtml } from './summary';

const HOSTILE = '<script>alert(1)</script>"\'><img src=x onerror=alert(2)>&amp;';
const exportedAt = new Date('2026-05-01T10:00:00Z');
const cv = Buffer.from('%PDF-1.7 the CV');
const received = (sections: ReceivedExport['sections'], files: ReceivedExport['files'] = []): ReceivedExport => ({ sections, files, bytes: 0 });

const parts: ServiceExport[] = [
  {
    service: 'candidates',
    received: received(
      { candidate: [{ candidateId: 's1', firstName: HOSTILE, address: { city: 'Köln' }, tags: ['a', 'b'], rating: 4, active: true, note: null }], activities: [{ kind: 'ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED' }, { kind: 'x', extra: 'only here', [HOSTILE]: { nested: [HOSTILE, { deeper: HOSTILE }] } }] },
      [{ fileId: 'f1', section: 'files', name: 'cv.pdf', contentType: 'application/pdf', data: cv }, { fileId: 'f2', section: 'files', name: `../../${HOSTILE}.txt`, contentType: 'text/plain', data: Buffer.from('hi') }],
    ),
  },
  { service: 'retention', received: received({ clock: [{ subjectId: 's1', lastActivityAt: '2026-04-01T00:00:00.000Z' }] }) },
  { service: 'messaging', received: received({}) },
];

async function packageOf(input: ServiceExport[]): Promise<Record<string, Uint8Array>> {
  const chunks: Uint8Array[] = [];
  await writePackage({ subjectId: 's1', exportedAt, parts: input }, async (bytes) => void chunks.push(bytes));
  return unzipSync(Buffer.concat(chunks));
}

describe('the package', () => {
  it('holds <service>.json per service, index.html, and every file under files/<service>/', async () => {
    const entries = await packageOf(parts);
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
      sections: parts[0]!.received.sections,
      files: [
        { fileId: 'f1', section: 'files', name: 'cv.pdf', contentType: 'application/pdf', size: cv.length, path: 'files/candidates/f1-cv.pdf' },
        expect.objectContaining({ fileId: 'f2', name: `../../${HOSTILE}.txt`, size: 2 }),
      ],
    });
    expect(JSON.parse(strFromU8(entries['messaging.json']!))).toMatchObject({ service: 'messaging', sections: {}, files: [] });
  });

  it('is written in order, as it is made, to the sink', async () => {
    const sizes: number[] = [];
    await writePackage({ subjectId: 's1', exportedAt, parts }, async (bytes) => void sizes.push(bytes.length));
    expect(sizes.length).toBeGreaterThan(3);
  });
});

describe('the summary', () => {
  const html = summaryHtml({
    subjectId: 's1',
    exportedAt,
    parts: parts.map(({ service, received: { sections, files } }) => ({ service, sections, files: files.map((file, index) => ({ ...file, size: file.data.length, path: `files/${service}/f${index}-${file.name.replace(/\//g, '_')}` })) })),
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
  it('write a package of fewer pieces than a batch holds at once, at its end', async () => {
    const writes: number[][] = [];
    const pieces = new PieceWrites<number>(8, async (batch) => void writes.push([...batch]));
    for (const piece of [0, 1, 2]) await pieces.add(piece);
    expect(writes).toEqual([]);
    await pieces.end();
    expect(writes).toEqual([[0, 1, 2]]);
    expect(pieces.count).toBe(3);
  });

  it('write full batches in order, one write at a time, while the next batch is made', async () => {
    const writes: number[][] = [];
    let running = 0;
    let mostAtOnce = 0;
    const pieces = new PieceWrites<number>(2, async (batch) => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      writes.push([...batch]);
      running--;
    });
    for (const piece of [0, 1, 2, 3, 4]) await pieces.add(piece);
    await pieces.end();
    expect(writes).toEqual([[0, 1], [2, 3], [4]]);
    expect(mostAtOnce).toBe(1);
  });

  it('fail the package when a write fails, and settle without failing for the clean-up', async () => {
    const pieces = new PieceWrites<number>(1, async () => {
      throw new Error('the database refused the write');
    });
    await pieces.add(0);
    await expect(pieces.add(1)).rejects.toThrow('the database refused the write');
    await pieces.settled();
    await expect(pieces.end()).rejects.toThrow('the database refused the write');
  });
});

describe('pieces made before the fence is held', () => {
  it('are held until it opens, then handed on in order', async () => {
    const written: number[] = [];
    const made = new HeldUntilOpen<number>(4, async (piece) => void written.push(piece));
    for (const piece of [0, 1, 2]) await made.add(piece);
    expect(written).toEqual([]);
    made.open();
    await made.add(3);
    await made.end();
    expect(written).toEqual([0, 1, 2, 3]);
  });

  it('make the maker wait once it holds the most it may, until the gate opens', async () => {
    const written: number[] = [];
    const made = new HeldUntilOpen<number>(2, async (piece) => void written.push(piece));
    await made.add(0);
    let waited = true;
    const second = made.add(1).then(() => (waited = false));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(waited).toBe(true);
    made.open();
    await second;
    expect(written).toEqual([0, 1]);
  });

  it('are never handed on when the gate is refused', async () => {
    const written: number[] = [];
    const made = new HeldUntilOpen<number>(2, async (piece) => void written.push(piece));
    await made.add(0);
    const waiting = made.add(1);
    made.refuse(new Error('the person has been erased'));
    await expect(waiting).rejects.toThrow('the person has been erased');
    await expect(made.end()).rejects.toThrow('the person has been erased');
    expect(written).toEqual([]);
  });
});

import type { ExportPart } from './subject-export';
import { exportPages } from './pages';

async function partsOf(parts: AsyncIterable<ExportPart>): Promise<ExportPart[]> {
  const seen: ExportPart[] = [];
  for await (const part of parts) seen.push(part);
  return seen;
}

describe('exportPages', () => {
  it('reads page after page with the token of the one before, yielding each non-empty page as it is read', async () => {
    const pages: Record<string, { items: number[]; nextPageToken: string }> = { '': { items: [1, 2], nextPageToken: 'a' }, a: { items: [], nextPageToken: 'b' }, b: { items: [3], nextPageToken: '' } };
    const asked: string[] = [];
    const parts = await partsOf(
      exportPages(
        'notes',
        async (pageToken) => {
          asked.push(pageToken);
          return pages[pageToken]!;
        },
        async (item) => ({ item }),
      ),
    );
    expect(asked).toEqual(['', 'a', 'b']);
    expect(parts).toEqual([
      { kind: 'records', section: 'notes', records: [{ item: 1 }, { item: 2 }] },
      { kind: 'records', section: 'notes', records: [{ item: 3 }] },
    ]);
  });

  it('yields nothing for an empty collection', async () => {
    expect(await partsOf(exportPages('notes', async () => ({ items: [], nextPageToken: '' }), (item) => ({ item })))).toEqual([]);
  });
});

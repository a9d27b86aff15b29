import type { Page } from '../mongo/tenant-scope';
import { exportRecords, type ExportPart, type ExportRecord } from './subject-export';

/** Reads one page of a subject's records after `pageToken` ('' for the first). */
export type PageReader<T> = (pageToken: string) => Promise<Page<T>>;

/**
 * A section read page by page with a cursor over an index, each page yielded as its own part as
 * it is read: an export never holds a large collection in memory. An empty collection yields nothing.
 */
export async function* exportPages<T>(section: string, readPage: PageReader<T>, toRecord: (item: T) => ExportRecord | Promise<ExportRecord>): AsyncGenerator<ExportPart> {
  let pageToken = '';
  do {
    const page = await readPage(pageToken);
    if (page.items.length > 0) yield exportRecords(section, await Promise.all(page.items.map(toRecord)));
    pageToken = page.nextPageToken;
  } while (pageToken);
}

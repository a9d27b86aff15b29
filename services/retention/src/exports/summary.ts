import { escapeHtml } from '@lethe/platform/http';
import type { ExportRecord } from '@lethe/platform/export';

/** A file as the summary lists it: where it is in the package. */
export interface SummaryFile {
  fileId: string;
  section: string;
  name: string;
  contentType: string;
  size: number;
  path: string;
}

/** One service's part as the summary shows it. */
export interface SummaryPart {
  service: string;
  sections: Readonly<Record<string, readonly ExportRecord[]>>;
  files: readonly SummaryFile[];
}

export interface SummaryInput {
  subjectId: string;
  exportedAt: Date;
  parts: readonly SummaryPart[];
}

/** Both languages side by side: the package goes to people who read either. */
const both = (de: string, en: string) => `${escapeHtml(de)} <span lang="en">· ${escapeHtml(en)}</span>`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Nested values are shown as nested tables this deep; deeper ones as their JSON. */
const MAX_DEPTH = 4;

/**
 * A value as a table cell, readable: text as it is, a list of texts joined, an object as a table of
 * its fields, a list of objects as a table of them; every character escaped.
 */
function cell(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth < MAX_DEPTH && Array.isArray(value)) {
    if (value.every(isRecord)) return value.length > 0 ? recordsTable(value, depth + 1) : '';
    if (value.every((item) => !isRecord(item) && !Array.isArray(item))) return value.map((item) => cell(item, depth + 1)).join(', ');
  }
  if (depth < MAX_DEPTH && isRecord(value)) {
    const rows = Object.entries(value).map(([field, nested]) => `<tr><th scope="row">${escapeHtml(field)}</th><td>${cell(nested, depth + 1)}</td></tr>`);
    return rows.length > 0 ? `<table class="fields">${rows.join('')}</table>` : '';
  }
  return `<code>${escapeHtml(JSON.stringify(value))}</code>`;
}

/** Records as a table: a column for every field any record has, in the order they first appear. */
function recordsTable(records: readonly ExportRecord[], depth = 0): string {
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const rows = records.map((record) => `<tr>${columns.map((column) => `<td>${cell(record[column], depth)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** A path in the package as a relative link: each segment percent-encoded, so no name can leave the package or break the attribute. */
const hrefOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

function filesList(files: readonly SummaryFile[]): string {
  const items = files.map(
    (file) => `<li><a href="${escapeHtml(hrefOf(file.path))}">${escapeHtml(file.name)}</a> (${escapeHtml(file.contentType)}, ${file.size} B, ${both('Abschnitt', 'section')} ${escapeHtml(file.section)})</li>`,
  );
  return `<h3>${both('Dateien', 'Files')}</h3><ul>${items.join('\n')}</ul>`;
}

function partHtml({ service, sections, files }: SummaryPart): string {
  const names = Object.keys(sections);
  const body = names.length === 0 && files.length === 0
    ? `<p>${both('Dieser Dienst speichert nichts über Sie.', 'This service holds nothing about you.')}</p>`
    : names.map((section) => `<h3>${escapeHtml(section)} <small>(${sections[section]!.length})</small></h3>\n${recordsTable(sections[section]!)}`).join('\n');
  return `<section id="${escapeHtml(`service-${service}`)}"><h2>${escapeHtml(service)}</h2>
<p>${both('Maschinenlesbar:', 'Machine-readable:')} <a href="${escapeHtml(hrefOf(`${service}.json`))}">${escapeHtml(`${service}.json`)}</a></p>
${body}${files.length > 0 ? `\n${filesList(files)}` : ''}</section>`;
}

/** Nothing is loaded from anywhere, nothing runs: the summary is opened from a disk, next to the files it lists. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'";
const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.4;color:#1a1a1a}span[lang=en]{color:#555}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.875rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}table.fields th{background:none;font-weight:600}code{white-space:pre-wrap;word-break:break-word}section{margin-bottom:2.5rem}`;

/**
 * The package's readable summary (`index.html`), in German and English: per service, per section,
 * a table of the records, and the files with links to them in the package. Every value is escaped;
 * the page is self-contained and forbids loading or running anything.
 */
export function summaryHtml({ subjectId, exportedAt, parts }: SummaryInput): string {
  return `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ihre Daten · Your data</title><style>${STYLE}</style></head>
<body><h1>${both('Ihre Daten', 'Your data')}</h1>
<p>${both('Alles, was über Sie gespeichert ist, Dienst für Dienst.', 'Everything held about you, service by service.')}</p>
<p>${both('Kennung', 'Id')}: <code>${escapeHtml(subjectId)}</code> · ${both('Stand', 'As of')}: <time datetime="${exportedAt.toISOString()}">${exportedAt.toISOString()}</time></p>
<nav><ul>${parts.map(({ service }) => `<li><a href="#${escapeHtml(encodeURIComponent(`service-${service}`))}">${escapeHtml(service)}</a></li>`).join('')}</ul></nav>
${parts.map(partHtml).join('\n')}
</body>
</html>
`;
}

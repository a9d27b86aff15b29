// The redaction corpus as clients receive it: every persona's cases made into one anonymous
// profile, rendered to HTML and printed to PDF by the real Chromium, and searched — in the HTML the
// client's browser shows and in the text a PDF library extracts — for any of the identifiers.
import { anonymised } from '../src/drafts/content';
import { PdfRenderer } from '../src/render/pdf-renderer';
import { renderProfileHtml } from '../src/render/profile-html';
import { anonymousLabel } from '../src/redaction/anonymous';
import { ACCEPTED_FALSE_REDACTIONS, CORPUS, PERSONAS, type CorpusCase, type PersonaKey } from './redaction/corpus';
import { pdfText } from './pdf-text';

const CHROMIUM = '/usr/bin/chromium';

let renderer: PdfRenderer;
beforeAll(() => {
  renderer = new PdfRenderer({ executablePath: CHROMIUM, concurrency: 2 });
});
afterAll(async () => {
  await renderer.close();
});

/** The text a reader sees in the HTML: tags dropped, entities decoded, white space single. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[entity]!)
    .replace(/\s+/g, ' ');
}

/** Occurrences of `identifier` as a whole word (not inside a longer one), case-insensitively. */
function occurs(text: string, identifier: string): boolean {
  const escaped = identifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const byPersona = new Map<PersonaKey, CorpusCase[]>();
for (const entry of CORPUS) byPersona.set(entry.persona, [...(byPersona.get(entry.persona) ?? []), entry]);

describe.each([...byPersona.entries()].map(([persona, cases]) => [persona, cases] as const))('the corpus cases of %s, rendered', (persona, cases) => {
  it('leave none of the identifiers in the HTML or in the PDF text', async () => {
    const identity = { ...PERSONAS[persona], profileUrls: [...PERSONAS[persona].profileUrls] };
    const language = cases[0].language;
    const { content } = anonymised(
      {
        candidateLabel: anonymousLabel(identity, 'initials', language),
        sections: (['summary', 'experience', 'note'] as const).map((kind) => ({ key: kind, title: kind, paragraphs: cases.filter((entry) => entry.kind === kind).map((entry) => entry.text) })),
        facts: [],
        attachments: [],
      },
      identity,
      language,
    );
    const html = renderProfileHtml({
      language,
      kind: 'anonymous',
      branding: { companyName: 'Muster Personal GmbH', primaryColor: '#1f4e79' },
      candidateLabel: content.candidateLabel,
      sections: content.sections,
      facts: content.facts,
      attachments: [],
      generatedAt: new Date('2027-01-15T09:00:00Z'),
    });
    const shown = visibleText(html);
    const pages = await pdfText(await renderer.render(html));
    // Lines wrap where the layout decides: searched once with line ends as spaces and once joined.
    const printed = pages.join('\n').replace(/\s+/g, ' ');
    const identifiers = [...new Set(cases.flatMap((entry) => entry.identifiers))];
    expect(identifiers.length).toBeGreaterThan(0);
    expect(identifiers.filter((identifier) => occurs(shown, identifier))).toEqual([]);
    expect(identifiers.filter((identifier) => occurs(printed, identifier))).toEqual([]);
    // And what must stay is there (but the words the corpus accepts losing): the profile still says something.
    const accepted = new Set(ACCEPTED_FALSE_REDACTIONS.filter((entry) => entry.persona === persona).map((entry) => entry.word));
    const kept = [...new Set(cases.flatMap((entry) => entry.keep))].filter((word) => !identifiers.includes(word) && !accepted.has(word));
    expect(kept.filter((word) => !occurs(printed, word) && !occurs(shown, word))).toEqual([]);
  }, 60_000);
});

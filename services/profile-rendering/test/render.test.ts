import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ValidationError } from '@lethe/platform/errors';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { chromium, type Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { PdfRenderer } from '../src/render/pdf-renderer';
import { renderProfileHtml, type ProfileModel } from '../src/render/profile-html';
import { pdfText } from './pdf-text';

const CHROMIUM = '/usr/bin/chromium';
const REFERENCE = path.join(__dirname, 'fixtures', 'profile-de.png');
/** A4 at 96 dpi. */
const VIEWPORT = { width: 794, height: 1123 };
const HOSTILE_TAG = '<script>alert(1)</script>';
const HOSTILE_ATTRIBUTE = '"><img src=x onerror=alert(1)>';

/** A 48×16 logo: two bars in the accent colour, made here so the fixture needs no binary input. */
function logoPng(): Buffer {
  const png = new PNG({ width: 48, height: 16 });
  for (let y = 0; y < 16; y++) {
    for (let x = 0; x < 48; x++) {
      const offset = (y * 48 + x) * 4;
      const bar = y < 6 || (y >= 10 && x < 32);
      png.data.set(bar ? [0x1d, 0x4e, 0x89, 0xff] : [0xff, 0xff, 0xff, 0x00], offset);
    }
  }
  return PNG.sync.write(png);
}

/** The German profile of the screenshot reference: fixed date, no randomness. */
function germanProfile(overrides: Partial<ProfileModel> = {}): ProfileModel {
  return {
    language: 'de',
    kind: 'anonymous',
    branding: { companyName: 'Müller & Söhne Personal GmbH', primaryColor: '#1D4E89', logo: { contentType: 'image/png', data: logoPng() } },
    candidateLabel: 'Kandidat J. K.',
    sections: [
      {
        key: 'summary',
        title: 'Kurzprofil',
        paragraphs: [
          'Erfahrene Fachkraft für Lagerlogistik mit Schwerpunkt Qualitätssicherung; Größe der Teams bis 12 Personen.',
          'Gehaltsvorstellung: 52.000 € brutto jährlich, Übernahme von Führungsverantwortung gewünscht.',
        ],
      },
      {
        key: 'experience',
        title: 'Berufserfahrung',
        paragraphs: ['2019–2024: Schichtleitung im Außenlager, Straße der Logistik, Köln.\nGabelstaplerschein, SAP EWM.', 'Weiterbildung zur Fachwirtin für Güterverkehr und Logistik (IHK).'],
      },
    ],
    facts: [
      { label: 'Verfügbarkeit', value: 'ab 1. Juli, Kündigungsfrist 3 Monate' },
      { label: 'Sprachen', value: 'Deutsch (Muttersprache), Englisch (fließend)' },
      { label: 'Führerschein', value: 'Klasse B, Staplerschein' },
    ],
    attachments: [{ name: 'Lebenslauf_anonymisiert.pdf' }, { name: 'Zeugnisse_Übersicht.pdf' }],
    generatedAt: new Date('2025-03-14T09:00:00Z'),
    ...overrides,
  };
}

/** Every font descriptor of the PDF: its name and whether the font program is embedded. */
async function fontDescriptors(pdf: Buffer): Promise<{ name: string; embedded: boolean }[]> {
  const document = await PDFDocument.load(pdf);
  const descriptors: { name: string; embedded: boolean }[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    descriptors.push({
      name: object.get(PDFName.of('FontName'))?.toString() ?? '',
      embedded: ['FontFile', 'FontFile2', 'FontFile3'].some((key) => object.has(PDFName.of(key))),
    });
  }
  return descriptors;
}

/** Types of every font dictionary (Type0, TrueType, Type3, …). */
async function fontSubtypes(pdf: Buffer): Promise<string[]> {
  const document = await PDFDocument.load(pdf);
  return document.context
    .enumerateIndirectObjects()
    .flatMap(([, object]) => (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font') ? [object.get(PDFName.of('Subtype'))?.toString() ?? ''] : []));
}

interface PixelDiff {
  differing: number;
  total: number;
  diff: PNG;
}

/**
 * Pixels whose colour differs by more than `channelTolerance` in any channel (antialiasing
 * wobbles by a few steps), with a picture of them in red over a faded copy of the reference.
 */
function comparePngs(actual: PNG, expected: PNG, channelTolerance = 24): PixelDiff {
  const diff = new PNG({ width: expected.width, height: expected.height });
  let differing = 0;
  for (let offset = 0; offset < expected.data.length; offset += 4) {
    let delta = 0;
    for (let channel = 0; channel < 4; channel++) delta = Math.max(delta, Math.abs(actual.data[offset + channel] - expected.data[offset + channel]));
    const faded = 255 - Math.round((255 - expected.data[offset]) / 4);
    diff.data.set(delta > channelTolerance ? [255, 0, 0, 255] : [faded, faded, faded, 255], offset);
    if (delta > channelTolerance) differing++;
  }
  return { differing, total: expected.width * expected.height, diff };
}

/** Pids of the Chromium browsers this process started (its direct children named chromium). */
function chromiumChildren(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        // Fields after the parenthesised command name: state, ppid, …
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return command === 'chromium' && ppid === process.pid ? [Number(pid)] : [];
      } catch {
        return [];
      }
    });
}

describe('profile HTML', () => {
  it('escapes hostile text everywhere it lands', () => {
    const html = renderProfileHtml(
      germanProfile({
        candidateLabel: HOSTILE_TAG,
        branding: { companyName: HOSTILE_ATTRIBUTE, primaryColor: '#1d4e89', logo: { contentType: 'image/png', data: logoPng() } },
        sections: [{ key: HOSTILE_ATTRIBUTE, title: HOSTILE_TAG, paragraphs: [HOSTILE_ATTRIBUTE, `</style>${HOSTILE_TAG}`] }],
        facts: [{ label: HOSTILE_TAG, value: HOSTILE_ATTRIBUTE }],
        attachments: [{ name: HOSTILE_TAG }],
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    // In the page-margin note the company name is a CSS string: escaped so it cannot close it or the style.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('accepts only #rrggbb colours and logos as PNG or JPEG', () => {
    for (const primaryColor of ['red', '#fff', '#12345g', '#123456;}body{display:none', 'rgb(0,0,0)']) {
      expect(() => renderProfileHtml(germanProfile({ branding: { companyName: 'X', primaryColor } }))).toThrow(ValidationError);
    }
    const svg = { contentType: 'image/svg+xml', data: Buffer.from('<svg/>') } as unknown as ProfileModel['branding']['logo'];
    expect(() => renderProfileHtml(germanProfile({ branding: { companyName: 'X', primaryColor: '#000000', logo: svg } }))).toThrow(ValidationError);
  });

  it('speaks the profile language', () => {
    const english = renderProfileHtml(germanProfile({ language: 'en', kind: 'clear-data', branding: { companyName: 'Acme', primaryColor: '#000000' } }));
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Key facts');
    expect(english).toContain('Confidential — for the recipient only · Acme');
    expect(english).toContain('Created on 14 March 2025');
    const german = renderProfileHtml(germanProfile());
    expect(german).toContain('Anonymes Profil');
    expect(german).toContain('Erstellt am 14. März 2025');
  });

  it('needs nothing from outside: the logo is inline and the policy forbids every request', () => {
    const html = renderProfileHtml(germanProfile());
    expect(html).toContain(`src="data:image/png;base64,${logoPng().toString('base64')}"`);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html).not.toMatch(/(?:src|href)="(?!data:)/);
  });
});

describe('PdfRenderer against the real Chromium', () => {
  let renderer: PdfRenderer;
  let browser: Browser;

  beforeAll(async () => {
    renderer = new PdfRenderer({ executablePath: CHROMIUM, concurrency: 2 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, chromiumSandbox: process.getuid?.() !== 0 });
  });

  afterAll(async () => {
    await renderer.close();
    await browser.close();
  });

  it('renders no markup from hostile input, in the browser and in the PDF', async () => {
    const html = renderProfileHtml(
      germanProfile({ candidateLabel: HOSTILE_TAG, facts: [{ label: 'Notiz', value: HOSTILE_ATTRIBUTE }] }),
    );
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.setContent(html);
      expect(await page.locator('script, [onerror], img[src=x]').count()).toBe(0);
      expect(await page.locator('h1').textContent()).toBe(HOSTILE_TAG);
    } finally {
      await context.close();
    }
    const [text] = await pdfText(await renderer.render(html));
    expect(text).toContain(HOSTILE_TAG);
    expect(text).toContain(HOSTILE_ATTRIBUTE);
  });

  it('prints German text that can be extracted exactly, umlauts, ß and € included', async () => {
    const pages = await pdfText(await renderer.render(renderProfileHtml(germanProfile())));
    expect(pages).toHaveLength(1);
    // Lines wrap where the layout decides: compare with all white space as single spaces.
    const text = pages[0].replace(/\s+/g, ' ');
    for (const expected of [
      'Müller & Söhne Personal GmbH',
      'Anonymes Profil',
      'Kandidat J. K.',
      'Erstellt am 14. März 2025',
      'Eckdaten',
      'Verfügbarkeit',
      'Deutsch (Muttersprache), Englisch (fließend)',
      'Kurzprofil',
      'Gehaltsvorstellung: 52.000 € brutto jährlich, Übernahme von Führungsverantwortung gewünscht.',
      '2019–2024: Schichtleitung im Außenlager, Straße der Logistik, Köln.',
      'Zeugnisse_Übersicht.pdf',
      'Vertraulich — nur für den Empfänger bestimmt · Müller & Söhne Personal GmbH',
      'Seite 1 von 1',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('embeds DejaVu Sans and no other font', async () => {
    const pdf = await renderer.render(renderProfileHtml(germanProfile()));
    const descriptors = await fontDescriptors(pdf);
    // Subset names: a six-letter tag, then the PostScript name of the face.
    expect(descriptors.map((font) => font.name.replace(/^\/[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(descriptors.every((font) => font.embedded)).toBe(true);
    // Type3 would mean glyphs drawn as paths (no font at hand): not selectable as the font.
    expect(await fontSubtypes(pdf)).not.toContain('/Type3');
  });

  it('never leaves a section title at the foot of a page without its first paragraph', async () => {
    // Each filler paragraph moves the target section down by one line; one of these puts its
    // title on the last lines of page 1, where only the keep-together rule moves it on.
    const placements = await Promise.all(
      Array.from({ length: 14 }, async (_, index) => {
        const filler = { key: 'filler', title: 'Füllung', paragraphs: Array.from({ length: 20 + index }, (_, n) => `Zeile ${n + 1}`) };
        const target = { key: 'target', title: 'Zielabschnitt', paragraphs: ['Erster Absatz des Zielabschnitts.', 'Zweiter Absatz.'] };
        const pages = await pdfText(await renderer.render(renderProfileHtml(germanProfile({ sections: [filler, target] }))));
        const pageOf = (line: string) => pages.findIndex((page) => page.split('\n').some((text) => text.trim() === line));
        return { title: pageOf('Zielabschnitt'), paragraph: pageOf('Erster Absatz des Zielabschnitts.') };
      }),
    );
    expect(placements.filter(({ title }) => title === 1).length).toBeGreaterThan(0);
    for (const { title, paragraph } of placements) expect(paragraph).toBe(title);
  });

  it('gives the same bytes for the same HTML, with no date unless one is given', async () => {
    const html = renderProfileHtml(germanProfile());
    const first = await renderer.render(html);
    // Chromium stamps the print time to the second: the second print must come a second later.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderer.render(html);
    expect(second.equals(first)).toBe(true);

    const document = await PDFDocument.load(first, { updateMetadata: false });
    expect(document.getCreationDate()).toBeUndefined();
    expect(document.getModificationDate()).toBeUndefined();
    expect(document.getProducer()).toBe('Lethe profile-rendering');
    expect(document.getTitle()).toBe('Anonymes Profil — Kandidat J. K.');
    expect(first.includes('/ID')).toBe(false);

    const documentDate = new Date('2025-03-14T09:00:00Z');
    const dated = await renderer.render(html, { documentDate });
    expect((await renderer.render(html, { documentDate })).equals(dated)).toBe(true);
    const datedDocument = await PDFDocument.load(dated, { updateMetadata: false });
    expect(datedDocument.getCreationDate()).toEqual(documentDate);
    expect(datedDocument.getModificationDate()).toEqual(documentDate);
  });

  it('runs no script and sends no request, whatever the HTML asks for', async () => {
    let requests = 0;
    const server: Server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${origin}/style.css"><style>@import url("${origin}/import.css");body{background:url("${origin}/bg.png")}</style>
<script src="${origin}/script.js"></script></head>
<body><p id="text">statisch</p><img src="${origin}/pixel.png"><iframe src="${origin}/frame"></iframe>
<script>document.getElementById('text').textContent = 'Skript lief'; fetch('${origin}/beacon');</script></body></html>`;
      const [text] = await pdfText(await renderer.render(html));
      expect(text).toContain('statisch');
      expect(text).not.toContain('Skript lief');
      expect(requests).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('renders 20 profiles at concurrency 2, never more pages at once, and closes every one', async () => {
    const html = renderProfileHtml(germanProfile());
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, renderer.openPages())), 2);
    try {
      const pdfs = await Promise.all(Array.from({ length: 20 }, () => renderer.render(html)));
      expect(pdfs.every((pdf) => pdf.subarray(0, 5).toString() === '%PDF-')).toBe(true);
      expect(new Set(pdfs.map((pdf) => pdf.toString('base64'))).size).toBe(1);
    } finally {
      clearInterval(sampler);
    }
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(2);
    expect(renderer.openPages()).toBe(0);
  });

  it('gives up on a render past its timeout and closes its page', async () => {
    const impatient = new PdfRenderer({ executablePath: CHROMIUM, timeoutMs: 1 });
    try {
      await expect(impatient.render(renderProfileHtml(germanProfile()))).rejects.toThrow('rendering took longer than 1 ms');
      expect(impatient.openPages()).toBe(0);
    } finally {
      await impatient.close();
    }
  });

  it('launches a new browser when the old one crashed', async () => {
    const survivor = new PdfRenderer({ executablePath: CHROMIUM });
    try {
      await survivor.render('<p>eins</p>');
      const before = chromiumChildren();
      expect(before.length).toBeGreaterThan(0);
      for (const pid of before) process.kill(pid, 'SIGKILL');
      const [text] = await pdfText(await survivor.render('<p>zwei</p>'));
      expect(text).toContain('zwei');
      expect(chromiumChildren().filter((pid) => before.includes(pid))).toEqual([]);
    } finally {
      await survivor.close();
    }
  });

  it('refuses renders once closed', async () => {
    const closing = new PdfRenderer({ executablePath: CHROMIUM });
    await closing.close();
    await expect(closing.render('<p>x</p>')).rejects.toThrow('closed');
  });

  it('looks like the reference screenshot (LETHE_UPDATE_SCREENSHOTS=1 rewrites it)', async () => {
    const actual = await renderer.screenshot(renderProfileHtml(germanProfile()), VIEWPORT);
    if (process.env.LETHE_UPDATE_SCREENSHOTS === '1') writeFileSync(REFERENCE, actual);
    if (!existsSync(REFERENCE)) throw new Error(`no reference image ${REFERENCE}: run once with LETHE_UPDATE_SCREENSHOTS=1 and review it`);
    const expected = PNG.sync.read(readFileSync(REFERENCE));
    const shot = PNG.sync.read(actual);
    expect({ width: shot.width, height: shot.height }).toEqual({ width: expected.width, height: expected.height });
    const { differing, total, diff } = comparePngs(shot, expected);
    if (differing > total * 0.001) {
      const out = mkdtempSync(path.join(tmpdir(), 'profile-screenshot-'));
      writeFileSync(path.join(out, 'actual.png'), actual);
      writeFileSync(path.join(out, 'diff.png'), PNG.sync.write(diff));
      throw new Error(`${differing} of ${total} pixels differ from ${REFERENCE}; see ${out}`);
    }
  });
});

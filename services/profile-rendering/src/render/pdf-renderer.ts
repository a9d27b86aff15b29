/**
 * PDFs of profiles are printed by headless Chromium (playwright-core driving Debian's `chromium`),
 * not drawn by a PDF library: the profile is written once, as HTML, and Chromium prints it with
 * full CSS (grid, page margins, page-break rules), embeds the font subsets it uses and writes real
 * text, so the PDF is searchable and its text can be copied and extracted. The tests print and
 * screenshot with the same engine, so what they check is what clients get.
 *
 * The container must provide `/usr/bin/chromium` (Debian package `chromium`; another path through
 * `executablePath`) and the fonts the template names: `fonts-dejavu-core` for DejaVu Sans. Running
 * as root the browser needs `--no-sandbox`; as any other user it keeps its sandbox.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { Semaphore } from './semaphore';

export interface PdfRendererOptions {
  /** The Chromium binary; `/usr/bin/chromium` unless given. */
  executablePath?: string;
  /** Pages open at once; 2 unless given. Each open page is a renderer process, so keep it small. */
  concurrency?: number;
  /** The longest one render may take in its page, in ms; 30 s unless given. */
  timeoutMs?: number;
  /** The longest a browser launch may take, in ms; 30 s unless given. */
  launchTimeoutMs?: number;
}

export interface PdfRenderOptions {
  /**
   * Written as the PDF's creation and modification date. Without it the PDF carries no date at
   * all; either way the same HTML and options give the same bytes.
   */
  documentDate?: Date;
}

/** Written as the PDF's producer and creator instead of Chromium's version and user agent. */
const PRODUCER = 'Lethe profile-rendering';

/** No scripts, no network, nothing kept: a profile can neither run code nor phone home. */
const CONTEXT_OPTIONS: BrowserContextOptions = {
  javaScriptEnabled: false,
  offline: true,
  serviceWorkers: 'block',
  acceptDownloads: false,
};

/**
 * One headless Chromium, launched on first use and shared by all renders, each of which gets a
 * fresh context that is closed when it ends, whatever happens. A browser that crashed or
 * disconnected is replaced on the next render.
 */
export class PdfRenderer {
  private readonly executablePath: string;
  private readonly timeoutMs: number;
  private readonly launchTimeoutMs: number;
  private readonly slots: Semaphore;
  private launching?: Promise<Browser>;
  private browser?: Browser;
  private closed = false;

  constructor(options: PdfRendererOptions = {}) {
    this.executablePath = options.executablePath ?? '/usr/bin/chromium';
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.launchTimeoutMs = options.launchTimeoutMs ?? 30_000;
    this.slots = new Semaphore(options.concurrency ?? 2);
  }

  /** The HTML printed on A4 (the document's own @page rules win), normalised to be byte-for-byte reproducible. */
  async render(html: string, options: PdfRenderOptions = {}): Promise<Buffer> {
    const printed = await this.inPage(html, (page) =>
      page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true }),
    );
    return reproduciblePdf(printed, options.documentDate);
  }

  /** The HTML as a screen shows it, the whole page as PNG, at a fixed viewport. */
  async screenshot(html: string, viewport: { width: number; height: number }): Promise<Buffer> {
    return this.inPage(html, async (page) => {
      await page.setViewportSize(viewport);
      return page.screenshot({ type: 'png', fullPage: true, animations: 'disabled', caret: 'hide' });
    });
  }

  /** Pages open in the browser right now (0 when none runs). */
  openPages(): number {
    return (this.browser?.contexts() ?? []).reduce((count, context) => count + context.pages().length, 0);
  }

  /** Closes the browser; renders still running fail, later ones are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const launching = this.launching;
    this.launching = undefined;
    this.browser = undefined;
    const browser = await launching?.catch(() => undefined);
    await browser?.close();
  }

  /** Runs `work` on the HTML in a page of its own, at most `concurrency` at once. */
  private inPage<T>(html: string, work: (page: Page) => Promise<T>): Promise<T> {
    return this.slots.use(async () => {
      for (let attempt = 1; ; attempt++) {
        const browser = await this.connectedBrowser();
        try {
          return await this.inFreshContext(browser, html, work);
        } catch (err) {
          // A browser that died under the render is replaced once; any other failure is the caller's.
          if (browser.isConnected() || attempt > 1 || this.closed) throw err;
          this.forget(browser);
        }
      }
    });
  }

  private async inFreshContext<T>(browser: Browser, html: string, work: (page: Page) => Promise<T>): Promise<T> {
    const opening = browser.newContext(CONTEXT_OPTIONS);
    const done = opening.then(async (context) => {
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load', timeout: 0 });
      return work(page);
    });
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`rendering took longer than ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    // After a timeout the work fails as its context closes; that failure is the timeout's, not news.
    done.catch(() => undefined);
    try {
      return await Promise.race([done, expired]);
    } finally {
      clearTimeout(timer);
      const context = await opening.catch(() => undefined);
      await context?.close().catch(() => undefined);
    }
  }

  private connectedBrowser(): Promise<Browser> {
    if (this.closed) return Promise.reject(new Error('the PDF renderer is closed'));
    if (!this.launching) {
      const launching = chromium.launch({
        executablePath: this.executablePath,
        headless: true,
        // Chromium's sandbox cannot start as root; as any other user it stays on.
        chromiumSandbox: !runningAsRoot(),
        // Containers give /dev/shm 64 MB, too little for Chromium's shared memory.
        args: ['--disable-dev-shm-usage'],
        timeout: this.launchTimeoutMs,
      });
      this.launching = launching;
      launching.then(
        (browser) => {
          // A browser whose launch close() overtook is closed there.
          if (this.launching !== launching) return;
          this.browser = browser;
          browser.on('disconnected', () => this.forget(browser));
        },
        // A failed launch is tried afresh by the next render.
        () => {
          if (this.launching === launching) this.launching = undefined;
        },
      );
    }
    return this.launching;
  }

  private forget(browser: Browser): void {
    if (this.browser !== browser) return;
    this.browser = undefined;
    this.launching = undefined;
    browser.close().catch(() => undefined);
  }
}

function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Chromium stamps each PDF with the time of printing and its own version; these are replaced by
 * fixed values (or `documentDate`), and a document id or XMP packet, should a Chromium write one,
 * is dropped, so the same HTML always gives the same bytes.
 */
async function reproduciblePdf(printed: Buffer, documentDate: Date | undefined): Promise<Buffer> {
  const document = await PDFDocument.load(printed, { updateMetadata: false });
  document.setProducer(PRODUCER);
  document.setCreator(PRODUCER);
  if (documentDate) {
    document.setCreationDate(documentDate);
    document.setModificationDate(documentDate);
  } else {
    const info = document.context.lookup(document.context.trailerInfo.Info, PDFDict);
    info.delete(PDFName.of('CreationDate'));
    info.delete(PDFName.of('ModDate'));
  }
  document.catalog.delete(PDFName.of('Metadata'));
  document.context.trailerInfo.ID = undefined;
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

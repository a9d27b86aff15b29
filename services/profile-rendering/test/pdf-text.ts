// A PDF's text as a reader's PDF library extracts it (pdfjs, as Firefox and many viewers use it).

type PdfJs = typeof import('pdfjs-dist');

/**
 * pdfjs-dist 5 is published as ES modules only, which jest's CommonJS module registry cannot
 * load. Node's own require, reached past jest's registry, loads ES modules (Node ≥ 20.19), and
 * pdfjs then runs as it does in production Node: no transform, its fake worker imported natively.
 */
function loadPdfJs(): PdfJs {
  const nodeModule = process.getBuiltinModule('node:module');
  return nodeModule.createRequire(__filename)('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs;
}

/** The PDF's text, page by page, with each text line on a line of its own. */
export async function pdfText(pdf: Buffer): Promise<string[]> {
  const document = await loadPdfJs().getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

import type { Page } from 'puppeteer';
import type { PdfDocument } from '../src/render/pdf/index.ts';

/** The margins the build prints with (src/render/pdf/printPdf.ts), so both sides lay out the same pages. */
const MARGIN = { top: '20mm', right: '18mm', bottom: '22mm', left: '18mm' };

/** The document's HTML with its font assets inlined as data: URLs, so setContent needs no request handling. */
export function inlineAssets(doc: PdfDocument): string {
  let html = doc.html;
  for (const [name, bytes] of Object.entries(doc.assets)) {
    const type = name.endsWith('.woff2') ? 'font/woff2' : name.endsWith('.css') ? 'text/css' : 'application/octet-stream';
    html = html.split(`url('${name}')`).join(`url('data:${type};base64,${Buffer.from(bytes).toString('base64')}')`);
  }
  return html;
}

/** The raw floor: setContent and page.pdf on a warm page, same paper, margins and tagging; no interception, no stamping. */
export async function rawPdf(page: Page, html: string, paper: PdfDocument['paper']): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf({ format: paper, printBackground: true, tagged: true, outline: true, margin: MARGIN });
}

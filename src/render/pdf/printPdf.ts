import type { HTTPRequest, Page } from 'puppeteer';
import { answerRequest, DOCUMENT_URL, PRINTER_PREFIX, type RequestFiles } from './answerRequest.ts';
import type { PdfDocument, RefusedRequest } from './PdfDocument.ts';
import { pdfFontAssets } from './pdfFontAssets.ts';
import { FOOTER_FONT_FAMILY, renderPrintCss } from './renderPrintCss.ts';
import { stampPdf } from './stampPdf.ts';

const PRINT_CSS = 'print.css';
const MARGIN = { top: '20mm', right: '18mm', bottom: '22mm', left: '18mm' };

/** Prints one document on a page from openPrintPage() and returns the stamped PDF bytes. */
export async function printPdf(
  page: Page,
  doc: PdfDocument,
  options: { onRefusedRequest?: (refusal: RefusedRequest) => void } = {},
): Promise<Uint8Array> {
  const files: RequestFiles = {
    html: withPrintStylesheet(doc.html),
    assets: doc.assets,
    printerAssets: { [PRINT_CSS]: renderPrintCss(doc.footer), ...pdfFontAssets() },
  };
  const onRequest = (request: HTTPRequest) => {
    const answer = answerRequest(request.url(), request.isNavigationRequest(), files);
    if (answer.kind === 'respond') {
      void request
        .respond({
          status: 200,
          contentType: answer.contentType,
          headers: { 'cache-control': 'no-store' },
          body: typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body),
        })
        .catch(() => undefined);
      return;
    }
    if (!answer.quiet) options.onRefusedRequest?.({ documentId: doc.id, url: request.url(), reason: answer.reason });
    // A refused navigation (meta refresh, iframe) is answered 204 No Content:
    // that leaves the current document in place, where an abort would replace
    // it with Chromium's error page. Rejections mean the page closed meanwhile.
    const refused = request.isNavigationRequest()
      ? request.respond({ status: 204, body: '' })
      : request.abort('blockedbyclient');
    void refused.catch(() => undefined);
  };
  page.on('request', onRequest);
  try {
    // No puppeteer timeouts here: printPdfs bounds the whole document, load to stamped bytes, with one clock.
    await page.goto(DOCUMENT_URL, { waitUntil: 'load', timeout: 0 });
    // Fonts load lazily as text is laid out, and the footer is only laid out
    // while printing, when it is too late: with font-display: block it would
    // come out invisible. Load it now and wait for the page's own fonts.
    const footerFontLoaded = await page.evaluate(
      `document.fonts.load(${JSON.stringify(`8pt '${FOOTER_FONT_FAMILY}'`)}).then((faces) => faces.length > 0 && document.fonts.ready.then(() => true))`,
    );
    if (footerFontLoaded !== true) throw new Error(`the footer font '${FOOTER_FONT_FAMILY}' did not load`);
    const pdf = await page.pdf({
      format: doc.paper,
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: false,
      margin: MARGIN,
      timeout: 0,
    });
    return await stampPdf(pdf, { title: doc.title, lang: doc.lang, fixedDate: doc.fixedDate, paper: doc.paper });
  } finally {
    page.off('request', onRequest);
  }
}

/** Adds the printer's stylesheet last in <head>, so its footer wins over the page's own @page rules. */
function withPrintStylesheet(html: string): string {
  const link = `<link rel="stylesheet" href="/${PRINTER_PREFIX}${PRINT_CSS}">`;
  const headEnd = html.search(/<\/head\s*>/i);
  // Appended when there is no </head>: before the doctype it would switch the page to quirks mode.
  return headEnd < 0 ? html + link : html.slice(0, headEnd) + link + html.slice(headEnd);
}

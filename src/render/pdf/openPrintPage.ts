import type { Page } from 'puppeteer';
import type { PdfBrowser } from './PdfBrowser.ts';

/** Opens a tab locked down for printing: no JavaScript, no cache, every request intercepted. */
export async function openPrintPage(browser: PdfBrowser): Promise<Page> {
  const page = await browser.newPage();
  try {
    // Content is data, not code: nothing in a notice may run while it is printed.
    await page.setJavaScriptEnabled(false);
    // Pages are reused across documents that share asset paths; a cached
    // notice.css from the previous document must never be printed.
    await page.setCacheEnabled(false);
    await page.setRequestInterception(true);
    return page;
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

import { availableParallelism } from 'node:os';
import type { Page } from 'puppeteer';
import { openPrintPage } from './openPrintPage.ts';
import type { PdfBrowser } from './PdfBrowser.ts';
import type { PdfDocument, PrintPdfsOptions } from './PdfDocument.ts';
import { PdfPrintError } from './PdfPrintError.ts';
import { printPdf } from './printPdf.ts';
import { withTimeout } from './withTimeout.ts';

const DEFAULT_TIMEOUT_MS = 60_000;

/** Prints documents on a bounded pool of pages; returns PDF bytes by document id, or throws naming the first failed document. */
export async function printPdfs(
  browser: PdfBrowser,
  docs: PdfDocument[],
  options: PrintPdfsOptions = {},
): Promise<Map<string, Uint8Array>> {
  const ids = new Set(docs.map((doc) => doc.id));
  if (ids.size !== docs.length) throw new Error('printPdfs: document ids must be unique; results are keyed by id.');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), docs.length));
  const results = new Map<string, Uint8Array>();
  const queue = docs.entries();
  let failure: unknown;

  const worker = async () => {
    const pages = new PageSlot(browser);
    try {
      for (const [, doc] of queue) {
        if (failure) return;
        try {
          results.set(doc.id, await printWithRetry(browser, pages, doc, timeoutMs, options));
        } catch (error) {
          failure ??= error;
        }
      }
    } finally {
      await pages.release();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure) throw failure;
  // Callers write files in this order; keep it the input order, not completion order.
  return new Map(docs.map((doc) => [doc.id, results.get(doc.id)!]));
}

async function printWithRetry(
  browser: PdfBrowser,
  pages: PageSlot,
  doc: PdfDocument,
  timeoutMs: number,
  options: PrintPdfsOptions,
): Promise<Uint8Array> {
  const generation = browser.generation;
  try {
    return await printOnce(pages, doc, timeoutMs, options);
  } catch (error) {
    if (error instanceof PdfPrintError || !pages.lost()) throw asPrintError(doc, error);
    await pages.release();
    try {
      if (!browser.connected) await browser.recover(generation);
    } catch (recoverError) {
      throw new PdfPrintError(doc.id, `the browser crashed and could not be relaunched: ${message(recoverError)}`, {
        cause: recoverError,
      });
    }
    try {
      return await printOnce(pages, doc, timeoutMs, options);
    } catch (retryError) {
      throw asPrintError(doc, retryError, 'failed again after the browser was relaunched');
    }
  }
}

async function printOnce(pages: PageSlot, doc: PdfDocument, timeoutMs: number, options: PrintPdfsOptions) {
  const page = await pages.get();
  try {
    return await withTimeout(
      printPdf(page, doc, { onRefusedRequest: options.onRefusedRequest }),
      timeoutMs,
      () => new PdfPrintError(doc.id, `timed out after ${timeoutMs} ms`),
    );
  } catch (error) {
    // A page that timed out may still be busy; never hand it to the next document.
    if (error instanceof PdfPrintError) await pages.release();
    throw error;
  }
}

/** One worker's reusable page, replaced when it is lost to a crash or a timeout. */
class PageSlot {
  private page: Page | undefined;
  private crashed = false;
  constructor(private readonly browser: PdfBrowser) {}

  async get(): Promise<Page> {
    if (!this.page) {
      this.crashed = false;
      this.page = await openPrintPage(this.browser);
      this.page.once('error', () => (this.crashed = true));
    }
    return this.page;
  }

  /** True when the page or the whole browser went away, which is worth one retry. */
  lost(): boolean {
    return this.crashed || !this.browser.connected || this.page?.isClosed() === true;
  }

  async release(): Promise<void> {
    const page = this.page;
    this.page = undefined;
    if (page && !page.isClosed()) await page.close().catch(() => undefined);
  }
}

function asPrintError(doc: PdfDocument, error: unknown, context?: string): PdfPrintError {
  if (error instanceof PdfPrintError) return error;
  const reason = context ? `${context}: ${message(error)}` : message(error);
  return new PdfPrintError(doc.id, reason, { cause: error });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import puppeteer, { type Browser } from 'puppeteer';
import { findBrowser } from '../../src/render/pdf/findBrowser.ts';

/** A real Chromium that runs axe-core over HTML documents; close it in `finally`. */
export interface AxeBrowser {
  /** Loads the document with no network and returns one line per axe violation and node. */
  check(html: string): Promise<string[]>;
  close(): Promise<void>;
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Launches Chromium for accessibility checks. JavaScript is on here, for axe only; pages never reach the network. */
export async function launchAxeBrowser(): Promise<AxeBrowser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: install chromium or set PUPPETEER_EXECUTABLE_PATH.');
  const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const browser: Browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    async check(html) {
      const page = await browser.newPage();
      try {
        await page.setRequestInterception(true);
        // The documents are self-contained; anything they ask for would be a defect anyway.
        page.on('request', (request) => void (request.url().startsWith('data:') ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined));
        await page.setContent(html, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        const results = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as AxeResults;
        return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}) ${v.help}: ${JSON.stringify(node.target)}`));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

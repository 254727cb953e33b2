import { rm } from 'node:fs/promises';
import type { Browser, Page } from 'puppeteer';

/** A started browser and the throwaway profile directory it owns. */
export interface BrowserSession {
  browser: Browser;
  userDataDir: string;
}

/** The one browser of a build: prints pages, relaunches once after a crash, closes idempotently. */
export class PdfBrowser {
  /** Bumped on every relaunch, so concurrent workers that saw the same crash relaunch only once. */
  generation = 0;
  private session: BrowserSession;
  private readonly start: () => Promise<BrowserSession>;
  private relaunching: Promise<void> | undefined;
  private relaunched = false;
  private closing: Promise<void> | undefined;

  constructor(session: BrowserSession, start: () => Promise<BrowserSession>) {
    this.session = session;
    this.start = start;
  }

  /** The underlying puppeteer browser of the current generation. */
  get browser(): Browser {
    return this.session.browser;
  }

  /** True while the browser process is alive and connected. */
  get connected(): boolean {
    return this.session.browser.connected;
  }

  /** Opens a new tab in the current browser. */
  async newPage(): Promise<Page> {
    if (this.closing) throw new Error('PdfBrowser is closed; launch a new one with launchBrowser().');
    return this.session.browser.newPage();
  }

  /** Replaces a crashed browser once; later crashes are errors so a crash loop cannot hang the build. */
  async recover(seenGeneration: number): Promise<void> {
    if (this.generation > seenGeneration) return this.relaunching;
    if (this.closing) throw new Error('the browser was closed while printing');
    if (this.relaunched) throw new Error('the browser crashed again after it had been relaunched once');
    this.relaunched = true;
    this.relaunching = (async () => {
      await endSession(this.session);
      this.session = await this.start();
      this.generation += 1;
    })();
    return this.relaunching;
  }

  /** Closes the browser and removes its profile; safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      // A relaunch in flight would otherwise leave a browser nobody closes.
      await this.relaunching?.catch(() => undefined);
      await endSession(this.session);
    })();
    return this.closing;
  }
}

async function endSession({ browser, userDataDir }: BrowserSession): Promise<void> {
  try {
    await browser.close();
  } catch {
    // A crashed browser cannot be closed politely; make sure the process is gone.
    browser.process()?.kill('SIGKILL');
  }
  await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
}

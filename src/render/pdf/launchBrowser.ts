import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserNotFoundError } from './BrowserNotFoundError.ts';
import { findBrowser } from './findBrowser.ts';
import { PdfBrowser, type BrowserSession } from './PdfBrowser.ts';

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Request interception does not see DNS prefetch or preconnect; with no
  // name resolution those cannot reach the network either.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/** Launches the headless browser a build prints with; close it in `finally`. */
export async function launchBrowser(options: { executablePath?: string } = {}): Promise<PdfBrowser> {
  const executablePath = options.executablePath ?? findBrowser();
  if (!executablePath) {
    const configured = process.env.PUPPETEER_EXECUTABLE_PATH;
    throw new BrowserNotFoundError(configured ? `PUPPETEER_EXECUTABLE_PATH=${configured} does not exist` : undefined);
  }
  if (!existsSync(executablePath)) throw new BrowserNotFoundError(`${executablePath} does not exist`);
  const start = () => startSession(executablePath);
  return new PdfBrowser(await start(), start);
}

async function startSession(executablePath: string): Promise<BrowserSession> {
  // A fresh profile per launch: nothing cached or remembered leaks between builds.
  const userDataDir = await mkdtemp(join(tmpdir(), 'policyforge-chromium-'));
  try {
    // Loaded on first launch: puppeteer costs a third of a second to import, and most rebuilds print nothing.
    const { default: puppeteer } = await import('puppeteer');
    const browser = await puppeteer.launch({ executablePath, headless: true, args: BROWSER_ARGS, userDataDir });
    return { browser, userDataDir };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

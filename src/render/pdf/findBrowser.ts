import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Returns the Chrome/Chromium executable to print with, or undefined when there is none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.PUPPETEER_EXECUTABLE_PATH;
  if (configured) {
    // An explicit choice pins the browser (and so the PDF bytes); silently
    // printing with another one would hide the misconfiguration.
    return existsSync(configured) ? configured : undefined;
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  try {
    // Only present when puppeteer's postinstall download was not skipped.
    // Required only here, as the last resort, so finding a system browser stays cheap.
    const puppeteer = createRequire(import.meta.url)('puppeteer') as typeof import('puppeteer');
    const cached = puppeteer.executablePath();
    return existsSync(cached) ? cached : undefined;
  } catch {
    return undefined;
  }
}

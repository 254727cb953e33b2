import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserNotFoundError, findBrowser, launchBrowser } from './index.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('findBrowser', () => {
  it('prefers PUPPETEER_EXECUTABLE_PATH when it exists', () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' })).toBe('/usr/bin/chromium');
  });

  it('does not fall back when PUPPETEER_EXECUTABLE_PATH points nowhere', () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' })).toBeUndefined();
  });

  it('finds the system Chromium when nothing is configured', () => {
    expect(findBrowser({})).toBe('/usr/bin/chromium');
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '' })).toBe('/usr/bin/chromium');
  });
});

describe('launchBrowser without a browser', () => {
  it('throws a one-line BrowserNotFoundError that says how to fix it', async () => {
    const error = await launchBrowser({ executablePath: '/nonexistent/chrome' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    const { message } = error as Error;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^No Chrome or Chromium browser found/);
    expect(message).toContain('/nonexistent/chrome');
    expect(message).toContain('apt-get install chromium (Debian/Ubuntu), or set PUPPETEER_EXECUTABLE_PATH, or build with --no-pdf');
  });

  it('names a misconfigured PUPPETEER_EXECUTABLE_PATH', async () => {
    vi.stubEnv('PUPPETEER_EXECUTABLE_PATH', '/nonexistent/chrome');
    await expect(launchBrowser()).rejects.toThrow(
      /^No Chrome or Chromium browser found to print PDFs \(PUPPETEER_EXECUTABLE_PATH=\/nonexistent\/chrome does not exist\): apt-get install chromium/,
    );
  });
});

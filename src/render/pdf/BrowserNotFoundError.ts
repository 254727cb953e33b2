/** Thrown when no Chrome/Chromium executable can be found to print PDFs. */
export class BrowserNotFoundError extends Error {
  constructor(detail?: string) {
    // One line on purpose: it is shown as-is by the CLI and in CI logs.
    const where = detail ? ` (${detail})` : '';
    super(
      `No Chrome or Chromium browser found to print PDFs${where}: apt-get install chromium (Debian/Ubuntu), or set PUPPETEER_EXECUTABLE_PATH, or build with --no-pdf`,
    );
    this.name = 'BrowserNotFoundError';
  }
}

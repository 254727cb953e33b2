// Puppeteer reads this at install time: skip its own browser download when a
// system Chrome or Chromium is present (Debian's `chromium` package, or one named
// by PUPPETEER_EXECUTABLE_PATH), so `npm ci` works on machines with no route to
// the download host. The build finds the same browser (src/render/pdf/findBrowser.ts).
const { existsSync } = require('node:fs');

const candidates = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

module.exports = {
  skipDownload: candidates.some((file) => existsSync(file)),
};

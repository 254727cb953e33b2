// Measures the PDF stage: one ~2,500-word notice on a warm page, and 20 notices in one printPdfs call.
// Run: npx tsx bench/pdf-measure.ts
import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import { launchBrowser, pdfFontAssets, pdfFontCss, printPdfs, type PdfDocument } from '../src/render/pdf/index.ts';
import { openPrintPage } from '../src/render/pdf/openPrintPage.ts';
import { printPdf } from '../src/render/pdf/printPdf.ts';
import { stampPdf } from '../src/render/pdf/stampPdf.ts';

const WORDS = 'controller personal data processing lawful basis legitimate interests recipients transfer retention rights access rectification erasure'.split(' ');

function noticeHtml(seed: number): string {
  const sections: string[] = [];
  let words = 0;
  for (let s = 0; words < 2500; s++) {
    const paragraphs = Array.from({ length: 3 }, (_, p) => {
      const text = Array.from({ length: 60 }, (_, w) => WORDS[(seed + s * 7 + p * 3 + w) % WORDS.length]).join(' ');
      words += 60;
      return `<p>Xstek Limited ${text}.</p>`;
    });
    sections.push(`<h2>Section ${s + 1}</h2><h3>Right of access ${s + 1}</h3>${paragraphs.join('')}<ul><li>Item one</li><li>Item two</li></ul>`);
  }
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Notice</title><link rel="stylesheet" href="notice.css"></head>
<body><h1>Privacy notice ${seed}</h1>${sections.join('')}<table><tr><th>Recipient</th><td>Hosting</td></tr></table></body></html>`;
}

function notice(seed: number): PdfDocument {
  return {
    id: `bench/${seed}`,
    html: noticeHtml(seed),
    assets: { 'notice.css': `${pdfFontCss()} body { font-family: 'Source Serif 4'; }`, ...pdfFontAssets() },
    paper: 'A4',
    title: `Notice ${seed}`,
    footer: { policyName: 'Xstek privacy notice', version: '2024-06-18', issued: '2024-06-18' },
    lang: 'en-GB',
    fixedDate: new Date('2024-06-18T00:00:00Z'),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const launchStart = performance.now();
const browser = await launchBrowser();
console.log(`launch: ${(performance.now() - launchStart).toFixed(0)} ms; availableParallelism = ${availableParallelism()}`);
try {
  const page = await openPrintPage(browser);
  await printPdf(page, notice(0)); // warm-up
  const times: number[] = [];
  let bytes = new Uint8Array();
  for (let i = 1; i <= 7; i++) {
    const start = performance.now();
    bytes = await printPdf(page, notice(i));
    times.push(performance.now() - start);
  }
  await page.close();
  console.log(`one ~2,500-word notice on a warm page: median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')}); ${bytes.length} bytes`);

  const stampTimes: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    await stampPdf(bytes, { title: 't', lang: 'en', fixedDate: new Date(0), paper: 'A4' });
    stampTimes.push(performance.now() - start);
  }
  console.log(`  of which pdf-lib stamping: median ${median(stampTimes).toFixed(1)} ms`);

  for (const concurrency of [undefined, 1, 4]) {
    const docs = Array.from({ length: 20 }, (_, i) => notice(100 + i));
    const start = performance.now();
    const result = await printPdfs(browser, docs, { concurrency });
    const total = performance.now() - start;
    console.log(`20 notices, concurrency ${concurrency ?? 'default'}: ${total.toFixed(0)} ms total, ${(total / result.size).toFixed(0)} ms per document`);
  }
} finally {
  await browser.close();
}

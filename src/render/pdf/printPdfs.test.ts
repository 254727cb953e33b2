import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  pdfFontAssets,
  pdfFontCss,
  PdfPrintError,
  printPdfs,
  type PdfBrowser,
  type PdfDocument,
  type RefusedRequest,
} from './index.ts';

const workDir = mkdtempSync(join(tmpdir(), 'policyforge-pdf-test-'));
let browser: PdfBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
});

const NOTICE_CSS = `${pdfFontCss()}
body { font-family: 'Source Serif 4', serif; font-size: 11pt; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2pt 4pt; }`;

function notice(overrides: Partial<PdfDocument> = {}, body = ''): PdfDocument {
  return {
    id: 'xstek/2024-06-18',
    html: `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Xstek privacy notice</title>
<link rel="stylesheet" href="notice.css"></head>
<body><main>
<h1>Privacy notice</h1>
<p>Xstek Limited (company number 07112697) is the controller of your personal data.</p>
<h2>Your rights</h2>
<h3>Right of access</h3>
<p>You may ask for a copy of the personal data we hold about you, <em>free of charge</em>.</p>
<ul><li>Right to rectification</li><li>Right to erasure</li></ul>
<h2>Who we share data with</h2>
<table><thead><tr><th>Recipient</th><th>Purpose</th></tr></thead>
<tbody><tr><td>Hosting provider</td><td>Storage in the UK</td></tr></tbody></table>
${body}
<p><strong>Issued:</strong> 18 June 2024</p>
</main></body></html>`,
    assets: { 'notice.css': NOTICE_CSS, ...pdfFontAssets() },
    paper: 'A4',
    title: 'Xstek privacy notice (2024-06-18)',
    footer: { policyName: 'Xstek "Privacy" Notice & <Terms>', version: '2024-06-18', issued: '2024-06-18' },
    lang: 'en-GB',
    fixedDate: new Date('2024-06-18T00:00:00Z'),
    ...overrides,
  };
}

function tool(command: string, args: string[], bytes: Uint8Array, after: string[] = []): string {
  const file = join(workDir, `${createHash('sha256').update(bytes).digest('hex')}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync(command, [...args, file, ...after], { encoding: 'utf8' });
}
const pdftotext = (bytes: Uint8Array) => tool('pdftotext', ['-layout'], bytes, ['-']).replace(/\s+/g, ' ');
const pdfinfo = (bytes: Uint8Array) => tool('pdfinfo', [], bytes);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Font rows of pdffonts: [name, type, encoding, emb, sub, uni]. */
function pdffonts(bytes: Uint8Array): string[][] {
  return tool('pdffonts', [], bytes)
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/).slice(0, -2))
    .map((cells) => [cells[0]!, ...cells.slice(-5)]);
}

async function outlineTitles(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const titles: string[] = [];
  const walk = (item: PDFDict | undefined) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push(node.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText());
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return titles;
}

async function printOne(doc: PdfDocument, refusals?: RefusedRequest[]): Promise<Uint8Array> {
  const result = await printPdfs(browser, [doc], { onRefusedRequest: (refusal) => refusals?.push(refusal) });
  return result.get(doc.id)!;
}

describe('printPdfs', () => {
  it('prints a tagged, bookmarked A4 PDF with extractable text, the footer and fixed metadata', async () => {
    const refusals: RefusedRequest[] = [];
    const pdf = await printOne(notice(), refusals);
    const text = pdftotext(pdf);
    for (const phrase of ['Xstek Limited', '07112697', 'Right of access', '18 June 2024', 'Right to erasure', 'Storage in the UK']) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain('Xstek "Privacy" Notice & <Terms>');
    expect(text).toMatch(/Version 2024-06-18 · Issued 2024-06-18/);
    expect(text).toMatch(/Page 1 of 1/);

    const info = pdfinfo(pdf);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(info).toMatch(/^Title:\s+Xstek privacy notice \(2024-06-18\)$/m);
    expect(info).toMatch(/^Producer:\s+policyforge$/m);
    expect(info).toMatch(/^CreationDate:\s+Tue Jun 18 00:00:00 2024 UTC$/m);
    expect(info).toMatch(/^ModDate:\s+Tue Jun 18 00:00:00 2024 UTC$/m);
    expect(info).toMatch(/^Suspects:\s+no$/m);

    const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(loaded.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB');
    expect(loaded.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)).toBeDefined();
    expect(await outlineTitles(pdf)).toEqual(['Privacy notice', 'Your rights', 'Right of access', 'Who we share data with']);
    expect(refusals).toEqual([]);
  });

  it('embeds only the shipped Source Serif 4, never a system font', async () => {
    const fonts = pdffonts(await printOne(notice()));
    expect(fonts.length).toBeGreaterThan(0);
    for (const [name, , , emb] of fonts) {
      expect(name).toMatch(/^[A-Z]{6}\+SourceSerif4-/);
      expect(emb).toBe('yes');
    }
    expect(fonts.map(([name]) => name!.slice(7))).toEqual(expect.arrayContaining(['SourceSerif4-Regular', 'SourceSerif4-Bold', 'SourceSerif4-Italic']));
  });

  it('prints Letter when asked', async () => {
    const info = pdfinfo(await printOne(notice({ paper: 'Letter' })));
    expect(info).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
  });

  it('gives byte-identical PDFs for identical input, and a different ID for different content', async () => {
    const first = await printOne(notice());
    await new Promise((resolve) => setTimeout(resolve, 1100)); // Chromium stamps the clock to the second.
    // Another document first, on the same page: Chromium numbers table cells by
    // DOM nodes created so far in the renderer, which must not leak into the PDF.
    const warmup = notice({ id: 'warmup/1' }, '<table><tr><th>a</th><td>b</td></tr></table>'.repeat(20));
    const second = (await printPdfs(browser, [warmup, notice()], { concurrency: 1 })).get('xstek/2024-06-18')!;
    expect(sha256(second)).toBe(sha256(first));
    const other = await printOne(notice({ title: 'Another title' }));
    const id = (bytes: Uint8Array) => /\/ID \[ <([0-9A-F]{32})>/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    expect(id(first)).toMatch(/^[0-9A-F]{32}$/);
    expect(id(other)).not.toBe(id(first));
  });

  it('numbers structure IDs in document order and keeps the /IDTree sorted and complete', async () => {
    const bytes = await printOne(notice({}, '<table><tr><th>a</th><th>b</th><td>c</td></tr></table>'.repeat(12)));
    const pdf = await PDFDocument.load(bytes);
    const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);
    const ids = pdf.context
      .enumerateIndirectObjects()
      .flatMap(([, object]) => (object instanceof PDFDict ? [text(object.get(PDFName.of('ID')))] : []))
      .filter((id): id is string => id !== undefined);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids).toEqual(ids.map((_, index) => `node${String(index + 1).padStart(8, '0')}`));
    const tree = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('IDTree'), PDFDict);
    const keys: string[] = [];
    const walk = (node: PDFDict): void => {
      const names = node.get(PDFName.of('Names'));
      if (names && 'asArray' in names) (names as unknown as { asArray(): unknown[] }).asArray().forEach((entry, index) => index % 2 === 0 && keys.push(text(entry)!));
      const kids = node.get(PDFName.of('Kids'));
      if (kids && 'asArray' in kids) for (const kid of (kids as unknown as { asArray(): unknown[] }).asArray()) walk(pdf.context.lookup(kid as never, PDFDict));
    };
    walk(tree);
    expect(keys).toEqual([...ids].sort());
  });

  it('refuses every request outside the document, records it, and still prints', async () => {
    let connections = 0;
    const server: Server = createServer((_, response) => response.end('leaked'));
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const refusals: RefusedRequest[] = [];
      const doc = notice(
        { assets: { 'notice.css': `${NOTICE_CSS} main { background: url(http://example.com/y); } h1 { background: url(${local}/css); }`, ...pdfFontAssets() } },
        `<img src="https://example.com/x.png" alt="">
<img src="${local}/img.png" alt=""><img src="file:///etc/passwd" alt="">
<link rel="preconnect" href="${local}"><link rel="dns-prefetch" href="http://example.org">
<link rel="prefetch" href="${local}/prefetch"><link rel="stylesheet" href="${local}/style.css">
<iframe src="${local}/frame" title="frame"></iframe><img src="missing.png" alt="">
<meta http-equiv="refresh" content="0; url=${local}/refresh">`,
      );
      const pdf = await printOne(doc, refusals);
      expect(pdftotext(pdf)).toContain('Xstek Limited');
      const refused = refusals.map(({ url, reason }) => `${reason} ${url}`);
      expect(refused).toEqual(
        expect.arrayContaining([
          'outside-origin https://example.com/x.png',
          // Chromium upgrades this mixed-content image to https before asking.
          expect.stringMatching(/^outside-origin https?:\/\/example\.com\/y$/),
          `outside-origin ${local}/img.png`,
          `outside-origin ${local}/css`,
          `outside-origin ${local}/style.css`,
          'missing-asset https://policyforge.invalid/missing.png',
        ]),
      );
      expect(refusals.every((refusal) => refusal.documentId === 'xstek/2024-06-18')).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300)); // let a late preconnect show up
      expect(connections).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('prints several documents on a bounded pool, each with its own assets', async () => {
    const docs = ['a', 'b', 'c'].map((name) =>
      notice({
        id: `policy-${name}/v1`,
        title: `Policy ${name}`,
        assets: { 'notice.css': `${NOTICE_CSS} h1::after { content: " marker-${name}"; }`, ...pdfFontAssets() },
      }),
    );
    const result = await printPdfs(browser, docs, { concurrency: 2 });
    expect([...result.keys()]).toEqual(['policy-a/v1', 'policy-b/v1', 'policy-c/v1']);
    for (const name of ['a', 'b', 'c']) {
      const text = pdftotext(result.get(`policy-${name}/v1`)!);
      expect(text).toContain(`marker-${name}`);
      expect(text.match(/marker-\w/g)).toEqual([`marker-${name}`]);
    }
  });

  it('fails with an error naming the document when it times out', async () => {
    const doc = notice({ id: 'slow/2024-06-18' });
    const error = await printPdfs(browser, [doc], { timeoutMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfPrintError);
    expect((error as PdfPrintError).message).toMatch(/"slow\/2024-06-18".*timed out after 1 ms/);
    // The pool recovers: the next call prints normally.
    expect((await printPdfs(browser, [doc])).get(doc.id)!.length).toBeGreaterThan(1000);
  });
});

describe('PdfBrowser', () => {
  it('relaunches once after a crash, then fails naming the document', async () => {
    const own = await launchBrowser();
    const profile = (own.browser.process()!.spawnargs.find((arg) => arg.startsWith('--user-data-dir=')) ?? '').split('=')[1]!;
    try {
      own.browser.process()!.kill('SIGKILL');
      const doc = notice({ id: 'crash/2024-06-18' });
      const result = await printPdfs(own, [doc]);
      expect(pdftotext(result.get(doc.id)!)).toContain('Xstek Limited');
      expect(own.generation).toBe(1);
      expect(existsSync(profile)).toBe(false);

      own.browser.process()!.kill('SIGKILL');
      await expect(printPdfs(own, [doc])).rejects.toThrow(/"crash\/2024-06-18".*crashed again/);
    } finally {
      await own.close();
      await own.close();
    }
  });

  it('closes idempotently and removes its profile directory', async () => {
    const own = await launchBrowser();
    const profile = own.browser.process()!.spawnargs.find((arg) => arg.startsWith('--user-data-dir='))!.split('=')[1]!;
    expect(existsSync(profile)).toBe(true);
    await Promise.all([own.close(), own.close()]);
    await own.close();
    expect(existsSync(profile)).toBe(false);
    expect(own.connected).toBe(false);
  });
});

import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, printPdfs, type PdfDocument, type RefusedRequest } from '../src/render/pdf/index.ts';
import { tempProject, type TempProject } from './helpers/tempProject.ts';
import { validateHtml } from './helpers/validateHtml.ts';

// Hostile content (issue 6): the policy in test/fixtures/hostile/ carries every
// payload below in text fields, headings, config, a change note and a prose file.
// None may reach any HTML or PDF as live markup, make the PDF printer fetch
// anything, or change another field. __SERVER__ is a local HTTP server that
// must receive no request at all.

const TODAY = '2026-11-25';
const FIXTURE = 'test/fixtures/hostile/content';

/** A payload and the text a reader must see in its place (itself, unless Markdown folds it). */
interface Payload {
  text: string;
  shows?: string;
}

const PAYLOADS: Payload[] = [
  { text: '<script>alert(1)</script>' },
  { text: '<img src=x onerror=alert(1)>' },
  { text: '<a href="javascript:alert(1)">x</a>' },
  { text: '<iframe src="https://evil.example/">' },
  { text: '<style>body{background:url(https://evil.example/x.png)}</style>' },
  { text: '<svg onload=alert(1)>' },
  { text: "{{constructor.constructor('alert(1)')()}}" },
  { text: '{{> notice}}' },
  { text: '{{policy.title}}' },
  { text: '</title><script>alert(1)</script>' },
  { text: '<img src="http://__SERVER__/source.png">' },
  { text: '<iframe src="http://__SERVER__/frame"></iframe>' },
  { text: '<link rel="stylesheet" href="http://__SERVER__/sheet.css">' },
  { text: '<base href="http://__SERVER__/">' },
  { text: '<meta http-equiv="refresh" content="0;url=http://__SERVER__/refresh">' },
  { text: '<object data="http://__SERVER__/object"></object>' },
  { text: '<style>@import url(http://__SERVER__/import.css); body{background:url(http://__SERVER__/bg.png)}</style>' },
  { text: '<video poster="http://__SERVER__/poster.png"></video>' },
  { text: '<form action="http://__SERVER__/form"><button>Go</button></form>' },
  { text: '<embed src="http://__SERVER__/embed">' },
  { text: '<img src="http://__SERVER__/prose.png">' },
  { text: '<link rel="stylesheet" href="http://__SERVER__/prose.css">' },
  { text: 'privacy@demo.example"><script>alert(1)</script>' },
  { text: 'https://demo.example/" onmouseover="alert(1)' },
  { text: '+44 20 7946 0000<img src=x onerror=alert(1)>' },
  // A bare URL right before a tag: the escaped tag must not run into the link.
  { text: 'www.demo.example<button>Go</button>' },
  { text: 'http://__SERVER__/page"><img src=x onerror=alert(1)>' },
  { text: '&#60;script&#62;alert(1)&#60;/script&#62;', shows: '<script>alert(1)</script>' },
  { text: 'Line two\n\n## Injected heading\n\n- injected item\n\n<!-- swallow the rest', shows: 'Line two ## Injected heading - injected item <!-- swallow the rest' },
  { text: '<!-- swallow the rest' },
];
/** Payloads that are not text: an image (dropped whole) and prototype keys (checked by their effect). */
const OTHER_PAYLOADS = ['![an image](http://__SERVER__/markdown-image.png)', 'headings.__proto__', 'headings.constructor', 'headings.hasOwnProperty', 'headings.toString', 'config rules.__proto__', 'config rules.constructor'];

const FORBIDDEN_TAGS = /<(script|iframe|frame|svg|math|object|embed|img|link|base|form|input|button|video|audio|source|picture|template)\b/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'srcSet', 'cite', 'background', 'xLinkHref', 'manifest', 'ping'];

let server: Server;
let serverHits: string[];
let address: string;
let project: TempProject;
let htmlFiles: string[];
const read = (file: string) => readFile(path.join(project.out, file), 'utf8');
const withServer = (text: string) => text.replaceAll('__SERVER__', address);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const parseHtml = (html: string) => unified().use(rehypeParse).parse(html) as Root;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

/** Every string a YAML file holds, keys included. */
function yamlStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(yamlStrings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [key, ...yamlStrings(item)]);
  return [];
}

beforeAll(async () => {
  serverHits = [];
  server = createServer((request, response) => {
    serverHits.push(`${request.method} ${request.url}`);
    response.end('fetched');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `127.0.0.1:${(server.address() as AddressInfo).port}`;

  project = await tempProject({ content: FIXTURE });
  for (const file of await listFiles(project.content)) {
    const full = path.join(project.content, file);
    await writeFile(full, withServer(await readFile(full, 'utf8')));
  }
  // A release first, so the hostile change-note summary reaches the history page.
  const release = await project.run(['release', 'demo', '--issued', '2026-01-01']);
  if (release.code !== 0) throw new Error(`release failed:\n${release.stdout}${release.stderr}`);
  const build = await project.run(['build', '--today', TODAY]);
  if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
  htmlFiles = (await listFiles(project.out)).filter((file) => file.endsWith('.html'));
});
afterAll(async () => {
  await project?.remove();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the hostile corpus', () => {
  it('has every payload in the fixture', async () => {
    const policyDir = path.join(FIXTURE, 'demo');
    const texts = [
      ...yamlStrings(parse(await readFile(path.join(policyDir, 'policy.yaml'), 'utf8'))),
      ...yamlStrings(parse(await readFile(path.join(policyDir, 'config.yaml'), 'utf8'))),
      await readFile(path.join(policyDir, 'prose/payloads.md'), 'utf8'),
      await readFile(path.join(policyDir, 'changes/first.md'), 'utf8'),
    ];
    for (const { text } of PAYLOADS) expect(texts.some((t) => t.includes(text)), text).toBe(true);
    expect(texts.some((t) => t.includes(OTHER_PAYLOADS[0]!))).toBe(true);
    expect(PAYLOADS.length + OTHER_PAYLOADS.length).toBe(37);
  });

  it('builds, with the release, the draft, latest and the history page', () => {
    expect(htmlFiles).toEqual(expect.arrayContaining(['demo/2026-01-01/notice.html', 'demo/2026-01-01/notice.fragment.html', 'demo/draft/notice.html', 'demo/latest/notice.html', 'demo/index.html']));
  });
});

describe('no payload reaches any HTML output as markup', () => {
  it('has no active element, only the layout’s own <style> and known <meta> tags', async () => {
    for (const file of htmlFiles) {
      const html = await read(file);
      expect(html, file).not.toMatch(FORBIDDEN_TAGS);
      const fragment = file.endsWith('.fragment.html');
      expect(html.match(/<style\b/gi)?.length ?? 0, file).toBe(fragment ? 0 : 1);
      if (!fragment) expect(html.indexOf('<style'), file).toBeLessThan(html.indexOf('</head>'));
      for (const meta of html.match(/<meta\b[^>]*>/gi) ?? []) expect(meta, file).toMatch(/^<meta (charset="utf-8"|name="(viewport|generator|robots)")/);
    }
  });

  it('has no event-handler attribute and no javascript:, vbscript: or data: URL', async () => {
    for (const file of htmlFiles) {
      const html = await read(file);
      // Text may say " onerror=" (escaped); inside a tag it must not.
      expect(html, file).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i);
      visit(parseHtml(html), 'element', (node: Element) => {
        for (const [name, value] of Object.entries(node.properties)) {
          expect(name, `${file}: <${node.tagName} ${name}>`).not.toMatch(/^on/i);
          if (!URL_ATTRIBUTES.includes(name)) continue;
          for (const url of [value].flat()) expect(String(url).replace(/[\u0000-\u0020]/g, ''), `${file}: <${node.tagName} ${name}>`).not.toMatch(/^(javascript|vbscript|data):/i);
        }
      });
    }
  });

  it('shows every payload as text in the notice, and nothing double-escaped', async () => {
    for (const file of ['demo/draft/notice.html', 'demo/2026-01-01/notice.html', 'demo/draft/notice.fragment.html']) {
      const tree = parseHtml(await read(file));
      let text = '';
      visit(tree, 'element', (node: Element) => {
        if (node.tagName === 'article') text = squash(toString(node));
      });
      for (const { text: payload, shows } of PAYLOADS) expect(text, `${file}: ${payload}`).toContain(squash(withServer(shows ?? payload)));
      // An escape that shows through ("&lt;button>") would be a rendering defect.
      expect(text, file).not.toMatch(/&(lt|gt|amp|#\d+|#x[\da-f]+);/i);
    }
  });

  it('keeps the payloads escaped in the page title, the table of contents and the history page', async () => {
    const page = await read('demo/draft/notice.html');
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; Demo privacy notice (draft)</title>');
    expect(page).toContain('<a href="#titlescriptalert1script">&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    const history = await read('demo/index.html');
    expect(history).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; Demo &quot;notice&quot; &amp; &lt;/title&gt;: version history</title>');
    expect(history).toContain('First notice. &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });

  it('leaves the hostile pages valid HTML', async () => {
    // long-title is search-engine advice, not validity: this title is long on purpose.
    for (const file of htmlFiles.filter((f) => !f.endsWith('.fragment.html'))) expect(await validateHtml(await read(file), file, { 'long-title': 'off' })).toEqual([]);
  });

  it('keeps a phone number whole: its spaces and hyphens do not break (html-validate tel-non-breaking)', async () => {
    expect(await read('demo/draft/notice.html')).toContain('<a href="tel:+4420794600001">+44\u00a020\u00a07946\u00a00000&#x3C;img\u00a0src=x\u00a0onerror=alert(1)></a>');
  });
});

describe('the Markdown', () => {
  it('contains no raw HTML: every tag opening is escaped', async () => {
    const markdown = await read('demo/draft/notice.md');
    expect(markdown).not.toMatch(/<[A-Za-z/!?]/);
    expect(markdown).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('keeps Handlebars expressions in content literal and without effect', async () => {
    const markdown = await read('demo/draft/notice.md');
    for (const expression of ["{{constructor.constructor('alert(1)')()}}", '{{> notice}}', '{{policy.title}}']) expect(markdown).toContain(expression);
    // {{> notice}} did not include the notice again, nor {{policy.title}} print the title.
    expect(markdown.match(/^# /gm)).toHaveLength(1);
    expect(markdown.match(/Issue Date:/g)).toHaveLength(1);
    expect(markdown.match(/Demo privacy notice/g)).toHaveLength(1);
  });
});

describe('prototype keys', () => {
  it('change no heading but the one overridden, and no other field', async () => {
    const page = parseHtml(await read('demo/draft/notice.html'));
    const h2: string[] = [];
    visit(page, 'element', (node: Element) => {
      if (node.tagName === 'h2' && node.properties.id !== 'pf-toc-heading') h2.push(toString(node));
    });
    expect(h2).toEqual([
      'Who we are',
      'What personal data we collect',
      '</title><script>alert(1)</script>',
      'International transfers',
      'How we keep your data secure',
      'Your rights',
      'How long we keep your data',
      'Contact us',
      'More about us <script>alert(1)</script>',
    ]);
    expect(await read('demo/draft/notice.html')).not.toContain('Heading from');

    const source = parse(await readFile(path.join(project.content, 'demo/policy.yaml'), 'utf8')) as Record<string, unknown>;
    const { data } = JSON.parse(await read('demo/draft/notice.json')) as { data: Record<string, unknown> };
    const { headings, ...rest } = source;
    expect(data).toMatchObject(rest);
    // "__proto__" is dropped as a record key; the others are plain keys used by no section.
    expect(Object.keys(data.headings as object).sort()).toEqual(['constructor', 'hasOwnProperty', 'purposes', 'toString']);
    expect(Object.getPrototypeOf(data.headings)).toBe(Object.prototype);
    expect(headings).toBeDefined();
  });

  it('pollute no prototype in the process that built them', () => {
    // Nothing enumerable was added to Object.prototype, and no payload heading became a property of every object.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)['Heading from __proto__']).toBeUndefined();
    expect(({} as Record<string, unknown>).off).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
    expect(typeof Object.prototype.hasOwnProperty).toBe('function');
  });
});

describe('the PDF printer', () => {
  it('fetched nothing while the build printed the hostile notices', () => {
    expect(serverHits).toEqual([]);
  });

  it('prints the payloads as text', async () => {
    const text = execFileSync('pdftotext', [path.join(project.out, 'demo/draft/notice.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
  });

  it('refuses every outside request, and the page built from hostile content makes none', async () => {
    const page = await read('demo/draft/notice.html');
    const live = `<img src="http://${address}/live.png"><iframe src="http://${address}/live-frame"></iframe><link rel="stylesheet" href="http://${address}/live.css"><div style="background:url(http://${address}/live-bg.png)">x</div><img src="https://evil.example/x.png">`;
    const doc = (id: string, html: string): PdfDocument => ({ id, html, assets: {}, paper: 'A4', title: 'Hostile', footer: { policyName: 'Hostile', version: 'draft', issued: TODAY }, lang: 'en-GB', fixedDate: new Date(`${TODAY}T00:00:00Z`) });
    const refusals: RefusedRequest[] = [];
    const browser = await launchBrowser();
    try {
      await printPdfs(browser, [doc('built', page), doc('control', page.replace('</main>', `${live}</main>`))], { onRefusedRequest: (r) => refusals.push(r), concurrency: 1 });
    } finally {
      await browser.close();
    }
    expect(refusals.filter((r) => r.documentId === 'built')).toEqual([]);
    // The control shows the printer would have refused markup that did get through.
    const control = refusals.filter((r) => r.documentId === 'control');
    expect(control.map((r) => r.reason)).toEqual(control.map(() => 'outside-origin'));
    expect(control.map((r) => new URL(r.url).pathname).sort()).toEqual(expect.arrayContaining(['/live.png', '/live-frame', '/live.css', '/x.png']));
    expect(serverHits).toEqual([]);
  });
});

describe('links to javascript: and data: URLs', () => {
  const REFUSED = [
    '[x](javascript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](JaVaScRiPt:alert(1))',
    '[x](javascript&#58;alert(1))',
    '[x](vbscript:msgbox(1))',
    '<javascript:alert(1)>',
  ];

  for (const link of REFUSED) {
    it(`refuses ${link} in a text field and in a prose file: exit 1, link-protocol, nothing written`, async () => {
      const refused = await tempProject({ content: 'test/fixtures/minimal/content' });
      try {
        const file = path.join(refused.content, 'demo/policy.yaml');
        const policy = await readFile(file, 'utf8');
        const description = '    description: "To provide the service you signed up for."';
        expect(policy).toContain(description);
        await writeFile(file, `${policy.replace(description, `    description: ${JSON.stringify(`Read ${link} now.`)}`)}prose:\n  - id: more\n    heading: "More"\n    file: more.md\n`);
        await writeFile(path.join(refused.content, 'demo/more.md'), `Also ${link} here.\n`);
        const run = await refused.run(['build', '--no-pdf', '--today', TODAY]);
        expect(run.code).toBe(1);
        const lines = (run.stdout + run.stderr).split('\n').filter((line) => line.endsWith(' link-protocol'));
        expect(lines.some((line) => line.includes('policy.yaml:35:')), run.stderr).toBe(true);
        expect(lines.some((line) => line.includes('more.md:1:')), run.stderr).toBe(true);
        await expect(stat(refused.out)).rejects.toThrow();
      } finally {
        await refused.remove();
      }
    });
  }
});

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { lint } from 'markdownlint/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redline, redlineCss, renderRedlineHtml } from '../src/diff/redline/index.ts';
import { launchAxeBrowser } from './helpers/axePage.ts';
import { htmlStructure, markdownStructure } from './helpers/documentStructure.ts';
import { pdfOutlineTitles } from './helpers/pdfOutlineTitles.ts';
import { tempProject, type TempProject } from './helpers/tempProject.ts';
import { validateHtml } from './helpers/validateHtml.ts';
import { wrapInDocument } from './helpers/wrapInDocument.ts';

// Proof that what the build writes for the shipped content is valid, accessible,
// lint-clean and structurally the same in every format (issue 6).

const TODAY = '2026-11-25';
const RELEASES = ['2024-06-18', '2026-11-25'] as const;

let project: TempProject;
/** Version folders of dist/xstek/ (releases and the draft; `latest` is a copy of one of them). */
let versions: string[];
const read = (file: string) => readFile(path.join(project.out, 'xstek', file), 'utf8');

/** The two Xstek releases' canonical texts as a redline page, with or without a title of its own. */
async function redlinePages(): Promise<{ name: string; html: string }[]> {
  const [before, after] = await Promise.all(
    RELEASES.map(async (v) => JSON.parse(await readFile(path.join(project.content, 'xstek/releases', `${v}.json`), 'utf8')).text as string),
  );
  const changes = redline(before!, after!);
  const page = (body: string) => wrapInDocument(`<h1>Changes from ${RELEASES[0]} to ${RELEASES[1]}</h1>\n${body}`, { title: 'Changes to the Xstek privacy notice', css: redlineCss });
  return [
    { name: 'redline.html', html: page(renderRedlineHtml(changes)) },
    { name: 'redline-titled.html', html: page(renderRedlineHtml(changes, { title: 'What changed' })) },
  ];
}

beforeAll(async () => {
  project = await tempProject();
  const run = await project.run(['build', '--today', TODAY]);
  if (run.code !== 0) throw new Error(`build failed:\n${run.stderr}`);
  versions = (await readdir(path.join(project.out, 'xstek'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== 'latest')
    .map((entry) => entry.name)
    .sort();
});
afterAll(async () => project?.remove());

describe('the built HTML has no errors from html-validate', () => {
  it('covers both releases and the draft', () => expect(versions).toEqual([...RELEASES, 'draft']));

  it('in every notice page', async () => {
    for (const v of versions) expect(await validateHtml(await read(`${v}/notice.html`), `${v}/notice.html`)).toEqual([]);
  });

  it('in every fragment, wrapped in a minimal document', async () => {
    for (const v of versions) {
      const fragment = await read(`${v}/notice.fragment.html`);
      expect(await validateHtml(wrapInDocument(fragment, { title: 'Embedded notice' }), `${v}/notice.fragment.html`)).toEqual([]);
    }
  });

  it('in the history page', async () => {
    expect(await validateHtml(await read('index.html'), 'index.html')).toEqual([]);
  });

  it('in the redline page between the two releases', async () => {
    for (const { name, html } of await redlinePages()) {
      expect(html).toContain('<ins>');
      expect(html).toContain('<del>');
      expect(await validateHtml(html, name)).toEqual([]);
    }
  });

  it('and the validator does report a broken page, so the checks above can fail', async () => {
    const broken = (await read('draft/notice.html')).replace('<h1 id="pf-title">', '<h1 id="pf-title"><div>').replace('lang="en-GB"', '');
    expect((await validateHtml(broken, 'broken.html')).length).toBeGreaterThan(0);
  });
});

describe('axe-core in Chromium finds no accessibility violations', () => {
  it('in the notice pages, the history page and the redline pages', async () => {
    const axe = await launchAxeBrowser();
    try {
      for (const v of versions) expect(await axe.check(await read(`${v}/notice.html`)), `${v}/notice.html`).toEqual([]);
      expect(await axe.check(await read('index.html')), 'index.html').toEqual([]);
      for (const { name, html } of await redlinePages()) expect(await axe.check(html), name).toEqual([]);
      // The same run on a page with known faults must report them.
      const faulty = (await read('draft/notice.html')).replace(' lang="en-GB"', '').replace('<h1 id="pf-title">', '<h1 id="pf-title"><a href="#x"></a>');
      const found = await axe.check(faulty);
      expect(found.some((line) => line.startsWith('html-has-lang'))).toBe(true);
      expect(found.some((line) => line.startsWith('link-name'))).toBe(true);
    } finally {
      await axe.close();
    }
  });
});

describe('the Markdown', () => {
  // MD013 (line length): paragraphs are single lines by design, so a redline
  // and a diff compare whole sentences and never re-wrapped lines.
  // MD034 (bare URLs): the notices quote www.xstek.net and www.ico.org.uk as
  // issued; GFM autolinks them (the HTML has the links, checked below), and
  // released text is frozen and hashed, so it cannot be rewritten to <…>.
  const config = { default: true, MD013: false, MD034: false } as const;

  it('passes markdownlint for every version', async () => {
    for (const v of versions) {
      const result = lint({ strings: { [`${v}/notice.md`]: await read(`${v}/notice.md`) }, config });
      expect(result.toString()).toBe('');
    }
  });

  it('keeps the bare addresses as links in the HTML, which is why MD034 is off', async () => {
    expect(await read('2024-06-18/notice.html')).toContain('<a href="http://www.xstek.net">www.xstek.net</a>');
  });

  it('and markdownlint does report faults, so the check above can fail', () => {
    const result = lint({ strings: { bad: '# A\n\n## B\n\n#### C\n\n* x\n- y\n' }, config });
    expect(result.toString()).toMatch(/MD001/);
    expect(result.toString()).toMatch(/MD004/);
  });

  it('parses back to the same headings and list items as the HTML', async () => {
    for (const v of versions) {
      const markdown = markdownStructure(await read(`${v}/notice.md`));
      const page = await read(`${v}/notice.html`);
      const body = htmlStructure(page, 'pf-body');
      const header = htmlStructure(page, 'pf-header');
      expect(markdown.headings.length, v).toBeGreaterThan(10);
      expect(markdown.listItems.length, v).toBeGreaterThan(20);
      // The page prints the title in its header and drops the body's own h1.
      expect(markdown.headings, v).toEqual([...header.headings, ...body.headings]);
      expect(markdown.listItems, v).toEqual(body.listItems);
      // The table of contents lists the same h2 and h3 headings.
      const toc = htmlStructure(page, 'pf-toc').listItems.map((item) => item.replace(/^ol[12] /, ''));
      expect(toc, v).toEqual(body.headings.filter((h) => /^h[23] /.test(h)).map((h) => h.slice(3)));
    }
  });

  it('and the fragment has the same body as the page', async () => {
    for (const v of versions) {
      expect(htmlStructure(await read(`${v}/notice.fragment.html`), 'pf-body'), v).toEqual(htmlStructure(await read(`${v}/notice.html`), 'pf-body'));
    }
  });
});

describe('the PDFs', () => {
  // Tags, embedded fonts and extractable text are checked in build.test.ts; here the bookmarks.
  it('have one bookmark per heading of the page, each read once, h2 headings included', async () => {
    for (const v of versions) {
      const titles = await pdfOutlineTitles(await readFile(path.join(project.out, 'xstek', v, 'notice.pdf')));
      const headings = htmlStructure(await read(`${v}/notice.html`)).headings;
      expect(headings.filter((h) => h.startsWith('h2 ')).length, v).toBeGreaterThan(5);
      // A heading at the top of a page once came out doubled ("Your rightsYour rights").
      expect(titles, v).toEqual(headings.map((h) => h.slice(3)));
    }
  });
});

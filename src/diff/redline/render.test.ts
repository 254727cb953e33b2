import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { lint } from 'markdownlint/sync';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { redline } from './redline.ts';
import { renderRedlineHtml } from './renderRedlineHtml.ts';
import { renderRedlineMarkdown } from './renderRedlineMarkdown.ts';
import { renderRedlineText } from './renderRedlineText.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/redline/${name}`, import.meta.url), 'utf8');
const HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) " onerror=x ![i](x) https://evil.example www.evil.example a@evil.example {+fake+} [-fake-] &lt;b&gt; *em* \u001b[31mred';
const hostile = redline(
  '# Notice\n\n## Cookies\n\nWe use cookies.\n\n- safe item',
  `# Notice\n\n## Cookies ${HOSTILE}\n\nWe use cookies. ${HOSTILE}\n\n- safe item ${HOSTILE}\n\n| a | b |\n|---|---|\n| ${HOSTILE.replace(/\|/g, '')} | x |`,
);
const fixtureRedline = redline(fixture('before.md'), fixture('after.md'));

async function validateFragment(fragment: string): Promise<string[]> {
  const page = `<!DOCTYPE html><html lang="en"><head><title>Redline</title></head><body><main>${fragment}</main></body></html>`;
  const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(page);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`));
}

describe('renderRedlineHtml', () => {
  it('escapes hostile content so no element or attribute comes from the notice', () => {
    const html = renderRedlineHtml(hostile, { title: '<b>"title"</b>' });
    // Every tag and attribute in the output is the renderer's own.
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1]));
    expect([...tags].sort()).toEqual(['del', 'div', 'h2', 'h3', 'ins', 'li', 'p', 'section', 'span', 'table', 'tbody', 'td', 'th', 'tr', 'ul']);
    const attributes = new Set([...html.matchAll(/\s([a-zA-Z-]+)=/g)].filter((match) => html.lastIndexOf('<', match.index) > html.lastIndexOf('>', match.index)).map((match) => match[1]));
    expect([...attributes]).toEqual(['class']);
    expect(html).not.toContain('\u001b');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot; onerror=x');
    expect(html).toContain('&lt;b&gt;&quot;title&quot;&lt;/b&gt;');
  });

  it('produces a fragment a real HTML validator accepts', async () => {
    expect(await validateFragment(renderRedlineHtml(fixtureRedline, { title: 'Xstek privacy notice' }))).toEqual([]);
    expect(await validateFragment(renderRedlineHtml(hostile))).toEqual([]);
  });

  it('announces changes in words, names section statuses and collapses unchanged sections', () => {
    const html = renderRedlineHtml(fixtureRedline);
    expect(html).toContain(
      'appreciate <del><span class="redline-sr">[deleted: </span>these<span class="redline-sr"> end deleted]</span></del>' +
        '<ins><span class="redline-sr">[inserted: </span>the<span class="redline-sr"> end inserted]</span></ins> fact',
    );
    expect(html).toContain('(Section moved from position 5 to 4)');
    expect(html).toContain('(Section added at position 6)');
    expect(html).toContain('(Section removed from position 6)');
    expect(html).toContain('<p class="redline-unchanged">Section unchanged: Contact</p>');
    expect(html).not.toContain('Falcon House');
  });
});

describe('renderRedlineMarkdown', () => {
  it('matches the reviewed golden file for the fixture pair', () => {
    expect(renderRedlineMarkdown(fixtureRedline)).toBe(fixture('expected.md'));
  });

  it('escapes hostile content: no links, images or HTML when parsed as GFM', () => {
    const markdown = renderRedlineMarkdown(hostile);
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
    const kinds = new Set<string>();
    visit(tree, (node) => void kinds.add(node.type));
    expect(kinds).not.toContain('link');
    expect(kinds).not.toContain('image');
    expect(kinds).not.toContain('html');
    expect(kinds).not.toContain('emphasis');
    expect(kinds).toContain('table');
    // Content braces are escaped, so the only unescaped markers are the renderer's own.
    expect(markdown.match(/(?<!\\)\{\+/g)?.length).toBe(markdown.match(/(?<!\\)\+\}/g)?.length);
    expect(markdown).toContain('\\{+fake+\\}');
  });

  it('passes markdownlint (line length aside: paragraphs are one line each)', () => {
    for (const markdown of [renderRedlineMarkdown(fixtureRedline), renderRedlineMarkdown(hostile)]) {
      const result = lint({ strings: { redline: markdown }, config: { default: true, MD013: false } });
      expect(result.redline).toEqual([]);
    }
  });
});

describe('renderRedlineText', () => {
  it('matches the reviewed golden file for the fixture pair', () => {
    expect(renderRedlineText(fixtureRedline)).toBe(fixture('expected.txt'));
  });

  it('neutralises terminal control characters from content', () => {
    const text = renderRedlineText(hostile);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\ufffd[31mred');
  });
});

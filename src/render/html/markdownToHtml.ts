import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** One entry of a table of contents: a heading's anchor, text and level. */
export interface TocEntry {
  id: string;
  text: string;
  level: number;
  /** The h3 headings under an h2. */
  children: TocEntry[];
}

// GitHub's schema, minus what a privacy notice never needs: no images (they
// would fetch from outside), no inputs, no details widgets.
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'input', 'details', 'summary', 'picture', 'source'].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML in content is dropped here (no allowDangerousHtml), then sanitised below.
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  // After sanitising, so anchors are stable and not prefixed with "user-content-".
  .use(rehypeSlug)
  .use(() => keepPhoneNumbersWhole)
  .use(rehypeStringify);

/** A phone number must not wrap mid-number: the spaces and hyphens of a tel: link's text become non-breaking. */
function keepPhoneNumbersWhole(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'a' || !String(node.properties.href ?? '').startsWith('tel:')) return;
    visit(node, 'text', (text: { value: string }) => {
      text.value = text.value.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
    });
  });
}

/** Renders canonical notice Markdown to sanitised HTML without its title, with anchored headings and the table of contents. */
export function markdownToHtml(markdown: string): { html: string; toc: TocEntry[]; title: string } {
  const mdast = processor.parse(markdown);
  const hast = processor.runSync(mdast) as Root;
  const toc: TocEntry[] = [];
  let title = '';
  // The page header prints the title, so the body drops its own h1 (one h1 per page).
  hast.children = hast.children.filter((node) => {
    if (title === '' && node.type === 'element' && node.tagName === 'h1') {
      title = toString(node);
      return false;
    }
    return true;
  });
  visit(hast, 'element', (node: Element) => {
    const level = /^h([23])$/.exec(node.tagName)?.[1];
    if (!level) return;
    const entry: TocEntry = { id: String(node.properties.id ?? ''), text: toString(node), level: Number(level), children: [] };
    // An h3 belongs under the h2 before it, so the contents nest as the headings do.
    const parent = toc.at(-1);
    if (entry.level === 3 && parent) parent.children.push(entry);
    else toc.push(entry);
  });
  return { html: processor.stringify(hast), toc, title };
}

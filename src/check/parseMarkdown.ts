import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The same dialect the HTML renderer reads, so what counts as a link here is a link there.
const processor = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown to an mdast tree with positions; never throws on content. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { List, ListItem, Root as MdastRoot } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The structure both renderings of a notice must share: headings with levels, list items with kind and depth. */
export interface DocumentStructure {
  headings: string[];
  listItems: string[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Headings ("h2 Your rights") and list items ("ul1 Right of access – …") of GFM Markdown. */
export function markdownStructure(markdown: string): DocumentStructure {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdastRoot;
  const headings: string[] = [];
  const listItems: string[] = [];
  visit(tree, 'heading', (node) => void headings.push(`h${node.depth} ${squash(mdastToString(node))}`));
  const walkList = (list: List, depth: number) => {
    for (const item of list.children as ListItem[]) {
      // An item's own text, without its nested lists, which are walked as items of their own.
      const own = item.children.filter((child) => child.type !== 'list');
      listItems.push(`${list.ordered ? 'ol' : 'ul'}${depth} ${squash(own.map((child) => mdastToString(child)).join(' '))}`);
      for (const child of item.children) if (child.type === 'list') walkList(child, depth + 1);
    }
  };
  visit(tree, 'list', (node, _index, parent) => {
    if (parent?.type === 'listItem') return;
    walkList(node, 1);
  });
  return { headings, listItems };
}

/** The same structure from HTML, read below `root` (an element found by class), in document order. */
export function htmlStructure(html: string, rootClass?: string): DocumentStructure {
  const tree = unified().use(rehypeParse).parse(html) as HastRoot;
  let root: HastRoot | Element = tree;
  if (rootClass !== undefined) {
    visit(tree, 'element', (node) => {
      if (root === tree && classes(node).includes(rootClass)) root = node;
    });
    if (root === tree) throw new Error(`No element with class "${rootClass}" in the HTML.`);
  }
  const headings: string[] = [];
  const listItems: string[] = [];
  const walk = (node: HastRoot | Element, depth: number, listTag: string | undefined) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const level = /^h([1-6])$/.exec(child.tagName)?.[1];
      if (level) headings.push(`h${level} ${squash(hastToString(child))}`);
      if (child.tagName === 'ul' || child.tagName === 'ol') {
        walk(child, depth + 1, child.tagName);
      } else if (child.tagName === 'li' && listTag) {
        const own = child.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')));
        // Inline children join as they stand; block children (loose items) are separated by newline text nodes.
        listItems.push(`${listTag}${depth} ${squash(own.map((c) => hastToString(c as Element)).join(''))}`);
        walk(child, depth, undefined);
      } else {
        walk(child, depth, listTag);
      }
    }
  };
  walk(root, 0, undefined);
  return { headings, listItems };
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

import type { Nodes, Text } from 'mdast';
import type { TextBlock } from './rule.ts';

/** One match of a pattern in the readable text of a block. */
export interface TextMatch {
  /** The matched text. */
  text: string;
  /** Offset of the match in the block's source text (the text node's start when escapes make it inexact). */
  offset: number;
  /** Whether the match sits inside link text. */
  inLink: boolean;
}

/**
 * Finds a pattern in the text nodes of a block's Markdown tree, so URLs, code and markup are not searched.
 * The pattern must have the global flag.
 */
export function findInText(block: TextBlock, pattern: RegExp): TextMatch[] {
  if (!pattern.global) throw new Error(`findInText needs a global pattern; add the "g" flag to ${String(pattern)}.`);
  const matches: TextMatch[] = [];
  const visit = (node: Nodes, inLink: boolean): void => {
    if (node.type === 'text') {
      matches.push(...matchNode(block, node, pattern, inLink));
    } else if ('children' in node) {
      const linkHere = inLink || node.type === 'link' || node.type === 'linkReference';
      for (const child of node.children) visit(child, linkHere);
    }
  };
  visit(block.tree, false);
  return matches;
}

function matchNode(block: TextBlock, node: Text, pattern: RegExp, inLink: boolean): TextMatch[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const verbatim = block.text.slice(start, end) === node.value;
  return [...node.value.matchAll(pattern)].map((match) => ({ text: match[0], offset: verbatim ? start + match.index : start, inLink }));
}

/** Shortens text around an offset for quoting in a message. */
export function excerpt(text: string, offset: number, length: number, radius = 20): string {
  const from = Math.max(0, offset - radius);
  const to = Math.min(text.length, offset + length + radius);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

import type { BlockChange, BlockKind } from './types.ts';

/** Consecutive blocks that render as one element: a list, a table, a code block, or a lone block. */
export interface BlockGroup {
  kind: BlockKind;
  blocks: BlockChange[];
}

const GROUPED = new Set<BlockKind>(['bullet-item', 'ordered-item', 'table-row', 'code']);

/** Gather list items, table rows and code lines into the containers a renderer must open once. */
export function groupBlocks(blocks: BlockChange[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (last && last.kind === block.kind && GROUPED.has(block.kind)) last.blocks.push(block);
    else groups.push({ kind: block.kind, blocks: [block] });
  }
  return groups;
}

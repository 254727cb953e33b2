import { diffBlocks } from './diffBlocks.ts';
import { diffWords } from './diffWords.ts';
import { findStableMatches } from './findStableMatches.ts';
import { matchSections } from './matchSections.ts';
import { normaliseBlocks } from './normaliseBlocks.ts';
import { splitSections } from './splitSections.ts';
import { tokenizeWords } from './tokenizeWords.ts';
import type { Block, BlockChange, BlockKind, Redline, SectionChange, WordOp } from './types.ts';

/** Word-level redline of two notice Markdown texts: sections aligned, moves detected, layout ignored. */
export function redline(before: string, after: string): Redline {
  const beforeSections = splitSections(before);
  const afterSections = splitSections(after);
  // Blocks are normalised on demand and once: a byte-identical pair shares one normalisation.
  const blockCache = { before: new Map<number, Block[]>(), after: new Map<number, Block[]>() };
  const blocksOf = (side: 'before' | 'after', index: number): Block[] => {
    let blocks = blockCache[side].get(index);
    if (blocks === undefined) {
      blocks = normaliseBlocks((side === 'before' ? beforeSections : afterSections)[index]!.body);
      blockCache[side].set(index, blocks);
    }
    return blocks;
  };
  const matches = matchSections(beforeSections, afterSections, blocksOf);
  for (const [afterIndex, beforeIndex] of matches) {
    if (beforeSections[beforeIndex]!.body === afterSections[afterIndex]!.body) blockCache.before.set(beforeIndex, blocksOf('after', afterIndex));
  }

  const pairs: Array<[number, number]> = [];
  const weights: number[] = [];
  for (const [afterIndex, beforeIndex] of [...matches].sort((x, y) => x[0] - y[0])) {
    pairs.push([beforeIndex, afterIndex]);
    weights.push(afterSections[afterIndex]!.body.length + afterSections[afterIndex]!.heading.length);
  }
  const stableAfter = new Set([...findStableMatches(pairs, weights)].map((index) => pairs[index]![1]));

  // One id table per kind, so interning never builds a combined key string per block.
  const blockIds = new Map<BlockKind, Map<string, number>>();
  let nextBlockId = 0;
  const intern = (block: Block): number => {
    let ids = blockIds.get(block.kind);
    if (ids === undefined) blockIds.set(block.kind, (ids = new Map()));
    let id = ids.get(block.text);
    if (id === undefined) ids.set(block.text, (id = nextBlockId++));
    return id;
  };

  const matchedBefore = new Set(matches.values());
  const sections: SectionChange[] = [];
  let nextRemoved = 0;
  // Removed sections are listed where they used to be: before the next section that stayed in place.
  const flushRemoved = (upTo: number): void => {
    for (; nextRemoved < upTo; nextRemoved++) {
      if (matchedBefore.has(nextRemoved)) continue;
      const section = beforeSections[nextRemoved]!;
      const blocks = blocksOf('before', nextRemoved);
      sections.push({
        id: section.id,
        heading: section.heading,
        level: section.level,
        status: 'removed',
        fromIndex: nextRemoved,
        headingOps: whole('delete', section.heading),
        blocks: blocks.map((block) => ({ kind: block.kind, change: 'deleted', ops: whole('delete', block.text) })),
      });
    }
  };

  afterSections.forEach((section, toIndex) => {
    const blocks = blocksOf('after', toIndex);
    const fromIndex = matches.get(toIndex);
    if (fromIndex === undefined) {
      sections.push({
        id: section.id,
        heading: section.heading,
        level: section.level,
        status: 'added',
        toIndex,
        headingOps: whole('insert', section.heading),
        blocks: blocks.map((block) => ({ kind: block.kind, change: 'inserted', ops: whole('insert', block.text) })),
      });
      return;
    }
    const moved = !stableAfter.has(toIndex);
    if (!moved) flushRemoved(fromIndex);
    const old = beforeSections[fromIndex]!;
    const oldBlocks = blocksOf('before', fromIndex);
    const headingOps = old.heading === section.heading ? whole('equal', section.heading) : diffWords(collapse(old.heading), collapse(section.heading));
    const sameContent = sameBlocks(oldBlocks, blocks);
    const blockChanges: BlockChange[] = sameContent
      ? blocks.map((block) => ({ kind: block.kind, change: 'unchanged', ops: whole('equal', block.text) }))
      : diffBlocks(oldBlocks, blocks, intern);
    const changed = !sameContent || headingOps.some((op) => op.op !== 'equal');
    sections.push({
      id: section.id,
      heading: section.heading,
      level: section.level,
      status: moved ? (changed ? 'moved-and-changed' : 'moved') : changed ? 'changed' : 'unchanged',
      fromIndex,
      toIndex,
      headingOps,
      blocks: blockChanges,
    });
  });
  flushRemoved(beforeSections.length);

  let insertedWords = 0;
  let deletedWords = 0;
  for (const section of sections) {
    if (section.status === 'unchanged' || section.status === 'moved') continue;
    for (const ops of [section.headingOps, ...section.blocks.map((block) => block.ops)]) {
      for (const op of ops) {
        if (op.op === 'insert') insertedWords += countWords(op.text);
        else if (op.op === 'delete') deletedWords += countWords(op.text);
      }
    }
  }
  const changedStatuses = new Set(['changed', 'moved-and-changed', 'added', 'removed']);
  return {
    sections,
    counts: {
      insertedWords,
      deletedWords,
      changedSections: sections.filter((section) => changedStatuses.has(section.status)).length,
      movedSections: sections.filter((section) => section.status === 'moved' || section.status === 'moved-and-changed').length,
    },
  };
}

function sameBlocks(a: Block[], b: Block[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((block, index) => block.kind === b[index]!.kind && block.text === b[index]!.text);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function whole(op: WordOp['op'], text: string): WordOp[] {
  return text === '' ? [] : [{ op, text }];
}

function countWords(text: string): number {
  return tokenizeWords(text).filter((token) => token.trim() !== '').length;
}

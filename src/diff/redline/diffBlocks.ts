import { diffSequences } from './diffSequences.ts';
import { diffWords } from './diffWords.ts';
import { pairChangedBlocks } from './pairChangedBlocks.ts';
import type { Block, BlockChange } from './types.ts';

/** Diff two sections' blocks line by line, then word by word inside each rewritten block. */
export function diffBlocks(before: Block[], after: Block[], intern: (block: Block) => number): BlockChange[] {
  const runs = diffSequences(before.map(intern), after.map(intern));
  const changes: BlockChange[] = [];
  let i = 0;
  let j = 0;
  let r = 0;
  while (r < runs.length) {
    const run = runs[r]!;
    if (run.op === 'equal') {
      for (let end = i + run.count; i < end; i++, j++) changes.push(unchanged(after[j]!));
      r++;
      continue;
    }
    // A hunk is the deletions and insertions between two equal runs.
    let deletedCount = 0;
    let insertedCount = 0;
    for (; r < runs.length && runs[r]!.op !== 'equal'; r++) {
      if (runs[r]!.op === 'delete') deletedCount += runs[r]!.count;
      else insertedCount += runs[r]!.count;
    }
    const deleted = before.slice(i, i + deletedCount);
    const inserted = after.slice(j, j + insertedCount);
    let d = 0;
    let n = 0;
    for (const [pairedDelete, pairedInsert] of [...pairChangedBlocks(deleted, inserted), [deleted.length, inserted.length]]) {
      for (; d < pairedDelete!; d++) changes.push({ kind: deleted[d]!.kind, change: 'deleted', ops: whole('delete', deleted[d]!) });
      for (; n < pairedInsert!; n++) changes.push({ kind: inserted[n]!.kind, change: 'inserted', ops: whole('insert', inserted[n]!) });
      if (d < deleted.length && n < inserted.length) {
        const ops = diffWords(deleted[d]!.text, inserted[n]!.text);
        // Blocks paired by position may be unrelated; a word diff that keeps under a third of the
        // text is noise, so show it as one block replaced by another.
        if (keptShare(ops) < 1 / 3) {
          changes.push({ kind: deleted[d]!.kind, change: 'deleted', ops: whole('delete', deleted[d]!) });
          changes.push({ kind: inserted[n]!.kind, change: 'inserted', ops: whole('insert', inserted[n]!) });
        } else {
          changes.push({ kind: inserted[n]!.kind, change: 'changed', ops });
        }
        d++;
        n++;
      }
    }
    i += deletedCount;
    j += insertedCount;
  }
  return changes;
}

function keptShare(ops: BlockChange['ops']): number {
  let kept = 0;
  let before = 0;
  let after = 0;
  for (const { op, text } of ops) {
    if (op === 'equal') kept += text.length;
    if (op !== 'insert') before += text.length;
    if (op !== 'delete') after += text.length;
  }
  const longest = Math.max(before, after);
  return longest === 0 ? 1 : kept / longest;
}

function unchanged(block: Block): BlockChange {
  return { kind: block.kind, change: 'unchanged', ops: block.text === '' ? [] : [{ op: 'equal', text: block.text }] };
}

function whole(op: 'insert' | 'delete', block: Block): BlockChange['ops'] {
  return block.text === '' ? [] : [{ op, text: block.text }];
}

import { tokenizeWords } from './tokenizeWords.ts';
import type { Block } from './types.ts';

/** Pairs worth a word diff below this similarity are shown as a whole deletion plus insertion. */
const MIN_SIMILARITY = 0.3;
/** Larger hunks are paired by position: the similarity table grows as the product of their sizes. */
const MAX_TABLE = 2500;

/**
 * Pair the deleted and inserted blocks of one hunk, in order, so that rewritten lines get a word
 * diff; returns `[deletedIndex, insertedIndex]` pairs, increasing in both.
 */
export function pairChangedBlocks(deleted: Block[], inserted: Block[]): Array<[number, number]> {
  if (deleted.length === 0 || inserted.length === 0) return [];
  // The usual edit rewrites lines in place: same count, same kinds. Pair them without scoring.
  if (deleted.length === inserted.length && deleted.every((block, index) => block.kind === inserted[index]!.kind)) {
    return deleted.map((_, index) => [index, index]);
  }
  if (deleted.length * inserted.length > MAX_TABLE) {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < Math.min(deleted.length, inserted.length); i++) {
      if (deleted[i]!.kind === inserted[i]!.kind) pairs.push([i, i]);
    }
    return pairs;
  }
  const deletedWords = deleted.map(wordSet);
  const insertedWords = inserted.map(wordSet);
  const rows = deleted.length + 1;
  const cols = inserted.length + 1;
  // Best total similarity of a monotone pairing of the first i deleted and first j inserted blocks.
  const score = new Float64Array(rows * cols);
  const similarity = new Float64Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const same = deleted[i - 1]!.kind === inserted[j - 1]!.kind ? dice(deletedWords[i - 1]!, insertedWords[j - 1]!) : 0;
      similarity[i * cols + j] = same;
      const diagonal = same >= MIN_SIMILARITY ? score[(i - 1) * cols + j - 1]! + same : -1;
      score[i * cols + j] = Math.max(score[(i - 1) * cols + j]!, score[i * cols + j - 1]!, diagonal);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = rows - 1;
  let j = cols - 1;
  while (i > 0 && j > 0) {
    const here = score[i * cols + j]!;
    const same = similarity[i * cols + j]!;
    if (same >= MIN_SIMILARITY && here === score[(i - 1) * cols + j - 1]! + same) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (here === score[(i - 1) * cols + j]!) i--;
    else j--;
  }
  return pairs.reverse();
}

function wordSet(block: Block): Set<string> {
  return new Set(tokenizeWords(block.text.toLowerCase()).filter((token) => token.trim() !== ''));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return (2 * shared) / (a.size + b.size);
}

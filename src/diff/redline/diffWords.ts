import { diffSequences } from './diffSequences.ts';
import { tokenizeWords } from './tokenizeWords.ts';
import type { WordOp } from './types.ts';

/** Word-level diff of two normalised lines, as runs of equal, deleted and inserted text. */
export function diffWords(before: string, after: string): WordOp[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  // Most edits touch a few words of a long line: strip the common head and tail (cut back to a token
  // boundary) so only the middle is tokenised and diffed.
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  while (head > 0 && insideToken(before, head - 1)) head--;
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  while (tail > 0 && insideToken(before, before.length - tail)) tail--;
  const ops: WordOp[] = [];
  if (head > 0) ops.push({ op: 'equal', text: before.slice(0, head) });
  ops.push(...diffMiddle(before.slice(head, before.length - tail), after.slice(head, after.length - tail)));
  if (tail > 0) ops.push({ op: 'equal', text: before.slice(before.length - tail) });
  return mergeChangeGroups(joinNeighbours(ops));
}

/** Letters, digits, marks and in-word apostrophes: a prefix cut next to one could split a token. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}'’]/u;

/** Whether a cut beside this UTF-16 unit could split a word token or a surrogate pair. */
function insideToken(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(text[index]!);
}

function joinNeighbours(ops: WordOp[]): WordOp[] {
  const joined: WordOp[] = [];
  for (const part of ops) {
    const last = joined[joined.length - 1];
    if (last && last.op === part.op) last.text += part.text;
    else if (part.text !== '') joined.push({ ...part });
  }
  return joined;
}

function diffMiddle(before: string, after: string): WordOp[] {
  const beforeTokens = tokenizeWords(before);
  const afterTokens = tokenizeWords(after);
  const ids = new Map<string, number>();
  const intern = (token: string): number => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  const runs = diffSequences(beforeTokens.map(intern), afterTokens.map(intern));
  const ops: WordOp[] = [];
  let i = 0;
  let j = 0;
  for (const run of runs) {
    if (run.op === 'insert') {
      ops.push({ op: 'insert', text: afterTokens.slice(j, (j += run.count)).join('') });
    } else {
      ops.push({ op: run.op, text: beforeTokens.slice(i, (i += run.count)).join('') });
      if (run.op === 'equal') j += run.count;
    }
  }
  return ops;
}

/**
 * Fold the single spaces between neighbouring edits into one delete and one insert, so a rewritten
 * phrase reads `[-old words-]{+new words+}` instead of alternating word by word.
 */
function mergeChangeGroups(ops: WordOp[]): WordOp[] {
  const merged: WordOp[] = [];
  let index = 0;
  while (index < ops.length) {
    const op = ops[index]!;
    if (op.op === 'equal') {
      merged.push(op);
      index++;
      continue;
    }
    let end = index;
    while (
      end + 1 < ops.length &&
      (ops[end + 1]!.op !== 'equal' || (/^\s+$/.test(ops[end + 1]!.text) && ops[end + 2] !== undefined && ops[end + 2]!.op !== 'equal'))
    ) {
      end++;
    }
    const group = ops.slice(index, end + 1);
    const hasDelete = group.some((part) => part.op === 'delete');
    const hasInsert = group.some((part) => part.op === 'insert');
    if (hasDelete && hasInsert) {
      const deleted = group.filter((part) => part.op !== 'insert').map((part) => part.text).join('');
      const inserted = group.filter((part) => part.op !== 'delete').map((part) => part.text).join('');
      merged.push({ op: 'delete', text: deleted }, { op: 'insert', text: inserted });
    } else {
      // A pure insertion or deletion keeps its inner spaces as context rather than a whitespace edit.
      for (const part of group) {
        const last = merged[merged.length - 1];
        if (last && last.op === part.op) last.text += part.text;
        else merged.push({ ...part });
      }
    }
    index = end + 1;
  }
  return merged;
}

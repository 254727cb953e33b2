import { normaliseTableRow } from './normaliseTableRow.ts';
import type { Block, BlockKind } from './types.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^\s*(?:([-*+])|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;
/** Whitespace other than single spaces and bare line breaks needs the (slower) collapsing replace. */
const NEEDS_COLLAPSE = /[^\S \n]| [ \n]|\n /;

/**
 * Cut a section body into comparable blocks: paragraphs are unwrapped, list items and table rows are
 * one block each, whitespace is collapsed, so re-wrapping or re-padding compares equal.
 */
export function normaliseBlocks(body: string): Block[] {
  // Prose is tracked as offsets into `body` and cut once per block, not once per line: this runs for
  // every section of a 1 MB notice, and per-line strings were most of its garbage.
  const state: OpenBlock = { body, blocks: [], kind: undefined, start: 0, end: 0, quote: [] };
  let fence: string | undefined;
  let lineStart = 0;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    let first = lineStart;
    while (first < lineEnd && isBlank(body.charCodeAt(first))) first++;
    const code = first < lineEnd ? body.charCodeAt(first) : -1;
    const currentStart = lineStart;
    lineStart = lineEnd + 1;

    if (fence !== undefined) {
      const line = body.slice(currentStart, lineEnd);
      // Code is whitespace-significant, so only trailing spaces are dropped.
      state.blocks.push({ kind: 'code', text: line.trimEnd() });
      const close = code === 0x60 || code === 0x7e ? FENCE.exec(line) : null;
      if (close && close[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (code === -1) {
      flush(state);
      continue;
    }
    // Dispatch on the first character so ordinary prose lines never meet a regex.
    if (code === 0x60 /* ` */ || code === 0x7e /* ~ */) {
      const line = body.slice(currentStart, lineEnd);
      const open = FENCE.exec(line);
      if (open) {
        flush(state);
        fence = open[1]!;
        state.blocks.push({ kind: 'code', text: line.trim() });
        continue;
      }
    } else if (code === 0x7c /* | */) {
      flush(state);
      state.blocks.push({ kind: 'table-row', text: normaliseTableRow(body.slice(first, lineEnd)) });
      continue;
    } else if (code === 0x2d || code === 0x2a || code === 0x2b || (code >= 0x30 && code <= 0x39)) {
      const item = LIST_ITEM.exec(body.slice(currentStart, lineEnd));
      if (item) {
        flush(state);
        state.kind = item[1] !== undefined ? 'bullet-item' : 'ordered-item';
        state.start = lineEnd - (item[2] ?? '').length;
        state.end = lineEnd;
        continue;
      }
    } else if (code === 0x3e /* > */) {
      const quote = QUOTE.exec(body.slice(currentStart, lineEnd));
      if (quote) {
        if (state.kind !== 'quote') {
          flush(state);
          state.kind = 'quote';
        }
        state.quote.push(quote[1]!);
        continue;
      }
    }
    // Anything else continues the open paragraph, list item or quote (lazy continuation) or starts one.
    if (state.kind === 'quote') state.quote.push(body.slice(first, lineEnd));
    else if (state.kind !== undefined) state.end = lineEnd;
    else {
      state.kind = 'paragraph';
      state.start = first;
      state.end = lineEnd;
    }
  }
  flush(state);
  return state.blocks;
}

interface OpenBlock {
  body: string;
  blocks: Block[];
  kind: BlockKind | undefined;
  /** Offsets of the open prose block in `body`. */
  start: number;
  end: number;
  /** Quote lines, which need their `>` markers cut one by one. */
  quote: string[];
}

function flush(state: OpenBlock): void {
  if (state.kind !== undefined) {
    const raw = state.kind === 'quote' ? state.quote.join(' ') : state.body.slice(state.start, state.end);
    // A soft-wrapped paragraph usually only needs its line breaks turned into spaces.
    const text = NEEDS_COLLAPSE.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.replaceAll('\n', ' ').trim();
    // An empty list item or quote line still says something; an empty paragraph does not.
    if (text !== '' || state.kind !== 'paragraph') state.blocks.push({ kind: state.kind, text });
  }
  state.kind = undefined;
  state.quote = [];
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0b || code === 0x0c;
}

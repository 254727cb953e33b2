import { plainHeadingText } from './plainHeadingText.ts';
import { slugHeading } from './slugHeading.ts';
import { tokenizeWords } from './tokenizeWords.ts';
import type { Block, Section } from './types.ts';

/** Renamed-heading matching compares every leftover pair; skip it past this many pairs. */
const MAX_RENAME_PAIRS = 10_000;
const MIN_RENAME_SIMILARITY = 0.5;

/**
 * Match sections across versions: byte-identical sections first (so moves of duplicate headings pair
 * up), then the same slug in order (ignoring the -1, -2 suffixes that shift when a twin is added),
 * then, for what is left, the most similar heading or body (renamed sections). `blocksOf` gives a
 * section's normalised blocks on demand. Returns a map from after-index to before-index.
 */
export function matchSections(
  before: Section[],
  after: Section[],
  blocksOf: (side: 'before' | 'after', index: number) => Block[],
): Map<number, number> {
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  // Sections are queued under a short key; `same` confirms a candidate (e.g. by comparing bodies)
  // so a 1 MB notice is never concatenated into lookup keys.
  const pairInOrder = (keyOf: (section: Section) => string, same: (a: Section, b: Section) => boolean = () => true): void => {
    const waiting = new Map<string, number[]>();
    before.forEach((section, index) => {
      if (taken.has(index)) return;
      const key = keyOf(section);
      const queue = waiting.get(key);
      if (queue) queue.push(index);
      else waiting.set(key, [index]);
    });
    after.forEach((section, index) => {
      if (matched.has(index)) return;
      const queue = waiting.get(keyOf(section));
      const position = queue ? queue.findIndex((candidate) => same(before[candidate]!, section)) : -1;
      if (position < 0) return;
      const candidate = queue!.splice(position, 1)[0]!;
      matched.set(index, candidate);
      taken.add(candidate);
    });
  };
  pairInOrder(
    (section) => `${section.level}\u0000${section.heading}`,
    (a, b) => a.body === b.body,
  );
  pairInOrder((section) => (section.level === 0 ? '\u0000preamble' : slugHeading(section.heading)));

  const leftBefore = before.map((_, index) => index).filter((index) => !taken.has(index));
  const leftAfter = after.map((_, index) => index).filter((index) => !matched.has(index));
  if (leftBefore.length * leftAfter.length > MAX_RENAME_PAIRS) return matched;
  const fingerprint = (section: Section, blocks: Block[]): { heading: Set<string>; body: Set<string> } => ({
    heading: new Set(tokenizeWords(plainHeadingText(section.heading).toLowerCase()).filter((t) => t.trim() !== '')),
    body: new Set(blocks.map((block) => block.text)),
  });
  const beforePrints = new Map(leftBefore.map((index) => [index, fingerprint(before[index]!, blocksOf('before', index))]));
  const candidates: Array<{ score: number; afterIndex: number; beforeIndex: number }> = [];
  for (const afterIndex of leftAfter) {
    const a = fingerprint(after[afterIndex]!, blocksOf('after', afterIndex));
    for (const beforeIndex of leftBefore) {
      const b = beforePrints.get(beforeIndex)!;
      const score = Math.max(dice(a.heading, b.heading), dice(a.body, b.body));
      if (score >= MIN_RENAME_SIMILARITY) candidates.push({ score, afterIndex, beforeIndex });
    }
  }
  // Best pairs first; ties resolved by document order so the result is stable.
  candidates.sort((x, y) => y.score - x.score || x.afterIndex - y.afterIndex || x.beforeIndex - y.beforeIndex);
  for (const { afterIndex, beforeIndex } of candidates) {
    if (matched.has(afterIndex) || taken.has(beforeIndex)) continue;
    matched.set(afterIndex, beforeIndex);
    taken.add(beforeIndex);
  }
  return matched;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

import { findInText, type TextMatch } from '../findInText.ts';
import type { Rule, TextBlock } from '../rule.ts';

const QUALIFIERS = /\b(?:may|might|some|possible|possibly)\b/gi;

/** "We may share some data" hides what actually happens; the count shows how much is hedged. */
export const qualifierWords: Rule = {
  id: 'qualifier-words',
  defaultSeverity: 'info',
  description: 'Counts the qualifier words "may", "might", "some", "possible" and "possibly" across all text and reports them once, with the fields that use them most.',
  example: '`intro: ["We may collect some data where possible."]` (3 qualifiers)',
  check({ texts }) {
    const hits = texts
      .map((block) => ({ block, matches: findInText(block, QUALIFIERS) }))
      .filter((entry): entry is { block: TextBlock; matches: [TextMatch, ...TextMatch[]] } => entry.matches.length > 0);
    if (hits.length === 0) return [];
    const byWord = new Map<string, number>();
    for (const match of hits.flatMap((entry) => entry.matches)) byWord.set(match.text.toLowerCase(), (byWord.get(match.text.toLowerCase()) ?? 0) + 1);
    const total = [...byWord.values()].reduce((sum, count) => sum + count, 0);
    const words = [...byWord].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word, count]) => `"${word}" ${count}`);
    // Stable: most uses first, then document order (sort is stable).
    const top = [...hits].sort((a, b) => b.matches.length - a.matches.length).slice(0, 3);
    const first = top[0]!;
    return [
      {
        position: first.block.positionAt(first.matches[0].offset),
        message: `${total} qualifier words (${words.join(', ')}) in ${hits.length} of ${texts.length} text fields; most in ${top.map((entry) => `${entry.block.label} (${entry.matches.length})`).join(', ')}. Each one leaves the reader unsure what actually happens.`,
        hint: 'Say what you do: replace "we may share" with "we share … when …", and "some" with the actual items.',
      },
    ];
  },
};

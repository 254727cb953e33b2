import { normaliseText } from './normaliseText.ts';

/** Quotes notice text for a sentence, shortened at a word boundary so a finding stays one line. */
export function quoteText(text: string, max = 60): string {
  // Links keep their words; a closing full stop moves out of the quote, where the sentence ends.
  const plain = normaliseText(text).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\.$/, '');
  if (plain.length <= max) return `"${plain}"`;
  const cut = plain.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `"${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…"`;
}

/** Joins words as a reader would: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

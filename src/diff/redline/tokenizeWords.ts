// Words keep inner apostrophes ("don't", "company’s") so a contraction is one token, not three.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|\s+|[^\s\p{L}\p{N}\p{M}]/gu;

/** Split text into word, whitespace and single punctuation tokens; joining them gives the text back. */
export function tokenizeWords(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

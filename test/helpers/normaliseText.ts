/** Normalises notice text for comparison: Markdown syntax stripped, quotes, dashes and whitespace unified, lower case. */
export function normaliseText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:[-*•]|#{1,6})\s+/gm, '')
    .replace(/&lt;/g, '<')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s*[–—]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

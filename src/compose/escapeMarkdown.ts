/** Makes an editor's one-line text safe to place in Markdown: no raw HTML, no block structure. */
export function escapeInlineMarkdown(text: string): string {
  // Line breaks inside a field would let it open a heading or list of its own.
  return escapeRawHtml(escapeBlockStart(text.replace(/\s*\n\s*/g, ' ').trim()));
}

/**
 * Escapes what would open a block at the start of a field: a heading (#), quote (>),
 * list item (-, +, *, 1.), thematic break (---) or code fence. Templates place fields
 * at the start of lines and list items, where such text would change the structure.
 */
export function escapeBlockStart(text: string): string {
  return text
    .replace(/^([#>]|[-+*](?=\s|$)|([-*_])(?:\s*\2){2,}|`{3,}|~{3,})/, (marker: string) => `\\${marker}`)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Turns the start of any HTML tag, comment or declaration into text, so content never becomes live markup. */
export function escapeRawHtml(markdown: string): string {
  return markdown.replace(/<([A-Za-z/!?])/g, (_match, next: string, offset: number) => {
    // A bare URL (GFM autolink literal) runs on through entity references up
    // to the next space or literal "<", so "www.a.example&lt;b>" would link to
    // and show "…&lt;b>". Where a bare URL may be running, the "<" stays literal
    // (it ends the URL) and the character that would open a tag is escaped.
    const word = markdown.slice(0, offset).split(/\s/).pop()!;
    if (!/(?:https?:\/\/|www\.)/i.test(word)) return `&lt;${next}`;
    return /[A-Za-z]/.test(next) ? `<&#${next.charCodeAt(0)};` : `<\\${next}`;
  });
}

/** Applies `escape` to every string in a JSON-like value, returning a new value. */
export function mapStrings<T>(value: T, escape: (text: string) => string): T {
  if (typeof value === 'string') return escape(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, escape)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty, so a key named "__proto__" stays a plain key and never sets the prototype.
      Object.defineProperty(out, key, { value: mapStrings(item, escape), enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  }
  return value;
}

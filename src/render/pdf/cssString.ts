/** Quotes text as a CSS string literal that no content can break out of. */
export function cssString(text: string): string {
  // Escape everything outside a plain allowlist by code point, so quotes,
  // backslashes, newlines and `</style>` all stay inside the literal.
  const body = Array.from(text, (char) =>
    /^[A-Za-z0-9 .,:;()_-]$/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `,
  ).join('');
  return `"${body}"`;
}

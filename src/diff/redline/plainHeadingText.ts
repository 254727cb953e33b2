/** Reduce inline Markdown in a heading to the text a reader (and rehype-slug) sees. */
export function plainHeadingText(heading: string): string {
  // Most headings are plain words; skip the rewriting passes for them.
  if (!/[[\]<>`*_~\\!]/.test(heading)) return heading.trim();
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images keep their text only
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]*)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // inline HTML contributes no text to the slug
    .replace(/`+/g, '')
    .replace(/\*+|~~|(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}

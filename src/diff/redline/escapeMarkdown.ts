// GFM autolinks bare URLs and e-mail addresses by scanning text after backslash escapes are
// resolved, so escapes cannot stop it; an invisible WORD JOINER inside the trigger sequence does.
const WORD_JOINER = '\u2060';

/**
 * Make notice text inert in GFM: no emphasis, links, images, HTML, entities or autolinked URLs and
 * e-mail addresses, and no braces or brackets that could fake a change marker.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~{}&]/g, '\\$&')
    .replace(/:(?=\/\/)/g, `:${WORD_JOINER}`)
    .replace(/@/g, `${WORD_JOINER}@`)
    .replace(/\b(www)(?=\.)/gi, `$1${WORD_JOINER}`);
}

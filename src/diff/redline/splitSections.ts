import { slugHeading } from './slugHeading.ts';
import type { Section } from './types.ts';

// One pass over the whole text finds ATX headings and code fences, so a 1 MB notice is never cut
// into thousands of line strings just to find a few hundred headings.
const HEADING_OR_FENCE = /^(?: {0,3}(#{1,6})(?:[ \t]+([^\n]*?))?(?:[ \t]+#+)?[ \t]*| {0,3}(`{3,}|~{3,})[^\n]*)$/gm;

/** Split notice Markdown into a preamble plus one section per ATX heading, ids slugged like GitHub. */
export function splitSections(markdown: string): Section[] {
  const text = markdown.includes('\r') ? markdown.replace(/\r\n?/g, '\n') : markdown;
  // Deduplicated like github-slugger (used by rehype-slug), so ids match the notice's anchors.
  const seen = new Map<string, number>();
  const unique = (base: string): string => {
    let id = base;
    while (seen.has(id)) {
      const count = seen.get(base)! + 1;
      seen.set(base, count);
      id = `${base}-${count}`;
    }
    seen.set(id, 0);
    return id;
  };
  const sections: Section[] = [];
  let current = { id: '', heading: '', level: 0, bodyStart: 0 };
  let fence: string | undefined;
  for (const match of text.matchAll(HEADING_OR_FENCE)) {
    const fenceMarker = match[3];
    if (fence !== undefined) {
      if (fenceMarker !== undefined && fenceMarker.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMarker !== undefined) {
      fence = fenceMarker;
      continue;
    }
    const start = match.index;
    sections.push(finish(current, text.slice(current.bodyStart, Math.max(current.bodyStart, start - 1))));
    const heading = (match[2] ?? '').trim();
    current = {
      id: unique(slugHeading(heading)),
      heading,
      level: match[1]!.length,
      bodyStart: start + match[0].length + 1,
    };
  }
  sections.push(finish(current, text.slice(current.bodyStart)));
  return sections;
}

function finish(current: { id: string; heading: string; level: number }, body: string): Section {
  return { id: current.id, heading: current.heading, level: current.level, body };
}

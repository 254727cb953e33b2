import type { SectionChange } from './types.ts';

/** The name to show for a section; the preamble has no heading of its own. */
export function sectionLabel(section: SectionChange): string {
  return section.level === 0 ? 'Text before the first heading' : section.heading;
}

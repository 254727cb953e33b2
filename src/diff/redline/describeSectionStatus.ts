import type { SectionChange } from './types.ts';

/** The status of a section in words, for headings that must not rely on colour or icons. */
export function describeSectionStatus(section: SectionChange): string {
  const from = section.fromIndex ?? 0;
  const to = section.toIndex ?? 0;
  switch (section.status) {
    case 'unchanged':
      return `Section unchanged at position ${to}`;
    case 'changed':
      return `Section changed at position ${to}`;
    case 'added':
      return `Section added at position ${to}`;
    case 'removed':
      return `Section removed from position ${from}`;
    case 'moved':
      return `Section moved from position ${from} to ${to}`;
    case 'moved-and-changed':
      return `Section moved from position ${from} to ${to} and changed`;
  }
}

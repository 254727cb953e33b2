import type { RedlineCounts } from './types.ts';

/** One sentence summing up a redline, shared by every renderer so they never disagree. */
export function describeCounts(counts: RedlineCounts): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  if (counts.changedSections === 0 && counts.movedSections === 0) return 'No changes to the text.';
  return (
    `${plural(counts.insertedWords, 'word', 'words')} inserted, ${counts.deletedWords} deleted; ` +
    `${plural(counts.changedSections, 'section', 'sections')} changed, ${counts.movedSections} moved.`
  );
}

import { slug } from 'github-slugger';
import { plainHeadingText } from './plainHeadingText.ts';

/**
 * GitHub's slug for a heading, before deduplication. Plain ASCII headings take a shortcut that gives
 * the same result as github-slugger (checked for every printable ASCII character) without its large
 * Unicode expression, which dominated the cost of splitting a long notice.
 */
export function slugHeading(heading: string): string {
  const text = plainHeadingText(heading);
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
  return slug(text);
}

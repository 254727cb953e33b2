import type { DataCategory, Policy } from '../../model/schema.ts';
import { createFinding, type Finding } from './finding.ts';
import { matchItems } from './matchItems.ts';
import { normaliseText, sameValue } from './normaliseText.ts';
import { quoteText } from './quoteText.ts';

/** Sources of data by id. */
export function diffSources(before: Policy['sources'], after: Policy['sources']): Finding[] {
  const { added, removed, kept } = matchItems(before, after, (s) => s.id);
  return [
    ...added.map((s) => createFinding('source-added', `sources[${s.id}]`, `${quoteText(s.name)} (${s.kind})`, undefined, s)),
    ...removed.map((s) => createFinding('source-removed', `sources[${s.id}]`, `${quoteText(s.name)} (${s.kind})`, s)),
    ...kept.flatMap(({ key, before: b, after: a }) =>
      (['kind', 'name', 'publiclyAvailable'] as const)
        .filter((field) => !sameValue(b[field], a[field]))
        .map((field) => createFinding('source-changed', `sources[${key}].${field}`, `${field} of ${quoteText(a.name)}`, b[field], a[field])),
    ),
  ];
}

/**
 * Data categories by id. Items are free text, so an edited item is wording (data-category-changed);
 * but more items than before, or a source the category did not draw on, means more data is
 * collected (data-category-extended). Becoming special-category data is its own finding.
 */
export function diffDataCategories(before: Policy['dataCategories'], after: Policy['dataCategories']): Finding[] {
  const { added, removed, kept } = matchItems(before, after, (c) => c.id);
  const findings: Finding[] = [];
  for (const category of added) {
    findings.push(createFinding('data-category-added', `dataCategories[${category.id}]`, quoteText(category.name), undefined, category));
    if (category.special) findings.push(specialAdded(category));
  }
  for (const category of removed) findings.push(createFinding('data-category-removed', `dataCategories[${category.id}]`, quoteText(category.name), category));
  for (const { key, before: b, after: a } of kept) findings.push(...diffDataCategory(`dataCategories[${key}]`, b, a));
  return findings;
}

function diffDataCategory(path: string, b: DataCategory, a: DataCategory): Finding[] {
  const findings: Finding[] = [];
  const name = quoteText(a.name);
  if (!sameValue(b.name, a.name)) findings.push(createFinding('data-category-changed', `${path}.name`, `renamed from ${quoteText(b.name)} to ${name}`, b.name, a.name));
  for (const field of ['intro', 'requirement'] as const) {
    if (!sameValue(b[field], a[field])) findings.push(createFinding('data-category-changed', `${path}.${field}`, `${field} of ${name}`, b[field], a[field]));
  }
  // Items have no identity but their text: the same items in another order are not a change.
  if (!sameValue(sortedText(b.items), sortedText(a.items))) {
    const beforeItems = new Set(b.items.map(normaliseText));
    const newItems = a.items.filter((item) => !beforeItems.has(normaliseText(item)));
    const extra = a.items.length - b.items.length;
    if (extra > 0) {
      findings.push(createFinding('data-category-extended', `${path}.items`, `${name} lists ${extra} more item${extra === 1 ? '' : 's'} than before`, b.items, a.items));
    } else {
      findings.push(createFinding('data-category-changed', `${path}.items`, `${newItems.length === 0 ? 'items removed from' : 'items reworded in'} ${name}`, b.items, a.items));
    }
  }
  const newSources = a.sources.filter((s) => !b.sources.includes(s));
  if (newSources.length > 0) {
    findings.push(createFinding('data-category-extended', `${path}.sources`, `${name} now also comes from ${newSources.map((s) => `"${s}"`).join(', ')}`, b.sources, a.sources));
  } else if (!sameValue([...b.sources].sort(), [...a.sources].sort())) {
    findings.push(createFinding('data-category-changed', `${path}.sources`, `fewer sources for ${name}`, b.sources, a.sources));
  }
  if (a.special && !b.special) {
    findings.push(specialAdded(a));
  } else if (!sameValue(b.special, a.special)) {
    // Moving special-category data onto or off explicit consent is a change of basis to or from consent.
    const consent = (b.special?.condition === 'explicit-consent') !== (a.special?.condition === 'explicit-consent');
    const detail = a.special === undefined ? `${name} is no longer special-category data` : `condition for ${name} from ${b.special?.condition} to ${a.special.condition}`;
    findings.push(consent && a.special
      ? createFinding('consent-basis-changed', `${path}.special`, detail, b.special, a.special)
      : createFinding('data-category-changed', `${path}.special`, detail, b.special, a.special));
  }
  return findings;
}

function sortedText(items: readonly string[]): string[] {
  return items.map(normaliseText).sort();
}

function specialAdded(category: DataCategory): Finding {
  return createFinding('special-category-added', `dataCategories[${category.id}].special`, `${quoteText(category.name)} (${category.special?.condition})`, undefined, category.special);
}

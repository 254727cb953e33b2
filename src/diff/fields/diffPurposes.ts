import type { Policy } from '../../model/schema.ts';
import { createFinding, type Finding } from './finding.ts';
import { matchItems } from './matchItems.ts';
import { sameSet, sameValue } from './normaliseText.ts';
import { joinWords, quoteText } from './quoteText.ts';

/** Purposes by id: wording, lawful bases (to or from consent apart), interests and the data used. */
export function diffPurposes(before: Policy, after: Policy): Finding[] {
  const { added, removed, kept } = matchItems(before.purposes, after.purposes, (p) => p.id);
  const findings: Finding[] = [
    ...added.map((p) => createFinding('purpose-added', `purposes[${p.id}]`, `${quoteText(p.description)} (${describeBases(p.bases)})`, undefined, p)),
    ...removed.map((p) => createFinding('purpose-removed', `purposes[${p.id}]`, quoteText(p.description), p)),
  ];
  const categoryName = new Map(after.dataCategories.map((c) => [c.id, c.name] as const));
  for (const { key, before: b, after: a } of kept) {
    const path = `purposes[${key}]`;
    const label = quoteText(a.description);
    if (!sameValue(b.description, a.description)) findings.push(createFinding('purpose-changed', `${path}.description`, `${label} reworded`, b.description, a.description));
    if (!sameSet(b.bases, a.bases)) {
      const consent = b.bases.includes('consent') !== a.bases.includes('consent');
      findings.push(createFinding(consent ? 'consent-basis-changed' : 'basis-changed', `${path}.bases`, `${label} from ${describeBases(b.bases)} to ${describeBases(a.bases)}`, b.bases, a.bases));
    }
    if (!sameSet(b.legitimateInterests, a.legitimateInterests)) {
      findings.push(createFinding('purpose-changed', `${path}.legitimateInterests`, `legitimate interests relied on for ${label}`, b.legitimateInterests, a.legitimateInterests));
    }
    const newCategories = a.categories.filter((c) => !b.categories.includes(c));
    if (newCategories.length > 0) {
      const names = newCategories.map((c) => quoteText(categoryName.get(c) ?? c, 40));
      findings.push(createFinding('purpose-data-added', `${path}.categories`, `${label} now also uses ${joinWords(names)}`, b.categories, a.categories));
    } else if (!sameSet(b.categories, a.categories)) {
      findings.push(createFinding('purpose-changed', `${path}.categories`, `${label} uses less data`, b.categories, a.categories));
    }
  }
  return findings;
}

function describeBases(bases: readonly string[]): string {
  return bases.length === 0 ? 'no stated basis' : joinWords([...bases].sort().map((b) => b.replace(/-/g, ' ')));
}

/** Legitimate interests by id. */
export function diffLegitimateInterests(before: Policy['legitimateInterests'], after: Policy['legitimateInterests']): Finding[] {
  const { added, removed, kept } = matchItems(before, after, (i) => i.id);
  return [
    ...added.map((i) => createFinding('legitimate-interest-added', `legitimateInterests[${i.id}]`, quoteText(i.description), undefined, i)),
    ...removed.map((i) => createFinding('legitimate-interest-removed', `legitimateInterests[${i.id}]`, quoteText(i.description), i)),
    ...kept
      .filter(({ before: b, after: a }) => !sameValue(b.description, a.description))
      .map(({ key, before: b, after: a }) => createFinding('legitimate-interest-changed', `legitimateInterests[${key}].description`, quoteText(a.description), b.description, a.description)),
  ];
}

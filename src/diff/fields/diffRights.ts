import type { Policy, Right } from '../../model/schema.ts';
import { diffWording } from './diffWording.ts';
import { createFinding, type Finding } from './finding.ts';
import { keyByKind, matchItems } from './matchItems.ts';
import { normaliseText, sameValue } from './normaliseText.ts';
import { quoteText } from './quoteText.ts';

/**
 * Rights by kind (kind and title where a kind repeats). The separator is punctuation, so it is
 * wording; the statement on withdrawing consent counts as a right of its own.
 */
export function diffRights(before: Policy['rights'], after: Policy['rights']): Finding[] {
  const keyOf = keyByKind(before.list, after.list, (r) => r.kind, (r) => normaliseText(r.title).toLowerCase());
  const { added, removed, kept } = matchItems(before.list, after.list, keyOf);
  const findings: Finding[] = [
    ...diffWording('rights.intro', 'introduction to the rights', before.intro, after.intro),
    ...diffWording('rights.statements', 'paragraphs after the rights', before.statements, after.statements),
    ...added.map((r) => createFinding('right-added', `rights.list[${keyOf(r)}]`, quoteText(r.title), undefined, r)),
    ...removed.map((r) => createFinding('right-removed', `rights.list[${keyOf(r)}]`, quoteText(r.title), r)),
  ];
  for (const { key, before: b, after: a } of kept) findings.push(...diffRight(`rights.list[${key}]`, b, a));
  const withdraw = 'rights.withdrawConsent';
  const w = { b: before.withdrawConsent, a: after.withdrawConsent };
  if (w.b === undefined && w.a !== undefined) findings.push(createFinding('right-added', withdraw, 'the right to withdraw consent', undefined, w.a));
  else if (w.b !== undefined && w.a === undefined) findings.push(createFinding('right-removed', withdraw, 'the right to withdraw consent', w.b));
  else if (!sameValue(w.b, w.a)) findings.push(createFinding('right-changed', withdraw, 'the right to withdraw consent', w.b, w.a));
  return findings;
}

function diffRight(path: string, b: Right, a: Right): Finding[] {
  return [
    ...(['title', 'statement'] as const)
      .filter((field) => !sameValue(b[field], a[field]))
      .map((field) => createFinding('right-changed', `${path}.${field}`, `${quoteText(a.title)} (${field})`, b[field], a[field])),
    ...diffWording(`${path}.separator`, `punctuation after ${quoteText(a.title)}`, b.separator, a.separator),
  ];
}

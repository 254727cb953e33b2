import type { Policy, Retention } from '../../model/schema.ts';
import { createFinding, type Finding } from './finding.ts';
import { describeDuration, durationDays } from './isoDuration.ts';
import { matchItems } from './matchItems.ts';
import { sameSet, sameValue } from './normaliseText.ts';
import { quoteText } from './quoteText.ts';

/**
 * Retention rules by id. Fixed periods are compared in (approximate) days. Where one side has no
 * fixed period the two cannot be compared, so the change is taken as longer: a reader told
 * "six years" instead of "as long as necessary", or the reverse, deserves to hear of it.
 */
export function diffRetention(before: Policy['retention'], after: Policy['retention']): Finding[] {
  const { added, removed, kept } = matchItems(before, after, (r) => r.id);
  return [
    ...added.map((r) => createFinding('retention-added', `retention[${r.id}]`, `${label(r)} (${describePeriod(r)})`, undefined, r)),
    ...removed.map((r) => createFinding('retention-removed', `retention[${r.id}]`, `${label(r)} (${describePeriod(r)})`, r)),
    ...kept.flatMap(({ key, before: b, after: a }) => diffRule(`retention[${key}]`, b, a)),
  ];
}

function diffRule(path: string, b: Retention, a: Retention): Finding[] {
  const findings: Finding[] = [];
  if (b.period !== a.period) {
    const detail = `${label(a)} from ${describePeriod(b)} to ${describePeriod(a)}`;
    let kind: 'retention-extended' | 'retention-shortened' | 'retention-changed' = 'retention-extended';
    if (b.period !== undefined && a.period !== undefined) {
      const delta = durationDays(a.period) - durationDays(b.period);
      kind = delta > 0 ? 'retention-extended' : delta < 0 ? 'retention-shortened' : 'retention-changed';
    }
    findings.push(createFinding(kind, `${path}.period`, detail, b.period, a.period));
  }
  if (!sameSet(b.categories, a.categories)) findings.push(createFinding('retention-changed', `${path}.categories`, `data covered by ${label(a)}`, b.categories, a.categories));
  for (const field of ['trigger', 'criteria', 'statement'] as const) {
    if (!sameValue(b[field], a[field])) findings.push(createFinding('retention-changed', `${path}.${field}`, `${field} of ${label(a)}`, b[field], a[field]));
  }
  return findings;
}

function label(rule: Retention): string {
  return quoteText(rule.statement, 50);
}

function describePeriod(rule: Retention): string {
  return rule.period === undefined ? 'no fixed period' : describeDuration(rule.period);
}

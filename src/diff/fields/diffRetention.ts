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

/**
 * Retention per data category, for categories that moved from one rule to another: moving
 * "logs" from a 30-day rule to a six-year one keeps data longer though no rule changed its
 * period. A category whose rule stayed the same is covered by that rule's own findings.
 */
export function diffCategoryRetention(before: Policy, after: Policy): Finding[] {
  const findings: Finding[] = [];
  for (const category of after.dataCategories) {
    const was = ruleFor(before.retention, category.id);
    const now = ruleFor(after.retention, category.id);
    if (!was || !now || was.id === now.id) continue;
    const delta = compareRetention(was, now);
    if (delta <= 0) continue;
    findings.push(
      createFinding(
        'retention-extended',
        `dataCategories[${category.id}].retention`,
        `${quoteText(category.name, 50)} from ${describePeriod(was)} (${label(was)}) to ${describePeriod(now)} (${label(now)})`,
        was.id,
        now.id,
      ),
    );
  }
  return findings;
}

/** The rule that sets how long a category is kept: the one naming it, else a catch-all with no categories. */
function ruleFor(rules: Policy['retention'], category: string): Retention | undefined {
  return rules.find((r) => r.categories.includes(category)) ?? rules.find((r) => r.categories.length === 0);
}

/** Positive when `now` keeps data longer than `was`; as for rules, a period that cannot be compared counts as longer. */
function compareRetention(was: Retention, now: Retention): number {
  if (was.period === undefined || now.period === undefined) return was.period === now.period ? 0 : 1;
  return durationDays(now.period) - durationDays(was.period);
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

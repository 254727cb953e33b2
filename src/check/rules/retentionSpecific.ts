import type { Finding, Rule } from '../rule.ts';

/** Art. 13(2)(a): the period, or the criteria for it, for each category of data. */
export const retentionSpecific: Rule = {
  id: 'retention-specific',
  defaultSeverity: 'warn',
  description: 'Every data category is covered by a retention rule; each rule gives a period or criteria; a catch-all rule without a period does not stand in for per-category periods (Art. 13(2)(a)).',
  example: '`retention: [{ id: all, criteria: "…", statement: "…" }]` covering every category with no `period`',
  check({ policy, at }) {
    const findings: Finding[] = [];
    const catchAll = policy.retention.findIndex((rule) => rule.categories.length === 0);
    const listed = new Set(policy.retention.flatMap((rule) => rule.categories));
    policy.retention.forEach((rule, index) => {
      if (rule.period !== undefined || rule.criteria !== undefined) return;
      findings.push({
        position: at(['retention', index]),
        message: `Retention rule "${rule.id}" gives neither a period nor the criteria that set one.`,
        hint: 'Add `period:` as an ISO 8601 duration (e.g. P6Y), or `criteria:` saying what decides the period.',
      });
    });
    if (catchAll < 0) {
      policy.dataCategories.forEach((category, index) => {
        if (listed.has(category.id)) return;
        findings.push({
          position: at(['dataCategories', index]),
          message: `No retention rule covers data category "${category.id}"; Art. 13(2)(a) expects how long it is kept.`,
          hint: `Add "${category.id}" to a retention rule's categories, or add a rule for it with a period.`,
        });
      });
      return findings;
    }
    const rule = policy.retention[catchAll]!;
    const onlyCatchAll = policy.dataCategories.filter((category) => !listed.has(category.id));
    if (rule.period === undefined && onlyCatchAll.length >= 2) {
      findings.push({
        position: at(['retention', catchAll]),
        message: `Retention rule "${rule.id}" covers ${onlyCatchAll.length} data categories (${onlyCatchAll.map((category) => category.id).join(', ')}) with one statement and no period; expected a period, or specific criteria, per category.`,
        hint: 'Add retention rules with `categories:` and `period:` for each category, keeping the catch-all for what is left.',
      });
    }
    return findings;
  },
};

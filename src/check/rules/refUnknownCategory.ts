import type { Finding, Rule } from '../rule.ts';

/** Purposes and retention rules may only name data categories that exist. */
export const refUnknownCategory: Rule = {
  id: 'ref-unknown-category',
  defaultSeverity: 'error',
  description: 'Every data category named by a purpose or a retention rule is defined under `dataCategories`.',
  example: 'purposes: [{ id: billing, categories: [payment-detials], … }]',
  check({ policy, at }) {
    const defined = new Set(policy.dataCategories.map((category) => category.id));
    const findings: Finding[] = [];
    const report = (list: 'purposes' | 'retention', index: number, owner: string, names: readonly string[]) =>
      names.forEach((name, position) => {
        if (defined.has(name)) return;
        findings.push({
          position: at([list, index, 'categories', position]),
          message: `${list === 'purposes' ? 'Purpose' : 'Retention rule'} "${owner}" names data category "${name}", which is not defined; expected one of: ${[...defined].join(', ')}.`,
          hint: `Correct the id, or add a data category with id "${name}" under dataCategories.`,
        });
      });
    policy.purposes.forEach((purpose, index) => report('purposes', index, purpose.id, purpose.categories));
    policy.retention.forEach((rule, index) => report('retention', index, rule.id, rule.categories));
    return findings;
  },
};
